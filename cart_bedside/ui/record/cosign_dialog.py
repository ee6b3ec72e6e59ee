"""Physician co-sign: confirm the current grades and acknowledge the suggested step, with PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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

from ...logic.messages import msg
from ...service import PermissionDenied, RecordService, ServiceError, SignInError
from ...service.cosign import GradeConfirmation
from .. import theme
from ..pin_pad import PinKeypad
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..shift_entry.touch_scroll import TouchScrollArea
from ..widgets.grade_badge import GradeBadge
from .formatting import display_names, error_message, fmt_time, say


class CosignDialog(QDialog):
    """``CosignDialog(session, episode_id)``: the current CRS and ICANS grades (and whether
    a physician has confirmed them), the protocol's suggested step, and a PIN keypad.

    A physician's PIN signs ``RecordService.cosign`` (name, time and meaning
    recorded); a wrong PIN is shown and cleared. Anyone else sees the keypad
    disabled and why. Signal ``cosigned(str signature_id)``, then the dialog
    closes. Open with ``open()``.
    """

    cosigned = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("cosign_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="cosign_dialog"))
        self.session = session
        self.episode_id = episode_id
        self.record = RecordService(session.service)
        self.assessment = session.service.assessment(episode_id)
        self.confirmation: GradeConfirmation = self.record.confirmed_grades(episode_id)
        self.allowed = session.service.can("cosign")
        self._error = ""
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self.crs_badge = GradeBadge("CRS", self.assessment.crs.grade)
        self.icans_badge = GradeBadge("ICANS", self.assessment.icans.grade)
        self._crs_state = QLabel()
        self._icans_state = QLabel()
        self._signed = QLabel()
        self._signed.setObjectName("cosign_state")
        self._step_title = QLabel()
        self._step_title.setProperty("role", "heading")
        self._step = QLabel()
        self._step.setObjectName("cosign_step")
        self._meaning = QLabel()
        self._meaning.setObjectName("cosign_meaning")
        self._who = QLabel()
        self._who.setObjectName("cosign_who")
        for label in (self._crs_state, self._icans_state, self._signed, self._step,
                      self._meaning, self._who):
            label.setWordWrap(True)
        self._error_label = QLabel()
        self._error_label.setObjectName("cosign_error")
        self._error_label.setProperty("role", "error")
        self._error_label.setWordWrap(True)
        self._error_label.hide()
        self.keypad = PinKeypad()
        self.keypad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.keypad.setEnabled(self.allowed)
        self.keypad.submitted.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.setMinimumWidth(160)
        theme.touch_size(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)

        grades = QGridLayout()
        grades.addWidget(self.crs_badge, 0, 0)
        grades.addWidget(self._crs_state, 0, 1)
        grades.addWidget(self.icans_badge, 1, 0)
        grades.addWidget(self._icans_state, 1, 1)
        grades.setColumnStretch(1, 1)
        step = QWidget()
        step_layout = QVBoxLayout(step)
        step_layout.setContentsMargins(0, 0, 0, 0)
        step_layout.addWidget(self._step)
        step_layout.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._title)
        left.addLayout(grades)
        left.addWidget(self._signed)
        left.addWidget(self._step_title)
        left.addWidget(TouchScrollArea(step), 1)
        left.addWidget(self._meaning)
        left.addWidget(self._who)
        left.addWidget(self._error_label)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)
        self.resize(1100, 640)
        self.retranslate()

    # -- API ----------------------------------------------------------------------------------
    def submit(self, pin: str) -> bool:
        """Co-sign with ``pin`` (what the keypad's OK does)."""
        if not self.allowed:
            return False
        try:
            signature_id = self.record.cosign(self.episode_id, pin)
        except (SignInError, PermissionDenied, ServiceError) as error:
            self.keypad.clear()
            self._show_error(say(self.session.render, error_message(error)))
            return False
        self.cosigned.emit(signature_id)
        self.accept()
        return True

    def texts(self) -> dict[str, str]:
        return {"crs": self._crs_state.text(), "icans": self._icans_state.text(),
                "signed": self._signed.text(), "step": self._step.text(),
                "meaning": self._meaning.text(), "who": self._who.text(),
                "error": self._error_label.text()}

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        r, a, c = self.session.render, self.assessment, self.confirmation
        self.setWindowTitle(self.tr("Physician co-sign"))
        self._title.setText(self.tr("Physician co-sign: confirm the current grades"))
        names = display_names(self.session.service)
        confirmed = r(msg("record.cosign.confirmed", user=names.get(c.signer or "", c.signer),
                          time=fmt_time(c.signed_at))) if c.signer else ""
        unconfirmed = r(msg("record.cosign.not_confirmed"))
        self._crs_state.setText(confirmed if c.crs_confirmed else unconfirmed)
        self._icans_state.setText(confirmed if c.icans_confirmed else unconfirmed)
        self._signed.setText(self.tr("Last co-signature: {meaning}").format(meaning=r(c.meaning))
                             if c.meaning else "")
        self._signed.setVisible(bool(c.meaning))
        self._step_title.setText(self.tr("Suggested step"))
        blocks = []
        for kind, grade, lines in (("CRS", a.crs.grade, a.plan.crs_lines),
                                   ("ICANS", a.icans.grade, a.plan.icans_lines)):
            if lines:
                blocks.append("\n".join([f"{kind} {grade}:", *(f"  • {r(m)}" for m in lines)]))
        if a.plan.sources:
            blocks.append(self.tr("Source: {sources}").format(
                sources="; ".join(r(s) for s in a.plan.sources)))
        self._step.setText("\n".join(blocks) or self.tr("No management step for grade 0: "
                                                        "keep monitoring."))
        self._meaning.setText(self.tr(
            "Signing confirms CRS {crs} and ICANS {icans} and that you have seen the suggested "
            "step. Your name, the time and this meaning are recorded.").format(
            crs=a.crs.grade, icans=a.icans.grade))
        user = self.session.user
        if self.allowed:
            self._who.setText(self.tr("Signing as: {name}").format(
                name=user.display_name if user else ""))
            self._who.setProperty("role", "")
        else:
            self._who.setText(self.tr("Only a physician can co-sign the grades. Ask the "
                                      "physician to sign in."))
            self._who.setProperty("role", "error")
        theme.repolish(self._who)
        self.keypad.set_prompt(self.tr("Your PIN"))
        self.keypad.set_ok_text(self.tr("Sign"))
        self.cancel_button.setText(self.tr("Close"))
        if self._error:
            self._error_label.setText(self._error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_error(self, text: str) -> None:
        self._error = text
        self._error_label.setText(text)
        self._error_label.setVisible(bool(text))
