"""Screenshots of the follow-up pages (issue 13 item 8) in the real window under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_followup_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_followup_screenshots.py --lang en --size 1920x1080

On the demo ward: the Medications tab's "Infection prophylaxis" page for bed 04
(neutropenic, co-trimoxazole not charted) and bed 05 (myasthenia gravis), and
the Labs tab's "IgG · IVIG · HBV" page for bed 09 (IgG < 4 g/L) and bed 11
(neutrophils recovered, past HBV infection on entecavir). Each is grabbed into
docs/screenshots/followup_<what>_<lang>.png (``_1920_`` at 1920 × 1080).
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
    suffix = args.lang if args.size == "1280x800" else f"{width}_{args.lang}"

    from PySide6.QtTest import QTest

    from cart_bedside.ui.app import build_window

    _app, window, _database, _path, _ = build_window(demo=True, lang=args.lang)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    session = window.session

    def shot(name: str) -> None:
        QTest.qWait(400)  # let layouts settle and the screen repaint
        target = OUT / f"followup_{name}_{suffix}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target.relative_to(ROOT))

    def open_tab(bed: str, name: str):
        episode_id = next(c.episode_id for c in session.service.board() if c.bed == bed)
        window.open_patient(episode_id)
        window.patient.show_tab(name)
        return window.patient.tab(name)

    session.sign_in("nurse", "1111")
    for bed in ("04", "05"):
        tab = open_tab(bed, "medications")
        tab.pages.show_page("prophylaxis")
        shot(f"prophylaxis_{bed}")
    for bed in ("09", "11"):
        tab = open_tab(bed, "labs")
        tab.pages.show_page("followup")
        shot(f"immunology_{bed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
