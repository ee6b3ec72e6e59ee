"""CAPD, the Cornell Assessment of Pediatric Delirium (children; clinical-rules §3.2)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.icans import capd_scores_from_answers
from ...logic.models import CAPD_ITEMS
from .. import theme
from ..qt_types import group_button

ANSWERS = 5  # 0 never, 1 rarely, 2 sometimes, 3 often, 4 always


class CapdWidget(QWidget):
    """Eight items, each answered with how OFTEN it is true (never … always).

    The nurse answers the frequency only; the reverse scoring of items 1–4 is
    the logic's (:func:`cart_bedside.logic.icans.capd_scores_from_answers`),
    used here for the live total. "Unable to perform" disables the items.

    Signals: ``changed()``, ``totalChanged(object)`` with the total (None until
    all eight are answered, or when unable).
    """

    changed = Signal()
    totalChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[QButtonGroup] = []
        self._questions: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for row, key in enumerate(CAPD_ITEMS):
            question = QLabel()
            question.setWordWrap(True)
            question.setMinimumWidth(240)
            self._questions.append(question)
            grid.addWidget(question, row, 0)
            group = QButtonGroup(self)
            group.setExclusive(True)
            for answer in range(ANSWERS):
                button = QPushButton()
                button.setObjectName(f"capd_{key}_{answer}")
                button.setCheckable(True)
                button.setMinimumWidth(92)
                theme.touch_size(button)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                group.addButton(button, answer)
                grid.addWidget(button, row, 1 + answer)
            group.idToggled.connect(self._on_toggled)
            self._groups.append(group)
        grid.setColumnStretch(0, 3)
        for col in range(1, 1 + ANSWERS):
            grid.setColumnStretch(col, 1)

        self._total = QLabel()
        self._total.setProperty("role", "total")
        self._note = QLabel()
        self._note.setProperty("role", "hint")
        self._note.setWordWrap(True)
        self._unable = QPushButton()
        self._unable.setObjectName("capd_unable")
        self._unable.setCheckable(True)
        self._unable.setProperty("role", "danger")
        self._unable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._unable.toggled.connect(self._on_unable)

        top = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self._total)
        text.addWidget(self._note)
        top.addLayout(text, 1)
        top.addWidget(self._unable)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------
    def _question_texts(self) -> list[str]:
        return [
            self.tr("Does the child make eye contact with the caregiver?"),
            self.tr("Are the child's actions purposeful?"),
            self.tr("Is the child aware of his/her surroundings?"),
            self.tr("Does the child communicate needs and wants?"),
            self.tr("Is the child restless?"),
            self.tr("Is the child inconsolable?"),
            self.tr("Is the child underactive — very little movement while awake?"),
            self.tr("Does it take the child a long time to respond to interactions?"),
        ]

    def _answer_texts(self) -> list[str]:
        return [
            self.tr("Never"),
            self.tr("Rarely"),
            self.tr("Sometimes"),
            self.tr("Often"),
            self.tr("Always"),
        ]

    def retranslate(self) -> None:
        for number, (label, text) in enumerate(
            zip(self._questions, self._question_texts(), strict=True), start=1
        ):
            label.setText(f"{number}. {text}")
        answers = self._answer_texts()
        for group in self._groups:
            for answer in range(ANSWERS):
                group.button(answer).setText(answers[answer])
        self._unable.setText(self.tr("Unable to perform\n(unarousable)"))
        self._note.setText(
            self.tr("Answer how often each is true; items 1–4 are scored in reverse automatically.")
        )
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API --------------------------------------------------------------------------
    def answers(self) -> tuple[int | None, ...]:
        """Eight answers 0 (never) … 4 (always) in ``CAPD_ITEMS`` order; None = unanswered."""
        return tuple(None if g.checkedId() < 0 else g.checkedId() for g in self._groups)

    def set_answers(self, answers: Sequence[int | None]) -> None:
        if len(answers) != len(CAPD_ITEMS):
            raise ValueError(f"expected {len(CAPD_ITEMS)} CAPD answers, got {len(answers)}")
        for group, answer in zip(self._groups, answers, strict=True):
            if answer is not None and not 0 <= answer < ANSWERS:
                raise ValueError(f"CAPD answer must be 0–4, got {answer}")
            group.blockSignals(True)
            if answer is None:
                # An exclusive group cannot uncheck its last button: lift it for a moment.
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(False)
                group.setExclusive(True)
            else:
                group.button(answer).setChecked(True)
            group.blockSignals(False)
        self._emit_changed()

    def is_complete(self) -> bool:
        return all(a is not None for a in self.answers())

    def scores(self) -> tuple[int, ...] | None:
        """Item scores as the logic scores them (1–4 reversed), or None if incomplete/unable."""
        if self.unable() or not self.is_complete():
            return None
        return capd_scores_from_answers([a for a in self.answers() if a is not None])

    def total(self) -> int | None:
        scores = self.scores()
        return None if scores is None else sum(scores)

    def unable(self) -> bool:
        return self._unable.isChecked()

    def set_unable(self, unable: bool) -> None:
        self._unable.setChecked(unable)

    def answer_button(self, item: int, answer: int) -> QPushButton:
        """The button of answer 0–4 for item 0–7."""
        return group_button(self._groups[item], answer)

    def unable_button(self) -> QPushButton:
        return self._unable

    def total_text(self) -> str:
        return self._total.text()

    # -- internals -------------------------------------------------------------------------------
    def _on_toggled(self, _id: int, checked: bool) -> None:
        if checked:  # one signal per change, not one for the old and one for the new button
            self._emit_changed()

    def _on_unable(self, _checked: bool) -> None:
        self._emit_changed()

    def _emit_changed(self) -> None:
        self._refresh()
        self.changed.emit()
        self.totalChanged.emit(self.total())

    def _refresh(self) -> None:
        unable = self.unable()
        for group in self._groups:
            for button in group.buttons():
                button.setEnabled(not unable)
        if unable:
            self._total.setText(self.tr("CAPD: unable to perform"))
        elif self.is_complete():
            self._total.setText(self.tr("CAPD {total}/32").format(total=self.total()))
        else:
            answered = sum(a is not None for a in self.answers())
            self._total.setText(
                self.tr("CAPD –/32 ({answered} of 8 answered)").format(answered=answered)
            )
