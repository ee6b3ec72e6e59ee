"""Screenshots of the screens issue 11 changed, in the real window under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_board_patient_handover_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_board_patient_handover_screenshots.py --lang en --size 1920x1080

As the nurse: the board, the D+28 patient (tabs, medications with the
tocilizumab panel), a dose signed with the PIN; as the night physician: the
CRS-4 patient's medications and trends, the handover screen with its page
preview. Writes docs/screenshots/i11_<what>_<size>_<lang>.png.
"""

from __future__ import annotations

import sys

from shots import demo_window, episode_of, options, shooter


def main() -> int:
    args = options()

    from PySide6.QtTest import QTest

    app, window, database, _path = demo_window(args)
    session = window.session

    shot = shooter("i11", f"{args.width}_{args.lang}", wait_ms=500)

    def open_bed(bed: str):
        window.open_patient(episode_of(session, bed))
        QTest.qWait(300)
        return window.patient

    session.sign_in("nurse", "1111")
    shot("board")
    screen = open_bed("11")  # D+28, CRS 0: "no indication from the grade"
    screen.show_tab("medications")
    shot("nurse_d28_medications")
    dialog = screen.medications.open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    dialog.save()
    for key in "11":
        dialog.sign.keypad.press(key)
    shot("nurse_dose_pin")
    dialog.reject()
    screen.show_tab("alerts")
    shot("nurse_tasks")
    window.show_board()

    session.sign_in("doctor", "3333")  # the night physician
    screen = open_bed("06")  # CRS 4, doses given
    screen.show_tab("medications")
    shot("physician_medications")
    trends = screen.show_tab("trends")
    while trends.figure is None:
        QTest.qWait(100)
    shot("physician_trends", 1000)
    window.show_handover()
    while window.handover.preview.page_images() == []:
        QTest.qWait(200)
    shot("physician_handover", 800)
    database.conn.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
