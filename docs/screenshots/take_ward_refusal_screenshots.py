"""Screenshots of Settings → Ward refusing a value (each refusal names its field in the words
on the screen and its allowed range, never the stored key) under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_ward_refusal_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_ward_refusal_screenshots.py --lang en --size 1920x1080

The real window on a throw-away demo ward (``ui.app.build_window``). The demo admin opens
Settings → Ward and saves: the sync interval at 2 s (``admin_ward_refused_sync``, the
"Ward server" group in view); the auto-lock field emptied (``admin_ward_refused_lock``);
the men's total bilirubin limit at 70 µmol/L, whose range reads as the keypad's hint does
(``admin_ward_refused_bilirubin``, the field's hint "5–60 µmol/L" in view). Nothing is
stored; the values typed stay on the screen. Files: docs/screenshots/<name>_<lang>.png
at 1280×800, <name>_1920_<lang>.png at 1920×1080.
"""

from __future__ import annotations

import shutil
import sys

from shots import demo_window, options, shooter, wait_until, ward_settings_panel


def main() -> int:
    args = options()
    _app, window, database, path = demo_window(args)
    grab = shooter("", args.suffix)

    panel = ward_settings_panel(window)
    wait_until("the ward settings", lambda: panel.isVisible())

    def show(widget) -> None:
        panel.scroll_area.ensureWidgetVisible(widget, 0, 40)

    panel.sync_interval.set_value(2)
    panel.save()
    show(panel.sync_interval)
    grab("admin_ward_refused_sync")
    panel.load()

    lock = panel.limits.field("auto_lock_minutes")
    lock.set_value(None)
    panel.save()
    show(lock)
    grab("admin_ward_refused_lock")
    panel.load()

    editor = panel.lab_uln
    editor.own.click()
    bilirubin = editor.field("M", "bilirubin")
    bilirubin.set_value(70)
    panel.save()
    show(bilirubin)
    grab("admin_ward_refused_bilirubin")
    database.conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)  # the throw-away demo ward
    return 0


if __name__ == "__main__":
    sys.exit(main())
