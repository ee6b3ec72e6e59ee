"""Settings on a tablet enrolled with a ward server: the admin's PIN for the server.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_directory_pin_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_directory_pin_screenshots.py --lang en --size 1920x1080

The real window on a demo ward, marked enrolled (no server needed to ask the PIN), the
admin signed in, Settings opened: docs/screenshots/admin_server_pin[_<width>]_<lang>.png,
and the same after a wrong PIN (admin_server_pin_wrong…).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
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
    keys = tempfile.mkdtemp(prefix="cart-keys-")
    os.environ["CART_BEDSIDE_KEY_DIR"] = keys  # the demo's token, never the user's folder

    from PySide6.QtTest import QTest

    from cart_bedside.storage import sync_state
    from cart_bedside.storage.sync_token import save_token
    from cart_bedside.ui.admin import SettingsScreen
    from cart_bedside.ui.app import build_window

    _app, window, database, path, _ = build_window(demo=True, lang=args.lang)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    suffix = args.lang if args.size == "1280x800" else f"{width}_{args.lang}"
    session = window.session
    store = session.service.repo.store
    sync_state.save(store, {"server_url": "https://ward-server:8443"})
    save_token(sync_state.database_id(store), "demo-token")

    def shot(name: str) -> None:
        QTest.qWait(400)
        target = OUT / f"{name}_{suffix}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target.relative_to(ROOT))

    session.sign_in("admin", "9000")
    settings = SettingsScreen(session, path)
    window.stack.addWidget(settings)
    window.stack.setCurrentWidget(settings)
    shot("admin_server_pin")
    for key in "1234":
        settings.pin_dialog.press(key)
    settings.pin_dialog.press("ok")
    shot("admin_server_pin_wrong")
    database.conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)
    shutil.rmtree(keys, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
