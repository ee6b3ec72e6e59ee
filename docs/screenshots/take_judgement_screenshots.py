"""Screenshots of issue 12's screens in the real window under Xvfb (clinical-rules §9–§12).

    xvfb-run -n 97 -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_judgement_screenshots.py --lang zh_CN
    xvfb-run -n 97 -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_judgement_screenshots.py --lang en --size 1920x1080

Builds the window as the app does (``ui.app.build_window`` on a demo ward) and
grabs the whole X screen (``import -window root``) into
docs/screenshots/judgement_<what>_<lang>.png:

- ``admission_protocol``: the admission form, diagnosis myeloma → the protocol it selects;
- ``protocol_dialog``: a physician changing a patient's protocol, with a reason;
- ``grade_correct``: the co-sign dialog, CRS corrected with a reason;
- ``grade_corrected``: the dialog reopened: the physician's grade with the computed one;
- ``child_step``: the 7-year-old's (22 kg) step: adult doses marked, the ward's
  paediatric line, tocilizumab 12 mg/kg = 264 mg;
- ``board``: the ward board (shown grades, NEWS2, protocol on each card);
- ``not_done``: a nurse recording an overdue check as not done (a due one at an hour
  when the demo ward has no overdue check);
- ``paediatric_table``: the administrator's paediatric dosing table;
- ``handover``: bed 01's handover page after the correction (pdftoppm), with the
  protocol, the physician's grade beside the computed one and NEWS2 in the banner.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from shots import OUT, ROOT, demo_window, episode_of, options, shooter


def handover(repo, lang: str) -> None:
    """Bed 01's handover sheet, first page, as a PNG (needs pdftoppm)."""
    import tempfile

    from cart_bedside.reports.handover import write_handover

    with tempfile.TemporaryDirectory() as tmp:
        pdf = write_handover(repo, Path(tmp) / "bed01.pdf", lang=lang, user="doctor", bed="01").path
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(Path(tmp) / "page"),
            ],
            check=True,
        )
        page = next(Path(tmp).glob("page*.png"))
        target = OUT / f"judgement_handover_{lang}.png"
        target.write_bytes(page.read_bytes())
        print(target.relative_to(ROOT))


def check_to_skip(service, record):
    """``(episode_id, task)``: the first overdue monitoring check on the ward (the board's red
    list), else, at an hour when the demo ward has none, the first check due this shift —
    the Tasks tab offers "Not done…" for either. (A card's overdue count also counts
    hand-added tasks, e.g. bed 03's weight, which are closed, not recorded as not done.)"""
    overdue = record.tasks.overdue_tasks()
    if overdue:
        return overdue[0].episode_id, overdue[0].task
    for card in service.board():
        summary = record.tasks.task_summary(card.episode_id)
        end = summary.shift_end or summary.now
        due = [t for t in summary.due if t.due_at < end]
        if due:
            return card.episode_id, min(due, key=lambda t: t.due_at)
    raise SystemExit("no overdue or due check on the demo ward now")


def main() -> int:
    args = options()

    from cart_bedside.service import RecordService
    from cart_bedside.ui.admission import ProtocolDialog
    from cart_bedside.ui.record import CosignDialog
    from cart_bedside.ui.record.not_done_dialog import NotDoneDialog

    _app, window, database, _path = demo_window(args)
    session = window.session
    service = session.service

    shot = shooter("judgement", args.suffix, wait_ms=500)

    session.sign_in("nurse", "1111")
    window.show_admission()
    window.admission.product.diagnosis_button("mm").click()
    shot("admission_protocol")
    window.admission.reset()
    window.show_board()

    episode_id, task = check_to_skip(service, RecordService(service))
    dialog = NotDoneDialog(session, episode_id, task, window)
    dialog.open()
    dialog.choice_button("off_ward").click()
    shot("not_done")
    dialog.record()

    session.sign_in("doctor", "3333")
    eid = episode_of(session, "01")
    window.open_patient(eid)
    protocol = ProtocolDialog(session, eid, window)
    protocol.open()
    protocol.choose("review-astct")
    protocol.reason.set_reason(protocol.tr("MDT decision"))
    shot("protocol_dialog")
    protocol.reject()

    cosign = CosignDialog(session, eid, window)
    cosign.open()
    computed = cosign.crs_choice.computed
    cosign.choose(
        crs=max(0, computed - 1),
        reason="低血压系消化道出血所致，非 CRS"
        if args.lang == "zh_CN"
        else "hypotension from GI bleeding, not CRS",
    )
    for key in "3333":
        cosign.keypad.button(key).click()
    shot("grade_correct")
    cosign.keypad.button("ok").click()
    again = CosignDialog(session, eid, window)
    again.open()
    shot("grade_corrected")
    again.reject()

    child = episode_of(session, "03")
    window.open_patient(child)
    step = CosignDialog(session, child, window)
    step.open()
    shot("child_step")
    step.reject()

    window.show_board()
    shot("board")

    session.sign_in("admin", "9000")
    window.show_settings()
    screen = window.settings_screen
    screen.refresh()
    panel = screen.ward
    screen.tabs.setCurrentWidget(panel)
    panel.paediatric.line("levetiracetam").setText(
        "每次 10 mg/kg，每 12 小时一次，遵神经科会诊意见"
        if args.lang == "zh_CN"
        else "10 mg/kg every 12 h, as advised by neurology"
    )
    panel.scroll_area.ensureWidgetVisible(panel.paediatric)
    shot("paediatric_table")
    if args.size == "1280x800":
        handover(service.repo, args.lang)
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
