"""One device of the side-by-side screenshots (take_side_by_side.py starts three).

    python docs/screenshots/take_side_by_side_device.py DB LANG

The real app window (``ui.app.build_window`` on an enrolled database, so its own
background SyncWorker runs) on the display in ``$DISPLAY``, driven through the app's own
test hooks: one JSON command a line on stdin (``{"do": "save_entry", "bed": "09", …}``),
one JSON answer a line on stdout (``{"ok": true, "result": …}``). Taps are real mouse
clicks on the widgets (``QTest.mouseClick``), as in the UI tests. Not for use on a ward.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


class Device:
    """What the orchestrator can ask of this window."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.session = window.session
        self.dialog: Any = None

    # -- helpers --------------------------------------------------------------------------
    def _tap(self, widget: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not (widget.isVisible() and widget.isEnabled()):
            raise RuntimeError(f"cannot tap {widget.objectName() or type(widget).__name__}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QTest.qWait(60)

    def _episode(self, bed: str) -> str:
        return next(c.episode_id for c in self.session.service.board() if c.bed == bed)

    def _open(self, bed: str) -> Any:
        """Tap the bed's card on the board (as a finger does)."""
        self.window.show_board()
        card = self.window.board.card(self._episode(bed))
        self._tap(card)
        return self.window.patient

    # -- commands -------------------------------------------------------------------------
    def settle(self, ms: int = 300) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def signin(self, user: str, pin: str) -> str:
        if self.session.user is not None:
            self.session.sign_out()
            self.settle(200)
        screen = self.window.sign_in
        self._tap(screen.user_button(user))
        for digit in pin:
            self._tap(screen.keypad().button(digit))
        self._tap(screen.sign_in_button())
        return self.session.user.username

    def language(self, lang: str) -> None:
        self.session.set_language(lang)
        self.settle(300)

    def board(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.window.show_board()
        self.window.board.refresh()

    def card(self, bed: str) -> dict[str, str]:
        self.window.board.refresh()
        return self.window.board.card(self._episode(bed)).texts()

    def bar(self) -> dict[str, Any]:
        bar = self.window.sync_status
        bar.refresh()
        return {"text": bar.text(), "level": bar.level()}

    def sync(self) -> None:
        self.window.sync_now()

    def save_entry(self, bed: str, **vitals: float) -> str:
        """A shift entry: the values on the vitals page, then review, sign with the PIN."""
        entry = self._open(bed).entry
        state = entry.state()
        state["vitals"].update(vitals)
        state["neuro"].update(ice_items=[True] * 10, consciousness="alert")
        state["support_answered"] = True
        entry.set_state(state)
        entry.go_to(4)
        if entry.step() != 4 or not entry.refresh_review():
            raise RuntimeError(f"the entry stopped at step {entry.step() + 1}")
        self.settle(200)
        self._tap(entry.next_button)
        confirm = entry.confirm_dialog()
        if confirm is not None and confirm.isVisible():
            self._tap(confirm.reason_button(0))
            self._tap(confirm.ok_button())
        pin = entry.pin_dialog()
        for key in {"nurse": "1111", "nurse2": "2222", "doctor": "3333"}[
            self.session.user.username
        ]:
            self._tap(pin.button(key))
        self._tap(pin.button("ok"))
        self.settle(300)
        return self._episode(bed)

    def amend(self, bed: str, hr: int, reason: str) -> str:
        """Correct the bed's latest vital signs (HR), as the History's amend dialog does."""
        from cart_bedside.service import RecordService

        episode = self._episode(bed)
        latest = self.session.service.repo.queries.vitals(episode)[-1]
        record = RecordService(self.session.service)
        saved = record.history.amend(episode, latest.meta.id, replace(latest, hr=hr), reason)
        self.session.notify_saved(episode)
        return next(iter(saved.ids.values()))

    def medications(self, bed: str) -> str:
        tab = self._open(bed).show_tab("medications")
        self.settle(300)
        return tab.objectName()

    def history(self, bed: str) -> None:
        history = self._open(bed).show_tab("history")
        history.set_kind("vitals")
        if history.conflicts:
            history.select_record(history.conflicts[0].root_id)
        else:
            history.table.selectRow(0)
        self.settle(300)

    def open_conflict(self, bed: str, keep_hr: int) -> dict[str, str]:
        """History → the conflict side by side; keep the correction with HR ``keep_hr``,
        a quick reason, then "Sign…" (the PIN page)."""
        history = self._open(bed).show_tab("history")
        history.set_kind("vitals")
        self._tap(history.conflict_banner.button)
        dialog = history.dialog
        self.dialog = dialog
        card = next(c for c in dialog.cards if c.version.hr == keep_hr)
        self._tap(card.keep_button)
        self._tap(dialog.reasons.quick_button(0))
        self.settle(200)
        return {"page": dialog.on_page()}

    def go_sign(self) -> str:
        self._tap(self.dialog.next_button)
        return self.dialog.on_page()

    def sign(self, pin: str) -> bool:
        dialog, self.dialog = self.dialog, None
        for key in pin:
            self._tap(dialog.keypad.button(key))
        self._tap(dialog.keypad.button("ok"))
        self.settle(300)
        return not dialog.isVisible()


def main() -> int:
    db, lang = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QSocketNotifier

    from cart_bedside.ui.app import build_window

    app, window, _database, _path, _ = build_window(db=db, lang=lang)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    device = Device(window)

    def ready() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            if window.sync_worker is not None:
                window.sync_worker.stop()
            app.quit()
            return
        command = json.loads(line)
        try:
            answer = {"ok": True, "result": getattr(device, command.pop("do"))(**command)}
        except Exception as exc:  # the orchestrator prints it and stops
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer, default=str, ensure_ascii=False), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
