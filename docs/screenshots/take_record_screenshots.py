"""Screenshots of the patient-record tabs (issue 5) in the real window under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_record_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_record_screenshots.py --lang zh_CN --size 1920x1080

Builds the window as the app does (``ui.app.build_window`` on a demo ward),
signs the demo nurse in, opens a patient and shows its record tabs
(``PatientScreen.show_tab``), then grabs the whole X screen at each step into
docs/screenshots/record_<what>_<lang>.png. A dose is signed with the PIN
(``dose_sign``), a second dose within 60 min asks "duplicate?" (``dose_duplicate``).
"""

from __future__ import annotations

import sys

from shots import demo_window, episode_of, options, shooter


def main() -> int:
    args = options()

    _app, window, database, _path = demo_window(args)
    session = window.session

    shot = shooter("record", args.suffix)

    def open_patient(bed: str):
        window.open_patient(episode_of(session, bed))
        screen = window.patient
        return {name: screen.tab(name) for name in ("medications", "labs", "history", "alerts")}

    def show(name: str):
        window.patient.show_tab(name)

    session.sign_in("nurse", "1111")
    tabs = open_patient("06")  # CRS 4: two tocilizumab doses, steroids, HLH/MAS
    show("medications")
    shot("medications")
    dialog = tabs["medications"].open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    shot("dose")
    dialog.save()  # the third dose: to the PIN
    for key in "11":
        dialog.sign.keypad.press(key)
    shot("dose_sign")
    for key in "11":
        dialog.sign.keypad.press(key)
    dialog.sign.keypad.press("ok")  # recorded
    dialog = tabs["medications"].open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    dialog.save()  # within 8 h of the last: refused, and a nurse cannot override
    shot("override_nurse")
    dialog.reject()
    shot("medications_recorded")
    dialog = tabs["medications"].open_dose_dialog()  # paracetamol twice within the hour
    dialog.drug.button("acetaminophen").click()
    for key in "500":
        dialog.keypad.press(key)
    dialog.ordered_by.button("doctor").click()
    dialog.save()
    dialog.sign_with("1111")
    dialog = tabs["medications"].open_dose_dialog()
    dialog.drug.button("acetaminophen").click()
    for key in "500":
        dialog.keypad.press(key)
    dialog.ordered_by.button("doctor").click()
    dialog.save()
    shot("dose_duplicate")
    dialog.reject()

    show("labs")
    labs = tabs["labs"]
    labs.fields["ferritin"].value_button().click()
    for key in "15800":
        labs.keypad.press(key)
    shot("labs")
    labs.clear_entry()

    show("alerts")
    shot("alerts_tasks")
    ack = tabs["alerts"].open_acknowledge(tabs["alerts"].open_codes()[0])
    ack.reason_field.choose(0)
    shot("acknowledge")
    ack.accept()
    shot("alerts_acknowledged")

    tabs = open_patient("02")  # an amended temperature, a late entry
    history = tabs["history"]
    show("history")
    row = next(i for i, r in enumerate(history.model.rows()) if r.payload.amended)
    history.table.selectRow(row)
    history.table.scrollTo(history.model.index(row, 0))
    shot("history")
    history.set_kind("vitals")
    history.table.selectRow(0)
    amend = history.open_amend()
    amend.reasons.choose(0)
    shot("amend")
    amend.reject()

    session.sign_in("doctor", "3333")  # another user: back to the board
    tabs = open_patient("06")
    show("alerts")
    cosign = tabs["alerts"].open_cosign()
    for key in "33":
        cosign.keypad.press(key)
    shot("cosign")
    cosign.keypad.press("3")
    cosign.keypad.press("3")
    cosign.keypad.press("ok")
    shot("cosigned")
    tabs["medications"].open_dose_dialog()
    dialog = tabs["medications"].dialog
    dialog.drug.button("tocilizumab").click()
    dialog.save()
    dialog.override.reasons.choose(0)
    shot("override_physician")
    dialog.reject()
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
