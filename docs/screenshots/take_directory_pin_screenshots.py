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

import os
import shutil
import sys
import tempfile

from shots import demo_window, options, shooter


def main() -> int:
    args = options()
    keys = tempfile.mkdtemp(prefix="cart-keys-")
    os.environ["CART_BEDSIDE_KEY_DIR"] = keys  # the demo's token, never the user's folder

    from cart_bedside.storage import sync_state
    from cart_bedside.storage.sync_token import save_token
    from cart_bedside.ui.admin import SettingsScreen

    _app, window, database, path = demo_window(args)
    session = window.session
    store = session.service.repo.store
    sync_state.save(store, {"server_url": "https://ward-server:8443"})
    save_token(sync_state.database_id(store), "demo-token")

    shot = shooter("", args.suffix)

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
