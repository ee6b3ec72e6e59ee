"""Physician's grade: confirm or correct the current grades (with a reason) and acknowledge the
suggested step, signed with the PIN (clinical-rules §11)."""

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
from ...logic.patient_protocol import protocol_display_name
from ...logic.validation import ValidationError
from ...service import PermissionDenied, ServiceError, SignInError
from ...service.cosign import GradeConfirmation
from .. import theme
from ..pin_pad import PinKeypad
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..shift_entry.touch_scroll import TouchScrollArea
from ..widgets.grade_badge import GradeBadge
from ..widgets.reason_field import ReasonField
from .formatting import display_names, error_message, fmt_time, say
from .grade_choice import GradeChoiceWidget


class CosignDialog(QDialog):
    """``CosignDialog(session, episode_id)``: the computed CRS and ICANS grades (and the
    physician's grade that stands, if any), a grade choice per syndrome (the computed grade
    checked: signing as it is confirms it), a reason that a different grade requires, the
    patient's protocol step, and a PIN keypad.

    A physician's PIN signs ``RecordService.cosigning.judge_grades`` (grades, reason, name,
    time and meaning recorded); a wrong PIN or a correction without a reason is
    shown and the PIN cleared. Anyone else sees the keypad and the choices
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
        self.record = session.records
        self.assessment = session.service.assessment(episode_id)
        self.confirmation: GradeConfirmation = self.record.cosigning.confirmed_grades(episode_id)
        self.allowed = session.service.can("cosign")
        self._error = ""
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self.crs_badge = GradeBadge("CRS", self.assessment.crs.grade)
        self.icans_badge = GradeBadge("ICANS", self.assessment.icans.grade)
        self.crs_choice = GradeChoiceWidget("CRS", self.assessment.crs.grade)
        self.icans_choice = GradeChoiceWidget("ICANS", self.assessment.icans.grade)
        self.reason = ReasonField(3, columns=3)
        self.reason.setObjectName("cosign_reason")
        for choice in (self.crs_choice, self.icans_choice):
            choice.setEnabled(self.allowed)
            choice.changed.connect(self._on_choice)
        self.reason.changed.connect(self._on_choice)
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
        for label in (
            self._crs_state,
            self._icans_state,
            self._signed,
            self._step,
            self._meaning,
            self._who,
        ):
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
        # One row per syndrome: computed badge, what stands now, the physician's choice.
        grades.addWidget(self.crs_badge, 0, 0)
        grades.addWidget(self._crs_state, 0, 1)
        grades.addWidget(self.crs_choice, 0, 2)
        grades.addWidget(self.icans_badge, 1, 0)
        grades.addWidget(self._icans_state, 1, 1)
        grades.addWidget(self.icans_choice, 1, 2)
        grades.addWidget(self.reason, 2, 0, 1, 3)
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
        step_area = TouchScrollArea(step)
        step_area.setMinimumHeight(150)
        left.addWidget(step_area, 1)
        left.addWidget(self._meaning)
        left.addWidget(self._who)
        left.addWidget(self._error_label)
        left.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.keypad)
        self.resize(1180, 760)
        self.retranslate()

    # -- API ----------------------------------------------------------------------------------
    def submit(self, pin: str) -> bool:
        """Sign the chosen grades with ``pin`` (what the keypad's OK does)."""
        if not self.allowed:
            return False
        try:
            saved = self.record.cosigning.judge_grades(
                self.episode_id,
                pin,
                self.crs_choice.value(),
                self.icans_choice.value(),
                self.reason.reason(),
            )
        except ValidationError as error:
            self.keypad.clear()
            self._show_error(
                self.tr("A grade different from the computed one needs a reason.")
                if error.field == "reason"
                else error.render(self.session.lang)
            )
            return False
        except SignInError as error:
            self.keypad.clear()
            if error.reason == "locked":  # the fifth wrong PIN: the account and the tablet lock
                self.reject()
                self.session.lock(error.message)
                return False
            self._show_error(say(self.session.render, error_message(error)))
            return False
        except (PermissionDenied, ServiceError) as error:
            self.keypad.clear()
            self._show_error(say(self.session.render, error_message(error)))
            return False
        self.cosigned.emit(saved.signature_id or "")
        self.accept()
        return True

    def choose(
        self, crs: int | None = None, icans: int | None = None, reason: str | None = None
    ) -> None:
        """Pick grades (and type a reason) as a physician would by tapping."""
        if crs is not None:
            self.crs_choice.set_value(crs)
        if icans is not None:
            self.icans_choice.set_value(icans)
        if reason is not None:
            self.reason.set_reason(reason)

    @property
    def corrects(self) -> bool:
        return self.crs_choice.corrected or self.icans_choice.corrected

    def _on_choice(self, *_args) -> None:
        self._show_error("")
        self._show_meaning()

    def texts(self) -> dict[str, str]:
        return {
            "crs": self._crs_state.text(),
            "icans": self._icans_state.text(),
            "signed": self._signed.text(),
            "step": self._step.text(),
            "meaning": self._meaning.text(),
            "who": self._who.text(),
            "crs_choice": self.crs_choice.caption(),
            "icans_choice": self.icans_choice.caption(),
            "error": self._error_label.text(),
        }

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        r, a, c = self.session.render, self.assessment, self.confirmation
        self.setWindowTitle(self.tr("Physician's grade"))
        self._title.setText(self.tr("Physician: confirm or correct the grades"))
        names = display_names(self.session.service)
        confirmed = (
            r(
                msg(
                    "record.cosign.confirmed",
                    user=names.get(c.signer or "", c.signer),
                    time=fmt_time(c.signed_at),
                )
            )
            if c.signer
            else ""
        )
        unconfirmed = r(msg("record.cosign.not_confirmed"))
        for label, shown, ok in (
            (self._crs_state, c.crs, c.crs_confirmed),
            (self._icans_state, c.icans, c.icans_confirmed),
        ):
            # The physician's grade that stands, with the computed one beside it (§11).
            state = confirmed if ok else unconfirmed
            label.setText(f"{r(shown.message())}\n{state}" if shown is not None else state)
        for choice in (self.crs_choice, self.icans_choice):
            choice.set_caption(self.tr("Your grade"))
        self.reason.set_texts(
            self.tr("Reason for a different grade (required when you correct a grade)"),
            [
                self.tr("Hypotension from bleeding, not CRS"),
                self.tr("Fever from infection, not CRS"),
                self.tr("Sedation, not ICANS"),
            ],
        )
        self._signed.setText(
            self.tr("Last co-signature: {meaning}").format(meaning=r(c.meaning))
            if c.meaning
            else ""
        )
        self._signed.setVisible(bool(c.meaning))
        self._step_title.setText(self.tr("Suggested step"))
        blocks = [
            self.tr("Protocol for this patient: {protocol}").format(
                protocol=r(protocol_display_name(a.protocol_id))
            )
        ]
        for kind, grade, lines in (
            ("CRS", a.crs.grade, a.plan.crs_lines),
            ("ICANS", a.icans.grade, a.plan.icans_lines),
        ):
            if lines:
                blocks.append("\n".join([f"{kind} {grade}:", *(f"  • {r(m)}" for m in lines)]))
        if a.plan.sources:
            blocks.append(
                self.tr("Source: {sources}").format(sources="; ".join(r(s) for s in a.plan.sources))
            )
        if len(blocks) == 1:
            blocks.append(self.tr("No management step for grade 0: keep monitoring."))
        self._step.setText("\n".join(blocks))
        self._show_meaning()
        user = self.session.user
        if self.allowed:
            self._who.setText(
                self.tr("Signing as: {name}").format(name=user.display_name if user else "")
            )
            self._who.setProperty("role", "")
        else:
            self._who.setText(
                self.tr(
                    "Only a physician can confirm or correct the grades. "
                    "Ask the physician to sign in."
                )
            )
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

    def _show_meaning(self) -> None:
        crs, icans = self.crs_choice.value(), self.icans_choice.value()
        if self.corrects:
            text = self.tr(
                "Signing records your grades CRS {crs} and ICANS {icans} (computed CRS "
                "{computed_crs}, ICANS {computed_icans}) with your reason, and that you have "
                "seen the suggested step. Your name, the time and this meaning are recorded."
            )
        else:
            text = self.tr(
                "Signing confirms CRS {crs} and ICANS {icans} and that you have seen the "
                "suggested step. Your name, the time and this meaning are recorded."
            )
        self._meaning.setText(
            text.format(
                crs=crs,
                icans=icans,
                computed_crs=self.assessment.crs.grade,
                computed_icans=self.assessment.icans.grade,
            )
        )

    def _show_error(self, text: str) -> None:
        self._error = text
        self._error_label.setText(text)
        self._error_label.setVisible(bool(text))
