"""Screenshots of the Trends tab (inside the real patient screen) and the Handover screen.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_trends_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_trends_screenshots.py --lang zh_CN --size 1920x1080

Builds the window as the app does (``ui.app.build_window`` on a demo ward),
signs the demo physician in, adds the Trends tab to the patient screen and
the Handover screen to the stack itself (the main window wires them later),
and grabs the X screen into docs/screenshots/trends_tab_*_<lang>.png and
handover_screen_*_<lang>.png.
"""

from __future__ import annotations

import argparse
import sys

from shots import demo_window, episode_of, options, shooter, wait_until


def pressor_episode(service) -> str | None:
    """A demo patient who had a vasopressor since infusion (the vasopressor band shows),
    with oxygen too if there is one (the oxygen band shows)."""
    found = []
    for _, episode in service.occupied():
        vitals = service.repo.queries.timeline(episode.episode_id, None, None).vitals
        if any(v.vasopressors for v in vitals):
            oxygen = any(v.o2_device.value != "room_air" for v in vitals)
            found.append((not oxygen, episode.episode_id))
    return min(found)[1] if found else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trends-only", action="store_true", help="skip the handover screen")
    parser.add_argument(
        "--pressors", action="store_true", help="a patient who had a vasopressor (not bed 06)"
    )
    args = options(parser)

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cart_bedside.ui.handover_screen import HandoverScreen

    _app, window, database, _path = demo_window(args)
    shot = shooter("", args.suffix)

    session = window.session
    session.sign_in("doctor", "3333")
    service = session.service
    episode = pressor_episode(service) if args.pressors else None
    episode = episode or episode_of(session, "06")
    window.open_patient(episode)
    tab = window.patient.trends
    window.patient.show_tab("trends")
    wait_until("the first draw", lambda: tab.figure is not None and not tab._stale)
    print(f"first draw {tab.first_draw_s:.2f} s", file=sys.stderr)

    # tap the highest CRS grade in the window, as a finger would: the reasons panel opens
    from matplotlib.lines import Line2D

    from cart_bedside.plots import artists_by_gid

    crs = next(a for a in artists_by_gid(tab.figure, "crs_grade") if isinstance(a, Line2D))
    infos = tab.figure.points["crs_grade"]
    index = max(
        (i for i, info in enumerate(infos) if info is not None),
        key=lambda i: (infos[i].number, i),
    )
    x, y = crs.get_transform().transform(crs.get_xydata()[index])
    ratio = tab.canvas.device_pixel_ratio
    QTest.mouseClick(
        tab.canvas,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(x / ratio), round(tab.canvas.height() - y / ratio)),
    )
    shot("trends_tab")

    tab.reasons.close_panel()
    tab.set_range("since_infusion")
    wait_until("since infusion", lambda: not tab._stale)
    print(f"range switch {tab.last_draw_s:.2f} s", file=sys.stderr)
    shot("trends_tab_since_infusion")
    bar = tab.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot("trends_tab_scrolled")
    bar.setValue(0)

    tab.print_button.click()
    wait_until("the trends PDF", lambda: tab.print_button.isEnabled(), 90)
    shot("trends_print_done")
    if tab.print_button.box is not None:
        tab.print_button.box.close()
    if args.trends_only:
        database.conn.close()
        return 0

    handover = HandoverScreen(session)
    handover.back_requested.connect(window.show_board)
    window.stack.addWidget(handover)
    handover.reset()
    window.stack.setCurrentWidget(handover)

    def failed() -> bool:
        """The screen said the sheet could not be made: stop with what it said."""
        if handover.status_text():
            raise SystemExit(f"the handover screen says: {handover.status_text()}")
        return False

    wait_until("the preview", lambda: handover.preview.pages() is not None or failed(), 90)
    shot("handover_screen")
    handover.choose_bed("06")
    handover.choose_shift("night")
    wait_until(
        "the bed preview",
        lambda: (
            failed()
            or (
                handover.preview.pages() is not None
                and handover.preview.lines()[:1]
                and handover.preview.lines()[0][:2] == "06"
            )
        ),
        90,
    )
    shot("handover_screen_bed")

    QApplication.processEvents()
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
