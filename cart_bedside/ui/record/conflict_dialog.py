"""A physician resolves conflicting corrections: the versions side by side, keep one, sign.

Two tablets apart from each other corrected the same reading; both corrections
stand until a physician picks one (and may change its values), gives a reason
and signs with the PIN. ``RecordService.resolve_conflict`` stores one
amendment superseding every version; the History keeps them all readable.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import RecordMeta
from ...logic.schema import Range
from ...logic.validation import ValidationError
from ...service import (
    DoseLimitError,
    PermissionDenied,
    RecordService,
    ServiceError,
    SignInError,
)
from ...service.sync_marks import ConflictView
from ...service.sync_stale import SYNC_STALE
from .. import theme
from ..pin_pad import PinKeypad
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..widgets.number_field import NumberField
from .amend_dialog import _INTEGERS, EDITABLE, editable_range, field_labels
from .conflict_version import ConflictVersionCard
from .formatting import display_names, error_message, fmt_time, say
from .override_page import OverridePage
from .reason_box import ReasonBox
from .record_text import RecordText


class ConflictDialog(QDialog):
    """``ConflictDialog(session, record, conflict)`` for one :class:`ConflictView`.

    Page "compare": the original, each correction as a card ("Keep this one"),
    the kept values as fields (tap to change; vital signs, volumes, weights,
    doses, lab values), a reason. "Sign…" goes to page "sign": what will be
    stored and the PIN pad. A tocilizumab dose kept is checked first against the
    limits on this device's merged ledger: when it breaks one, page "override" shows
    the refusal (as recording a dose does) and a physician may override with a
    reason. A nurse sees the versions and that a physician resolves them, nothing to
    press but "Close". Signal ``resolved(str id)``.
    """

    resolved = Signal(str)

    def __init__(
        self,
        session: Session,
        record: RecordService,
        conflict: ConflictView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("conflict_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="conflict_dialog"))
        self.session = session
        self.record = record
        self.conflict = conflict
        self.allowed = session.service.can("cosign")
        self.override_reason: str | None = None  # a physician's, for a broken dose limit
        self._text = RecordText(session.render, self)
        names = display_names(session.service)
        this_device = session.sync.this_device()

        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._original = QLabel()
        self._original.setObjectName("conflict_original")
        self._original.setWordWrap(True)
        self._original.setProperty("role", "hint")
        self.cards = [
            ConflictVersionCard(i + 1, v, self._text, names, this_device)
            for i, v in enumerate(conflict.versions)
        ]
        self._keep = QButtonGroup(self)
        self._keep.setExclusive(True)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards:
            self._keep.addButton(card.keep_button)
            card.keep_button.setVisible(self.allowed)  # a nurse sees the versions only
            card.keep_button.toggled.connect(partial(self._toggled, card))
            cards.addWidget(card, 1)
        self._values_label = QLabel()
        self.fields: dict[str, NumberField] = {}
        values = QHBoxLayout()
        for key in EDITABLE.get(conflict.kind, ()):
            limit = self._range(key)
            field = NumberField("", limit.unit, limit.decimals, limit.low, limit.high)
            field.setObjectName(f"conflict_{key}")
            field.setEnabled(False)
            self.fields[key] = field
            values.addWidget(field)
        values.addStretch(1)
        self._why = QLabel()
        self.reasons = ReasonBox(columns=3)
        self.reasons.changed.connect(self._update)
        self._error = QLabel()
        self._error.setObjectName("conflict_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.cancel_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("conflict_next")
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(lambda: self.go_sign())
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        compare = QWidget()
        page = QVBoxLayout(compare)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self._title)
        page.addWidget(self._hint)
        page.addWidget(self._original)
        page.addLayout(cards)
        page.addWidget(self._values_label)
        page.addLayout(values)
        page.addWidget(self._why)
        page.addWidget(self.reasons)
        page.addWidget(self._error)
        page.addStretch(1)
        page.addLayout(buttons)

        self._sign_title = QLabel()
        self._sign_title.setProperty("role", "heading")
        self._summary = QLabel()
        self._summary.setObjectName("conflict_summary")
        self._summary.setWordWrap(True)
        self.keypad = PinKeypad()
        self.keypad.submitted.connect(self.submit)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        sign = QWidget()
        page = QVBoxLayout(sign)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self._sign_title)
        page.addWidget(self._summary)
        page.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        page.addStretch(1)
        back = QHBoxLayout()
        back.addWidget(self.back_button)
        back.addStretch(1)
        page.addLayout(back)

        for button in (self.cancel_button, self.next_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self.stack: QStackedWidget = QStackedWidget()  # (used by the lambda above)
        self.override = OverridePage()
        self.override.back_requested.connect(lambda: self.stack.setCurrentIndex(0))
        self.override.override_requested.connect(self._overridden)
        self.stack.addWidget(compare)
        self.stack.addWidget(sign)
        self.stack.addWidget(self.override)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(1180, 720)
        self.retranslate()

    # -- model API ----------------------------------------------------------------------
    def on_page(self) -> str:
        return ("compare", "sign", "override")[self.stack.currentIndex()]

    def keep(self, number: int) -> None:
        """Keep correction ``number`` (1-based), as a tap on its "Keep this one"."""
        self.cards[number - 1].keep_button.setChecked(True)

    def chosen(self) -> ConflictVersionCard | None:
        return next((c for c in self.cards if c.keep_button.isChecked()), None)

    def new_record(self) -> Any:
        """The kept version with the values on screen, as a new version (no meta)."""
        card = self.chosen()
        if card is None:
            return None
        changes = {
            k: (int(v) if k in _INTEGERS and v is not None else v)
            for k, f in self.fields.items()
            for v in (f.value(),)
        }
        return replace(card.version, **changes, meta=RecordMeta())

    def go_sign(self, override_reason: str | None = None) -> bool:
        """To the PIN page once a version is kept and a reason given, and a tocilizumab
        dose kept is within the limits (or ``override_reason`` overrides them); to the
        override page when it is not."""
        if not self.allowed or self.chosen() is None:
            self._show_error(self.tr("Choose the correction to keep."))
            return False
        if not self.reasons.reason():
            self._show_error(self.tr("A reason is required."))
            return False
        self._show_error("")
        self.override_reason = override_reason
        record = self.new_record()
        try:
            broken = self.record.cosigning.check_resolution(
                self.conflict.episode_id, self.conflict.current_ids, record, override_reason
            )
        except DoseLimitError as error:
            self.override.set_refusal(
                self._text.summary(record),
                self.session.render(error.message),
                self.session.service.can("override_dose"),
                stale=SYNC_STALE in error.broken,
            )
            self.stack.setCurrentIndex(2)
            return False
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self.stack.setCurrentIndex(0)
            self._show_error(say(self.session.render, error_message(error)))
            return False
        summary = self.tr("Will be stored: {values}. Reason: {reason}").format(
            values=self._text.summary(record), reason=self.reasons.reason()
        )
        if broken:
            summary += "\n" + self.tr("Dose limit overridden: {reason}").format(
                reason=override_reason
            )
        self._summary.setText(summary)
        self.keypad.clear()
        self.keypad.set_error("")
        self.stack.setCurrentIndex(1)
        return True

    def submit(self, pin: str) -> bool:
        """Resolve with ``pin`` (the keypad's OK)."""
        try:
            saved = self.record.cosigning.resolve_conflict(
                self.conflict.episode_id,
                self.conflict.current_ids,
                self.new_record(),
                self.reasons.reason(),
                pin,
                override_reason=self.override_reason,
            )
        except SignInError as error:
            self.keypad.clear()
            if error.reason == "locked":
                self.reject()
                self.session.lock(error.message)
                return False
            self.keypad.set_error(say(self.session.render, error_message(error)))
            return False
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self.keypad.clear()
            self.stack.setCurrentIndex(0)
            self._show_error(say(self.session.render, error_message(error)))
            return False
        self.resolved.emit(next(iter(saved.ids.values()), ""))
        self.accept()
        return True

    def error_text(self) -> str:
        return self._error.text() or self.keypad.error_text()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        conflict = self.conflict
        self.setWindowTitle(self.tr("Conflicting corrections"))
        self._title.setText(
            self.tr("Conflicting corrections: {kind}, observed {time}").format(
                kind=self._text.kind_label(conflict.kind),
                time=fmt_time(conflict.original.time),
            )
        )
        self._hint.setText(
            self.tr(
                "This record was corrected on two tablets while they were not in touch. "
                "Both corrections stand until a physician keeps one."
            )
            if self.allowed
            else self.tr(
                "This record was corrected on two tablets while they were not in touch. "
                "Both corrections stand until a physician keeps one: ask the physician."
            )
        )
        self._original.setText(
            self.tr("Original: {values}").format(values=self._text.summary(conflict.original))
        )
        labels = field_labels()
        for key, field in self.fields.items():
            field.set_label(labels[key])
        self._values_label.setText(self.tr("Values to keep (tap one to change it):"))
        self._why.setText(self.tr("Why this one? (required)"))
        self.reasons.set_quick_reasons(
            [
                self.tr("Measured again"),
                self.tr("Checked with the nurses"),
                self.tr("Checked against the source"),
            ]
        )
        self.reasons.set_placeholder(self.tr("Type a reason"))
        self.cancel_button.setText(self.tr("Cancel") if self.allowed else self.tr("Close"))
        self.next_button.setText(self.tr("Sign…"))
        self._sign_title.setText(self.tr("Enter your PIN to resolve the conflict"))
        self.keypad.set_prompt(self.tr("Your PIN"))
        self.keypad.set_ok_text(self.tr("Sign"))
        self.back_button.setText(self.tr("Back"))
        for widget in (self._values_label, *self.fields.values(), self._why, self.reasons):
            widget.setVisible(
                self.allowed and (widget is not self._values_label or bool(self.fields))
            )
        self.next_button.setVisible(self.allowed)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _range(self, key: str) -> Range:
        return editable_range(key, self.conflict.versions[0])

    def _overridden(self, reason: str) -> None:
        if not self.go_sign(reason) and self.on_page() == "compare":
            self.override.show_error(self.error_text())
            self.stack.setCurrentIndex(2)

    def _toggled(self, card: ConflictVersionCard, on: bool) -> None:
        if on:  # the button turned off in the exclusive group says nothing new
            self._chosen(card)

    def _chosen(self, card: ConflictVersionCard) -> None:
        for key, field in self.fields.items():
            field.set_value(getattr(card.version, key))
            field.setEnabled(True)
        self._show_error("")
        self._update()

    def _update(self) -> None:
        self.next_button.setEnabled(
            self.allowed and self.chosen() is not None and bool(self.reasons.reason())
        )

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))
