"""Amend a record: its values on the keypad, and why (the original stays readable)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import RecordMeta
from ...logic.schema import Range
from ...logic.validation import HARD_LIMITS, LAB_LIMITS, ValidationError
from ...service import PermissionDenied, RecordService, ServiceError
from ...service.history import HistoryEntry
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..widgets.number_field import NumberField
from ..widgets.numeric_keypad import NumericKeypad
from .formatting import error_message, say
from .reason_box import ReasonBox
from .record_text import RecordText

#: The values the simple editor offers per record kind (field → hard range).
EDITABLE: dict[str, tuple[str, ...]] = {
    "vitals": ("temp_c", "hr", "sbp", "dbp", "rr", "spo2"),
    "fluid": ("volume_ml",),
    "weight": ("weight_kg",),
    "medication": ("dose_mg",),
    "lab": ("value",),
}
_INTEGERS = {"hr", "sbp", "dbp", "rr"}


def amendable(kind: str) -> bool:
    return kind in EDITABLE


class AmendDialog(QDialog):
    """``AmendDialog(session, record, episode_id, entry)`` for one :class:`HistoryEntry`
    (its current version). "Save amendment" needs a changed value and a reason, then
    calls ``RecordService.history.amend``; a refusal shows in the dialog. Signal
    ``amended(object SaveResult)``, then the dialog closes. Open with ``open()``.
    """

    amended = Signal(object)

    def __init__(
        self,
        session: Session,
        record: RecordService,
        episode_id: str,
        entry: HistoryEntry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if entry.current is None or not amendable(entry.kind):
            raise ValueError(f"a {entry.kind} record entered in error cannot be amended")
        self.setModal(True)
        self.setObjectName("amend_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="amend_dialog"))
        self.session = session
        self.record = record
        self.episode_id = episode_id
        self.entry = entry
        self.current: Any = entry.current
        self._text = RecordText(session.render, self)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._now = QLabel()
        self._now.setObjectName("amend_now")
        self._now.setWordWrap(True)
        self.keypad = NumericKeypad()
        self.keypad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.fields: dict[str, NumberField] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        previous: NumberField | None = None
        for index, key in enumerate(EDITABLE[entry.kind]):
            limit = self._range(key)
            field = NumberField("", limit.unit, limit.decimals, limit.low, limit.high)
            field.setObjectName(f"amend_{key}")
            field.set_value(getattr(self.current, key))
            field.set_keypad(self.keypad)
            if previous is not None:
                previous.set_next_field(field)
            previous = field
            self.fields[key] = field
            grid.addWidget(field, index // 3, index % 3)
        self._why = QLabel()
        self.reasons = ReasonBox(columns=3)
        self.reasons.changed.connect(self._update)
        self._error = QLabel()
        self._error.setObjectName("amend_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("amend_save")
        self.save_button.setProperty("role", "primary")
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form = QVBoxLayout()
        form.addWidget(self._title)
        form.addWidget(self._now)
        form.addLayout(grid)
        form.addWidget(self._why)
        form.addWidget(self.reasons)
        form.addWidget(self._error)
        form.addStretch(1)
        form.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.keypad)
        self.resize(1100, 600)
        self.retranslate()
        first = next(iter(self.fields.values()))
        self.keypad.set_target(first)

    # -- model API ----------------------------------------------------------------------
    def values(self) -> dict[str, float | int | None]:
        return {key: field.value() for key, field in self.fields.items()}

    def new_record(self) -> Any:
        """The current version with the values on screen (a new version: no meta)."""
        changes = {
            k: (int(v) if k in _INTEGERS and v is not None else v) for k, v in self.values().items()
        }
        return replace(self.current, **changes, meta=RecordMeta())

    def changed(self) -> bool:
        return any(getattr(self.current, k) != v for k, v in self.values().items())

    def error_text(self) -> str:
        return self._error.text()

    def save(self) -> bool:
        if self.keypad.target() is not None and not self.keypad.commit():
            return False
        self.keypad.cancel()
        if not self.changed():
            self._show_error(self.tr("Nothing changed: correct a value first."))
            return False
        reason = self.reasons.reason()
        if not reason:
            self._show_error(self.tr("A reason is required."))
            return False
        try:
            result = self.record.history.amend(
                self.episode_id, self.entry.record_id, self.new_record(), reason
            )
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self._show_error(say(self.session.render, error_message(error)))
            return False
        self.amended.emit(result)
        self.accept()
        return True

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amend a record"))
        self._title.setText(
            self.tr("Amend: {kind}, observed {time}").format(
                kind=self._text.kind_label(self.entry.kind),
                time=self.entry.observed_at.strftime("%m-%d %H:%M"),
            )
        )
        self._now.setText(
            self.tr("Now recorded: {values}. The original stays readable in the History.").format(
                values=self._text.summary(self.current)
            )
        )
        labels = field_labels()
        for key, field in self.fields.items():
            field.set_label(labels[key])
        self._why.setText(self.tr("Why is it amended? (required)"))
        self.reasons.set_quick_reasons(
            [
                self.tr("Typing error"),
                self.tr("Misread the measurement"),
                self.tr("Checked against the source"),
            ]
        )
        self.reasons.set_placeholder(self.tr("Type a reason"))
        self.save_button.setText(self.tr("Save amendment"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _range(self, key: str) -> Range:
        return editable_range(key, self.current)

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.reasons.reason()))

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))


def editable_range(key: str, record: Any) -> Range:
    """The accepted range of an editable value of ``record`` (a lab: that lab's own range)."""
    if key == "value":
        return LAB_LIMITS.get(record.name, Range(0, 99999, record.unit or "", 2))
    return HARD_LIMITS[key]


def field_labels() -> dict[str, str]:
    """The editable values' names, in the current language (the amend and conflict dialogs)."""

    return {
        "temp_c": QCoreApplication.translate("AmendDialog", "Temperature"),
        "hr": QCoreApplication.translate("AmendDialog", "Heart rate"),
        "sbp": QCoreApplication.translate("AmendDialog", "Systolic BP"),
        "dbp": QCoreApplication.translate("AmendDialog", "Diastolic BP"),
        "rr": QCoreApplication.translate("AmendDialog", "Respiratory rate"),
        "spo2": QCoreApplication.translate("AmendDialog", "SpO2"),
        "volume_ml": QCoreApplication.translate("AmendDialog", "Volume"),
        "weight_kg": QCoreApplication.translate("AmendDialog", "Weight"),
        "dose_mg": QCoreApplication.translate("AmendDialog", "Dose"),
        "value": QCoreApplication.translate("AmendDialog", "Value"),
    }
