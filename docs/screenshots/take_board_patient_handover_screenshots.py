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

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtTest import QTest

    from cart_bedside.ui.app import build_window

    app, window, database, _path, _ = build_window(demo=True, lang=args.lang)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    session = window.session

    def shot(name: str, wait_ms: int = 500) -> None:
        QTest.qWait(wait_ms)
        target = OUT / f"i11_{name}_{width}_{args.lang}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target.relative_to(ROOT))

    def open_bed(bed: str):
        episode_id = next(c.episode_id for c in session.service.board() if c.bed == bed)
        window.open_patient(episode_id)
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
