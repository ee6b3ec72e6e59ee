"""One alert: how serious, what, its source, and who acknowledged it when."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.findings import Severity
from ...logic.messages import Message, msg, term
from ...service import AlertState
from .. import theme
from .formatting import fmt_time, name_of

SEVERITY_STYLE = {
    Severity.CRITICAL: f"background: {theme.ERROR}; color: #ffffff;",
    Severity.WARNING: "background: #f08c00; color: #000000;",
    Severity.INFO: f"background: {theme.PANEL}; color: {theme.TEXT}; border: 1px solid"
    f" {theme.BORDER};",
}
MUTED = "#6e6e6e"
#: Alerts that open a panel of their own (the HLH/MAS table and checklist, §4).
DETAIL_CODES = frozenset({"hlh_mas_suspected"})
#: An acknowledged alert: every part grey, the severity still named.
ACKNOWLEDGED_STYLE = f"background: #e9e9e9; color: {MUTED}; border: 1px solid #a0a0a0;"


class AlertRowWidget(QFrame):
    """``AlertRowWidget(state, render, names, can_acknowledge)``.

    Open (or back because it worsened): severity, text, source and an
    "Acknowledge" button (``acknowledge_requested(code)``). Acknowledged:
    greyed, with who acknowledged it, when, and the note. An alert with a
    panel of its own (:data:`DETAIL_CODES`) has a button that opens it,
    acknowledged or not (``details_requested(code)``).
    """

    acknowledge_requested = Signal(str)
    details_requested = Signal(str)

    def __init__(
        self,
        state: AlertState,
        render: Callable[[Message], str],
        names: dict[str, str],
        can_acknowledge: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._render = render
        self._names = names
        self.setObjectName(f"alert_{state.alert.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ border: 1px solid #9a9a9a;"
            " border-radius: 8px; background: #ffffff; }"
        )
        self._severity = QLabel()
        self._severity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._severity.setMinimumWidth(90)
        style = ACKNOWLEDGED_STYLE if state.acknowledged else SEVERITY_STYLE[state.alert.severity]
        self._severity.setStyleSheet(
            style + " border-radius: 4px; padding: 2px 6px; font-weight: bold;"
        )
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._source = QLabel()
        self._source.setProperty("role", "hint")
        self._source.setWordWrap(True)
        self._status = QLabel()
        self._status.setObjectName("alert_status")
        self._status.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("alert_acknowledge")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setMinimumWidth(130)
        self.button.setEnabled(can_acknowledge)
        self.button.setVisible(state.open)
        self.button.clicked.connect(lambda: self.acknowledge_requested.emit(state.alert.code))
        self.details_button = QPushButton()
        self.details_button.setObjectName("alert_details")
        self.details_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_button.setMinimumWidth(130)
        self.details_button.setMinimumHeight(theme.TOUCH_MIN_PX)
        self.details_button.setVisible(state.alert.code in DETAIL_CODES)
        self.details_button.clicked.connect(lambda: self.details_requested.emit(state.alert.code))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self._severity)
        top.addWidget(self._text, 1)
        texts.addLayout(top)
        texts.addWidget(self._source)
        texts.addWidget(self._status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(texts, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.button)
        layout.addLayout(buttons)
        if state.acknowledged:
            for label in (self._text, self._source, self._status):
                label.setStyleSheet(f"color: {MUTED};")
        elif state.returned:
            self._status.setProperty("role", "error")
        self.retranslate()

    def status_text(self) -> str:
        return self._status.text()

    def alert_text(self) -> str:
        return self._text.text()

    def retranslate(self) -> None:
        alert, ack = self.state.alert, self.state.ack
        self._severity.setText(
            {
                Severity.CRITICAL: self.tr("Critical"),
                Severity.WARNING: self.tr("Warning"),
                Severity.INFO: self.tr("Note"),
            }[alert.severity]
        )
        self._text.setText(self._render(alert.message))
        self._source.setText(
            self.tr("Source: {source}").format(source=self._render(term(alert.source)))
            if alert.source
            else ""
        )
        self._source.setVisible(bool(alert.source))
        status = ""
        if ack is not None:
            who = name_of(self._names, ack.user)
            code = "record.alert.returned" if self.state.returned else "record.alert.acknowledged"
            status = self._render(msg(code, user=who, time=fmt_time(ack.time)))
            if ack.note:
                status += self.tr(" — note: {note}").format(note=ack.note)
        self._status.setText(status)
        self._status.setVisible(bool(status))
        self.button.setText(self.tr("Acknowledge…"))
        self.details_button.setText(self.tr("Table and checklist…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
