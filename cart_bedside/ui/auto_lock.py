"""Auto-lock: after a spell without touch, mouse or keys the tablet locks itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

#: Events that count as the nurse still being there.
ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.TabletMove,
    QEvent.Type.Wheel,
}
DEFAULT_MINUTES = 2.0


class AutoLock(QObject):
    """Watches the application's input events; emits ``timed_out`` after ``minutes`` idle.

    Install with ``app.installEventFilter(auto_lock)``. ``enabled`` is off
    while nobody is signed in (the sign-in screen needs no lock).
    """

    timed_out = Signal()

    def __init__(self, minutes: float = DEFAULT_MINUTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self.set_minutes(minutes)
        self.enabled = False

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self.enabled = True
        self._timer.start()

    def stop(self) -> None:
        self.enabled = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def _fire(self) -> None:
        if self.enabled:
            self.enabled = False
            self.timed_out.emit()
