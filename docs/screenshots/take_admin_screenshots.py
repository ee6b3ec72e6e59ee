"""Screenshots of the admission screen (4) and the settings / admin screen (6) under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_admin_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_admin_screenshots.py --lang zh_CN --size 1920x1080

It builds the real window (`ui.app.build_window` on a demo ward) and puts the
screens into its stack as the main window will once they are wired in, then
grabs the whole X screen (`import -window root`) into
docs/screenshots/admission_<what>_<lang>.png and admin_<what>_<lang>.png.
"""

from __future__ import annotations

import shutil
import sys
from datetime import timedelta

from shots import demo_window, options, shooter

#: At 1920x1080 only these are saved (the layouts that stretch).
BIG_SCREEN_SHOTS = (
    "admission_form",
    "admission_checklist",
    "admin_ward",
    "admin_shift_names",
    "admin_audit",
)


def main() -> int:
    args = options()

    from PySide6.QtWidgets import QApplication

    from cart_bedside.ui.admin import SettingsScreen
    from cart_bedside.ui.admission import AdmissionScreen, DischargeDialog, TransferDialog

    _app, window, database, path = demo_window(args)
    grab = shooter("", args.suffix)
    session = window.session

    def shot(name: str) -> None:
        if args.size == "1280x800" or name in BIG_SCREEN_SHOTS:
            grab(name)

    def show(widget) -> None:
        window.stack.addWidget(widget)
        window.stack.setCurrentWidget(widget)

    # --- screen 4: admission (a nurse) ------------------------------------------------------
    session.sign_in("nurse", "1111")
    admission = AdmissionScreen(session)
    show(admission)
    ident, product = admission.identity, admission.product
    ident.name.setText("林国强" if args.lang == "zh_CN" else "Lin Guoqiang")
    ident.mrn.setText("2026112301")
    ident.set_sex("M")
    ident.birth.set_value(session.service.clock().date().replace(year=1954, month=3, day=8))
    ident.bed.set_value("13")
    product.set_diagnosis("b_nhl")
    product.product.setText("阿基仑赛注射液 axicabtagene ciloleucel")
    product.target.set_text("CD19")
    product.costim.set_text("CD28")
    product.infusion.set_value(
        (session.service.clock() + timedelta(days=3)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
    )
    product.weight.set_value(68.5)
    product.height_field.set_value(170)
    admission.risk.toggle("bulky_lesion_7_5_cm").setChecked(True)
    eligibility = admission.eligibility
    for name, value in (
        ("kps", 80),
        ("ecog", 1),
        ("lvef_percent", 58),
        ("alt_u_l", 35),
        ("alt_uln_u_l", 40),
        ("ast_u_l", 150),
        ("ast_uln_u_l", 40),
        ("spo2_room_air", 96),
    ):
        eligibility.field(name).set_value(value)
    eligibility.set_active_infection(False)
    admission.background.hbv_button("hbsag_negative_anti_hbc_positive").setChecked(True)
    shot("admission_form")
    admission.scroll_area.ensureWidgetVisible(eligibility, 0, 0)
    admission.scroll_area.verticalScrollBar().setValue(eligibility.y() - 10)
    shot("admission_checklist")
    admission.scroll_area.verticalScrollBar().setValue(
        admission.scroll_area.verticalScrollBar().maximum()
    )
    shot("admission_more")
    ident.bed.set_value("01")
    admission.admit()
    shot("admission_bed_occupied")
    admission.reset()

    episode_id = next(e.episode_id for _, e in session.service.occupied() if e.bed == "07")
    window.open_patient(episode_id)
    transfer = TransferDialog(session, episode_id, window)
    transfer.beds.set_value("14")
    transfer.reason.choose(0)
    transfer.open()
    shot("admission_transfer")
    transfer.reject()
    discharge = DischargeDialog(session, episode_id, window)
    discharge.reason.choose(0)
    discharge.open()
    shot("admission_discharge")
    discharge.reject()

    # --- screen 6: settings and administration -------------------------------------------
    settings = SettingsScreen(session, path)
    show(settings)
    shot("admin_refused")  # the nurse sees the refusal
    session.sign_in("admin", "9000")
    show(settings)
    settings.tabs.setCurrentIndex(0)
    settings.users.select("nurse2")
    shot("admin_users")
    dialog = settings.users.create_user()
    dialog.username.setText("zhaoli")
    dialog.display_name.setText("赵丽")
    for digit in "4826":
        dialog.keypad.press(digit)
    shot("admin_new_user")
    dialog.reject()
    settings.tabs.setCurrentIndex(1)
    shot("admin_ward")
    # The ward's own shift names (issue 11): typed beside each start time.
    shifts = settings.ward.shifts
    zh = args.lang == "zh_CN"
    for index, name in ((1, "小夜班" if zh else "Evening"), (2, "大夜班" if zh else "Night")):
        shifts.name_field(index).setText(name)
    settings.ward.scroll_area.ensureWidgetVisible(shifts, 0, 0)
    settings.ward.scroll_area.verticalScrollBar().setValue(shifts.parentWidget().y() - 10)
    shot("admin_shift_names")
    settings.ward.load()  # not saved: the later shots show the settings in force
    settings.ward.scroll_area.verticalScrollBar().setValue(
        settings.ward.scroll_area.verticalScrollBar().maximum()
    )
    shot("admin_ward_more")
    settings.tabs.setCurrentIndex(2)
    settings.backup.backup_now()
    settings.backup.worker.wait(30)
    QApplication.processEvents()
    shot("admin_backup")
    settings.show_tab(3)
    settings.ward.ward_name.setText("血液科 CAR-T 病区")
    settings.ward.reason.setText("病区更名")
    settings.ward.save()
    shot("admin_audit")
    database.conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)  # the throw-away demo ward
    return 0


if __name__ == "__main__":
    sys.exit(main())
