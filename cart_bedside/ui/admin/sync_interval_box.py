"""Settings → Ward, "Ward server": how often the devices sync (``sync_interval_s``, a ward
setting of its own, service/sync_settings.py), on the keypad."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...service import AdminService
from ...service.sync_settings import (
    KEY_SYNC_INTERVAL,
    SYNC_INTERVAL_RANGE,
    set_sync_interval,
    sync_interval_s,
)
from ..widgets.number_field import NumberField


class SyncIntervalBox(QGroupBox):
    """``field`` (seconds); ``load(admin)`` shows the interval in force; ``save_step(admin,
    reason)`` is the ward panel's save step ``(key, changed, write)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interval: float | None = None
        self.field = NumberField(
            unit=SYNC_INTERVAL_RANGE.unit,
            decimals=0,
            minimum=SYNC_INTERVAL_RANGE.low,
            maximum=SYNC_INTERVAL_RANGE.high,
        )
        self.field.setObjectName("field_sync_interval_s")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        self.retranslate()

    def load(self, admin: AdminService) -> None:
        self._interval = sync_interval_s(admin.ward)
        self.field.set_value(self._interval)

    def save_step(
        self, admin: AdminService, reason: str | None
    ) -> tuple[str, bool, Callable[[], object]]:
        value = self.field.value()
        return (
            KEY_SYNC_INTERVAL,
            value != self._interval,
            lambda: set_sync_interval(admin, value, reason),
        )

    def field_name(self, error_field: str) -> str | None:
        """The field's words on the screen when the refusal is the sync interval's."""
        return self.field.label() if error_field == KEY_SYNC_INTERVAL else None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ward server"))
        self.field.set_label(self.tr("Sync every …"))
        self.hint.setText(
            self.tr(
                "How often each enrolled tablet and workstation exchanges records with the "
                "ward server (and at once after every save)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
