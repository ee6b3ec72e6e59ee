"""One version of a conflicting correction: what it says, who saved it, when, on which tablet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...service.sync_marks import short_device
from .. import theme
from .formatting import fmt_time, name_of
from .record_text import RecordText

STYLE = f"""
QFrame#conflict_version {{ border: 2px solid {theme.BORDER}; border-radius: 8px;
    background: #ffffff; }}
QFrame#conflict_version[chosen="true"] {{ border: 3px solid {theme.FOCUS}; background: #fff4e6; }}
"""


class ConflictVersionCard(QFrame):
    """``ConflictVersionCard(number, version, text, names, this_device)``: the values and
    the time observed (or given), "by
    {who} · {when}", "on {tablet}", the correction's reason, and a checkable "Keep this
    one" button (the dialog puts the cards' buttons in one exclusive group)."""

    def __init__(
        self,
        number: int,
        version: Any,
        text: RecordText,
        names: dict[str, str],
        this_device: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_version")
        self.setProperty("chosen", False)
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.number = number
        self.version = version
        self._text = text
        self._names = names
        self._this_device = this_device
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._values = QLabel()
        self._values.setObjectName("conflict_values")
        self._values.setWordWrap(True)
        self._who = QLabel()
        self._who.setWordWrap(True)
        self._where = QLabel()
        self._where.setWordWrap(True)
        self._why = QLabel()
        self._why.setWordWrap(True)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName(f"conflict_keep_{number}")
        self.keep_button.setCheckable(True)
        self.keep_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.keep_button)
        self.keep_button.toggled.connect(self._on_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        for widget in (self._heading, self._values, self._who, self._where, self._why):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.keep_button)
        self.retranslate()

    def texts(self) -> dict[str, str]:
        return {
            "heading": self._heading.text(),
            "values": self._values.text(),
            "who": self._who.text(),
            "where": self._where.text(),
            "why": self._why.text(),
        }

    def retranslate(self) -> None:
        meta = self.version.meta
        self._heading.setText(self.tr("Correction {n}").format(n=self.number))
        # the time too: two tablets may have moved it (a dose's time decides the limits)
        self._values.setText(
            self.tr("{values} at {time}").format(
                values=self._text.summary(self.version), time=fmt_time(self.version.time)
            )
        )
        self._who.setText(
            self.tr("Saved by {who}, {when}").format(
                who=name_of(self._names, meta.recorded_by), when=fmt_time(meta.recorded_at)
            )
        )
        self._where.setText(
            self.tr("On this tablet")
            if meta.device_id == self._this_device
            else self.tr("On tablet {id}").format(id=short_device(meta.device_id))
        )
        self._why.setText(self.tr("Reason: {reason}").format(reason=meta.amend_reason or "—"))
        self.keep_button.setText(self.tr("Keep this one"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_toggled(self, on: bool) -> None:
        self.setProperty("chosen", on)
        theme.repolish(self)
