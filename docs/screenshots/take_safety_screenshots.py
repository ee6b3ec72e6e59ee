"""Screenshots of issue 11's bedside-safety screens, driven like a nurse under Xvfb.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_safety_screenshots.py --lang zh_CN --size 1280x800

The window is the app's own (`ui.app.build_window` on a demo ward). Taps are real
X clicks (`xdotool mousemove … click 1`) at the centre of the widget a nurse would
touch; the whole X screen is grabbed (`import -window root`) into
docs/screenshots/safety_<step>_<suffix>.png.
"""

from __future__ import annotations

import subprocess
import sys

from shots import demo_window, options, shooter, wait_until


def main() -> int:
    args = options()

    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea

    from cart_bedside.logic.models import O2Device

    _app, window, database, _path = demo_window(args)
    QTest.qWait(600)
    shot = shooter("safety", args.suffix)

    def tap(widget) -> None:
        """A finger on the widget: a real X click at its centre (scrolled into view)."""
        QTest.qWait(60)
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)
            QTest.qWait(60)
        centre = widget.mapToGlobal(QPoint(widget.width() // 2, widget.height() // 2))
        subprocess.run(
            ["xdotool", "mousemove", str(centre.x()), str(centre.y()), "click", "1"], check=True
        )
        QTest.qWait(120)

    def keys(pad, text: str, ok: bool = True) -> None:
        for key in text:
            tap(pad.button(key))
        if ok:
            tap(pad.button("ok"))

    sign_in = window.sign_in
    tap(sign_in.user_button("nurse"))
    keys(sign_in.keypad(), "12", ok=False)
    shot("signin_pad")
    tap(sign_in.keypad().button("clear"))
    keys(sign_in.keypad(), "1111")
    service = window.session.service
    bed = next(c for c in service.board() if c.bed == "01")  # CRS 2 on nasal cannula 4 L/min
    window.open_patient(bed.episode_id)
    QTest.qWait(800)
    entry = window.patient.entry
    pad = entry.vitals.keypad
    for value in ("38.6", "140"):
        keys(pad, value)
    keys(pad, "310", ok=False)
    shot("entry_vitals_judged")
    for _ in range(3):
        tap(pad.button("back"))
    for value in ("118", "70", "18", "96"):
        keys(pad, value)
    tap(entry.next_button)
    shot("entry_oxygen_carried")
    tap(entry.steps.button(4))  # trying to skip step 2
    shot("entry_oxygen_skip_refused")
    tap(entry.oxygen.o2.button(O2Device.ROOM_AIR))
    tap(entry.next_button)
    tap(entry.next_button)  # no level of consciousness yet → refused at the review
    tap(entry.next_button)
    shot("entry_neuro_consciousness_required")
    tap(entry.neuro.consciousness.button("alert"))
    tap(entry.next_button)
    lines = entry.fluids.lines
    tap(lines.category_button("oral"))
    tap(lines.quick_button(250))
    tap(lines.quick_button(100))  # adds to the oral line
    tap(lines.category_button("urine"))
    tap(lines.quick_button(500))
    shot("entry_fluids")
    tap(entry.next_button)
    shot("entry_review_grade_drop")
    tap(entry.next_button)  # sign: the lower grade needs its own tap first
    tap(entry.review.drop_confirm)
    shot("entry_review_drop_confirmed")
    tap(entry.next_button)
    if entry.confirm_dialog() is not None:
        tap(entry.confirm_dialog().reason_button(0))
        tap(entry.confirm_dialog().ok_button())
    keys(entry.pin_dialog().keypad, "0000")
    wait_until("the wrong PIN's message", lambda: entry.pin_dialog().error_text())
    shot("entry_pin_wrong")
    # A real "database or disk is full": the save runs on the worker thread on a connection
    # of its own, and that connection may not grow the file by one page.
    pages = service.repo.db.conn.execute("PRAGMA page_count").fetchone()[0]
    entry.signer.prepare_connection = lambda conn: conn.execute(f"PRAGMA max_page_count = {pages}")
    keys(entry.pin_dialog().keypad, "1111")
    wait_until("the failed save", lambda: entry.pin_dialog() is None)
    shot("entry_save_failed_disk_full")
    entry.signer.prepare_connection = None
    window.session.report_backup(False, "shift change", "No space left on device")
    QTest.qWait(200)
    tap(entry.next_button)  # sign again: the PIN dialog is open when the tablet locks
    wait_until("the PIN dialog", lambda: entry.pin_dialog() is not None)
    entry.neuro.open_handwriting()  # and the handwriting pad over it: the lock closes both
    window.session.lock()
    shot("locked_wall")
    tap(sign_in.user_button("nurse"))
    keys(sign_in.keypad(), "1111")
    shot("backup_banner")
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
