"""Vasopressors running now: one toggle each, and "other" with a name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import KNOWN_VASOPRESSORS
from .. import theme

#: Offered in the "other" box (the names the logic receives); any other name may be typed.
OTHER_SUGGESTIONS: tuple[str, ...] = ("metaraminol", "terlipressin", "angiotensin_ii")
#: Stands for an "other" vasopressor whose name was not entered: it still counts.
UNNAMED_OTHER = "other"


class VasopressorToggles(QWidget):
    """Toggles for ``KNOWN_VASOPRESSORS`` plus "Other" with a name.

    :meth:`value` gives the generic names of those running, e.g.
    ``("norepinephrine", "vasopressin")``; an "other" toggled on adds its
    name, or ``"other"`` if none was given (a running pressor is never
    dropped for want of a name). Signals: ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        names = [*KNOWN_VASOPRESSORS, UNNAMED_OTHER]
        for index, name in enumerate(names):
            button = QPushButton()
            button.setObjectName(f"vaso_{name}")
            button.setCheckable(True)
            button.setMinimumSize(140, theme.TOUCH_LARGE_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._on_toggled)
            self._buttons[name] = button
            grid.addWidget(button, index // 3, index % 3)

        self._other = QComboBox()
        self._other.setObjectName("vaso_other_name")
        self._other.setEditable(True)
        self._other.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._other.setMinimumHeight(theme.TOUCH_MIN_PX)
        self._other.currentTextChanged.connect(lambda _t: self.changed.emit())
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._other_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self._other_label)
        layout.addWidget(self._other)
        self.retranslate()
        self._refresh()

    def _labels(self) -> dict[str, str]:
        return {
            "norepinephrine": self.tr("Norepinephrine"),
            "epinephrine": self.tr("Epinephrine"),
            "dopamine": self.tr("Dopamine"),
            "phenylephrine": self.tr("Phenylephrine"),
            "vasopressin": self.tr("Vasopressin"),
            UNNAMED_OTHER: self.tr("Other…"),
        }

    def _suggestion_labels(self) -> dict[str, str]:
        return {
            "metaraminol": self.tr("Metaraminol"),
            "terlipressin": self.tr("Terlipressin"),
            "angiotensin_ii": self.tr("Angiotensin II"),
        }

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Vasopressors running"))
        for name, text in self._labels().items():
            self._buttons[name].setText(text)
        self._other_label.setText(self.tr("Name of the other vasopressor:"))
        current = self.other_name()
        self._other.blockSignals(True)
        self._other.clear()
        self._other.addItem("", "")
        for code, text in self._suggestion_labels().items():
            self._other.addItem(text, code)
        self._other.lineEdit().setPlaceholderText(self.tr("choose or type a name"))
        self._set_other_name(current)
        self._other.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- model API ------------------------------------------------------------------
    def value(self) -> tuple[str, ...]:
        running = [name for name in KNOWN_VASOPRESSORS if self._buttons[name].isChecked()]
        if self._buttons[UNNAMED_OTHER].isChecked():
            running.append(self.other_name() or UNNAMED_OTHER)
        return tuple(running)

    def set_value(self, names: Iterable[str]) -> None:
        """Toggle on exactly ``names``; a name not in ``KNOWN_VASOPRESSORS`` goes in "other"."""
        names = list(names)
        others = [n for n in names if n not in KNOWN_VASOPRESSORS]
        for button in self._buttons.values():
            button.blockSignals(True)
        for name in KNOWN_VASOPRESSORS:
            self._buttons[name].setChecked(name in names)
        self._buttons[UNNAMED_OTHER].setChecked(bool(others))
        for button in self._buttons.values():
            button.blockSignals(False)
        self._other.blockSignals(True)
        self._set_other_name("" if not others or others[0] == UNNAMED_OTHER else others[0])
        self._other.blockSignals(False)
        self._refresh()
        self.changed.emit()

    def other_name(self) -> str:
        """The "other" name: a suggestion's code, or the text as typed (trimmed)."""
        text = self._other.currentText().strip()
        index = self._other.findText(text, Qt.MatchFlag.MatchExactly)
        if index > 0:
            return str(self._other.itemData(index))
        return text

    def set_other_name(self, name: str) -> None:
        self._set_other_name(name)

    def button(self, name: str) -> QPushButton:
        """The toggle for a known name or ``"other"``."""
        return self._buttons[name]

    def other_box(self) -> QComboBox:
        return self._other

    # -- internals ------------------------------------------------------------------------
    def _set_other_name(self, name: str) -> None:
        index = self._other.findData(name) if name else 0
        if index >= 0:
            self._other.setCurrentIndex(index)
        else:
            self._other.setEditText(name)

    def _on_toggled(self, _checked: bool) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        other = self._buttons[UNNAMED_OTHER].isChecked()
        self._other.setVisible(other)
        self._other_label.setVisible(other)
