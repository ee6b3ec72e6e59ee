"""Ask why: withdraw a record (a reason is required) or acknowledge an alert (a note if any)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import theme
from ..shift_entry.pin_dialog import DIALOG_FRAME
from .reason_box import ReasonBox

ENTERED_IN_ERROR = "entered_in_error"
ACKNOWLEDGE = "acknowledge"
PURPOSES = (ENTERED_IN_ERROR, ACKNOWLEDGE)


class ReasonDialog(QDialog):
    """``ReasonDialog(purpose, details)``: ``purpose`` is "entered_in_error" (OK needs a
    reason) or "acknowledge" (the note is optional); ``details`` names what it is about.

    ``reason()`` after ``accepted``. Open with ``open()``.
    """

    def __init__(self, purpose: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if purpose not in PURPOSES:
            raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
        self.purpose = purpose
        self.setModal(True)
        self.setObjectName("reason_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="reason_dialog"))
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._title.setWordWrap(True)
        self._details = QLabel(details)
        self._details.setObjectName("reason_details")
        self._details.setWordWrap(True)
        self._details.setStyleSheet(f"background: {theme.PANEL}; border-radius: 6px;"
                                    " padding: 8px;")
        self._ask = QLabel()
        self._ask.setWordWrap(True)
        self.reasons = ReasonBox(columns=1)
        self.reasons.changed.connect(self._update)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("reason_ok")
        self.ok_button.setProperty("role", "danger" if purpose == ENTERED_IN_ERROR else "primary")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("reason_cancel")
        for button in (self.ok_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._details)
        layout.addWidget(self._ask)
        layout.addWidget(self.reasons)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.retranslate()

    def reason(self) -> str:
        return self.reasons.reason()

    def details(self) -> str:
        return self._details.text()

    def accept(self) -> None:
        if self.purpose == ACKNOWLEDGE or self.reason():
            super().accept()

    def retranslate(self) -> None:
        if self.purpose == ENTERED_IN_ERROR:
            self.setWindowTitle(self.tr("Entered in error"))
            self._title.setText(self.tr("Mark this record as entered in error?"))
            self._ask.setText(self.tr("It stays readable in the History, struck through. "
                                      "Why is it wrong? (required)"))
            quick = [self.tr("Wrong patient"), self.tr("Charted twice"),
                     self.tr("Not measured / not given")]
            self.ok_button.setText(self.tr("Mark entered in error"))
        else:
            self.setWindowTitle(self.tr("Acknowledge alert"))
            self._title.setText(self.tr("Acknowledge this alert"))
            self._ask.setText(self.tr("Your name and the time are recorded. Add a note "
                                      "(optional):"))
            quick = [self.tr("Physician informed"), self.tr("Already being treated"),
                     self.tr("Known, reviewed on the ward round")]
            self.ok_button.setText(self.tr("Acknowledge"))
        self.reasons.set_quick_reasons(quick)
        self.reasons.set_placeholder(self.tr("Type a reason") if self.purpose == ENTERED_IN_ERROR
                                     else self.tr("Type a note"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.purpose == ACKNOWLEDGE or bool(self.reason()))
