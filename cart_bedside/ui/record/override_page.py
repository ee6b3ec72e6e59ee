"""A tocilizumab dose broke a limit: the limits, and a physician's override with a reason."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import theme
from .reason_box import ReasonBox


class OverridePage(QWidget):
    """Shows the dose and the limits it breaks (``set_refusal``).

    A physician (``can_override``) chooses or types a reason and taps
    "Override and record" (``override_requested(reason)``); anyone else sees
    that only a physician can override, with the button disabled. "Back"
    emits ``back_requested()``.
    """

    back_requested = Signal()
    override_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._can_override = False
        self._stale = False  # held because this device's copy is not synced (issue 14)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._dose = QLabel()
        self._dose.setObjectName("override_dose")
        self._dose.setWordWrap(True)
        self._limits = QLabel()
        self._limits.setObjectName("override_limits")
        self._limits.setWordWrap(True)
        self._limits.setProperty("role", "error")
        self._limits.setStyleSheet(
            f"border: 2px solid {theme.ERROR}; border-radius: 6px;"
            " background: #fdecee; padding: 8px 10px;"
        )
        self._who = QLabel()
        self._who.setObjectName("override_who")
        self._who.setWordWrap(True)
        self.reasons = ReasonBox(columns=1)
        self.reasons.changed.connect(self._update)
        self._error = QLabel()
        self._error.setObjectName("override_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("override_back")
        self.override_button = QPushButton()
        self.override_button.setObjectName("override_ok")
        self.override_button.setProperty("role", "danger")
        for button in (self.back_button, self.override_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(200)
            theme.touch_size(button)
        self.back_button.clicked.connect(self.back_requested)
        self.override_button.clicked.connect(self._override)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self._dose)
        layout.addWidget(self._limits)
        layout.addWidget(self._who)
        layout.addWidget(self.reasons)
        layout.addWidget(self._error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- owner API ----------------------------------------------------------------------
    def set_refusal(
        self, dose_text: str, limits_text: str, can_override: bool, stale: bool = False
    ) -> None:
        """The dose as entered, the refusal (limits and next allowed time), whether the
        signed-in user may override, and whether the data may be stale (not synced)."""
        self._can_override = can_override
        self._stale = stale
        self._dose.setText(dose_text)
        self._limits.setText(limits_text)
        self.reasons.clear()
        self.show_error("")
        self.retranslate()

    def show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.setVisible(bool(text))

    def can_override(self) -> bool:
        return self._can_override

    def limits_text(self) -> str:
        return self._limits.text()

    def who_text(self) -> str:
        return self._who.text()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(
            self.tr("Not synced: doses given on other tablets may be missing")
            if self._stale
            else self.tr("This dose breaks a tocilizumab limit")
        )
        if self._stale and not self._can_override:
            self._who.setText(
                self.tr(
                    "Sync first (tap the sync status at the top, then try again), or ask "
                    "the physician to sign in and record the dose."
                )
            )
        elif self._can_override:
            self._who.setText(
                self.tr(
                    "As the physician, you may give it anyway: record why "
                    "(the override is audited under your name)."
                )
            )
        else:
            self._who.setText(
                self.tr(
                    "Only a physician can override a dose limit. Ask the "
                    "physician to sign in and record the dose, or go back."
                )
            )
        self._who.setProperty("role", "" if self._can_override else "error")
        theme.repolish(self._who)
        self.reasons.setVisible(self._can_override)
        self.reasons.set_quick_reasons(
            [
                self.tr("Checked with the ward: no other dose given")
                if self._stale
                else self.tr("Refractory CRS: agreed with the ICU / MDT"),
                self.tr("Life-threatening CRS: physician's decision at the bedside"),
            ]
        )
        self.reasons.set_placeholder(self.tr("Other reason"))
        self.back_button.setText(self.tr("Back to the dose"))
        self.override_button.setText(self.tr("Override and record"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.override_button.setEnabled(self._can_override and bool(self.reasons.reason()))

    def _override(self) -> None:
        reason = self.reasons.reason()
        if self._can_override and reason:
            self.override_requested.emit(reason)
