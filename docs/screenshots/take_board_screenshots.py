"""Screenshots of the sign-in screen and the ward board on the demo ward (issue 4).

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_board_screenshots.py
    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_board_screenshots.py --size 1920x1080

writes ``signin_<lang>.png`` and ``board_<lang>.png`` (1280 × 800) or
``board_1920_<lang>.png`` (1920 × 1080) next to this file, for zh_CN and en.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from cart_bedside.service import WardService  # noqa: E402
from cart_bedside.storage import Repository, open_database  # noqa: E402
from cart_bedside.storage.demo import write_demo_db  # noqa: E402
from cart_bedside.ui import i18n, prepare_application  # noqa: E402
from cart_bedside.ui.session import Session  # noqa: E402
from cart_bedside.ui.sign_in import SignInWidget  # noqa: E402
from cart_bedside.ui.ward_board import WardBoardWidget  # noqa: E402

DEMO_NOW = datetime(2026, 11, 23, 10, 0)
OUT = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    suffix = "" if width == 1280 else f"_{width}"

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="board-shots-"))
    for lang in args.langs.split(","):
        path = folder / f"ward-{lang}.db"
        write_demo_db(path, now=DEMO_NOW)
        db = open_database(path)
        clock = lambda: DEMO_NOW  # noqa: E731
        service = WardService(Repository(db, clock=clock), clock=clock)
        prepare_application(app, lang)  # fonts, theme and translators
        session = Session(service, lang)

        if not suffix:
            sign_in = SignInWidget(session)
            sign_in.resize(width, height)
            sign_in.show()
            sign_in.select_user("nurse")
            for key in "11":
                sign_in.keypad().press(key)
            settle(app)
            sign_in.grab().save(str(OUT / f"signin_{lang}.png"))
            sign_in.close()
            sign_in.deleteLater()

        session.sign_in("nurse", "1111")
        board = WardBoardWidget(session)
        board.resize(width, height)
        board.show()
        settle(app)
        board.refresh()
        settle(app)
        board.grab().save(str(OUT / f"board{suffix}_{lang}.png"))
        print(
            f"{lang}: board refresh {board.last_refresh_s * 1000:.1f} ms, {board.columns()} columns"
        )
        board.close()
        board.deleteLater()
        settle(app)
        i18n.remove_translators(app)
        db.conn.close()


if __name__ == "__main__":
    main()
