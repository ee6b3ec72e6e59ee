"""Which drug: one tap for the drugs of a CAR-T ward, or any other by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...logic.messages import Message, term
from .. import theme

#: The buttons, generic names as the rules know them (paracetamol is acetaminophen).
DRUGS: tuple[str, ...] = (
    "tocilizumab",
    "siltuximab",
    "dexamethasone",
    "methylprednisolone",
    "acetaminophen",
    "ibuprofen",
    "levetiracetam",
)
OTHER = "other"
#: The usual route of each button's drug (the nurse can change it).
USUAL_ROUTE: dict[str, str] = {
    "tocilizumab": "IV",
    "siltuximab": "IV",
    "dexamethasone": "IV",
    "methylprednisolone": "IV",
    "acetaminophen": "PO",
    "ibuprofen": "PO",
    "levetiracetam": "PO",
}
COLUMNS = 4


class DrugPicker(QWidget):
    """Eight buttons (seven drugs and "Other") and, for Other, a name typed in.

    ``drug()`` is the generic name of the chosen button, the typed name for
    Other, or "" when nothing is chosen. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, render: Callable[[Message], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for index, key in enumerate((*DRUGS, OTHER)):
            button = QPushButton()
            button.setObjectName(f"drug_{key}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._group.addButton(button, index)
            self._buttons[key] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self._other = QLineEdit()
        self._other.setObjectName("drug_other_name")
        self._other.setVisible(False)
        self._other.textEdited.connect(lambda _t: self.changed.emit())
        grid.addWidget(self._other, 2, 0, 1, COLUMNS)
        self._group.idToggled.connect(self._on_toggled)
        self.retranslate()

    # -- model API ----------------------------------------------------------------------
    def choice(self) -> str:
        """The chosen button's key (a drug, "other") or ""."""
        button = self._group.checkedButton()
        return next((k for k, b in self._buttons.items() if b is button), "")

    def drug(self) -> str:
        choice = self.choice()
        if choice == OTHER:
            return self._other.text().strip()
        return choice

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def other_edit(self) -> QLineEdit:
        return self._other

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for key in DRUGS:
            self._buttons[key].setText(self._render(term(f"drug.{key}")))
        self._buttons[OTHER].setText(self.tr("Other…"))
        self._other.setPlaceholderText(self.tr("Name of the drug"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_toggled(self, _index: int, checked: bool) -> None:
        if checked:
            self._other.setVisible(self.choice() == OTHER)
            self.changed.emit()
