"""Screenshots of the HLH/MAS panel and the per-fluid-day balance (issue 13 item 8) under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_hlh_fluid_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_hlh_fluid_screenshots.py --lang en --size 1920x1080

The real window on the demo ward (``ui.app.build_window``), the demo nurse
signed in, bed 06 (CRS 4, HLH/MAS suspected): the fluids step of a new entry
with one line added, scrolled to its totals (``entry_fluid_days``: the shift,
the fluid day with this entry and the days before with their weights), the
Alerts & tasks tab with
the alert's "Table and checklist…" button (``record_alerts_hlh``) and the
panel it opens (``record_hlh_panel``, then scrolled to its end:
``record_hlh_panel_end``). Files: docs/screenshots/<name>_<lang>.png at
1280×800, <name>_1920_<lang>.png at 1920×1080.
"""

from __future__ import annotations

import sys

from shots import demo_window, episode_of, options, shooter


def main() -> int:
    args = options()

    from PySide6.QtTest import QTest

    from cart_bedside.logic.models import FluidCategory
    from cart_bedside.ui.shift_entry.state import FLUIDS

    _app, window, database, _path = demo_window(args)
    session = window.session

    shot = shooter("", args.suffix)

    session.sign_in("nurse", "1111")
    window.open_patient(episode_of(session, "06"))
    screen = window.patient
    entry = screen.entry
    entry.oxygen.set_answered(True)  # the nurse answered "support unchanged?"
    entry.go_to(FLUIDS)
    entry.fluids.lines.category_button(FluidCategory.ORAL).click()
    entry.fluids.lines.quick_button(250).click()
    QTest.qWait(200)
    bar = entry.fluids.scroll_area.verticalScrollBar()  # the totals under the lines
    bar.setValue(bar.maximum())
    shot("entry_fluid_days")
    entry.fluids.lines.set_lines([])

    alerts = screen.show_tab("alerts")
    shot("record_alerts_hlh")
    dialog = alerts.open_details("hlh_mas_suspected")
    assert dialog is not None
    shot("record_hlh_panel")
    bar = dialog.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot("record_hlh_panel_end")
    dialog.accept()
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
