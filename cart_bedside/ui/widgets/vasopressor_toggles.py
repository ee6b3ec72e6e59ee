"""Vasopressors running now: one toggle each, and "other" with a name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
            button.setMinimumWidth(140)
            theme.touch_size(button)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.toggled.connect(self._on_toggled)
            self._buttons[name] = button
            grid.addWidget(button, index // 3, index % 3)

        # "Other": common names as buttons (no keyboard needed), or a typed name.
        self._suggestions: dict[str, QPushButton] = {}
        suggestions = QHBoxLayout()
        for code in OTHER_SUGGESTIONS:
            button = QPushButton()
            button.setObjectName(f"vaso_other_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda checked, c=code: self._on_suggestion(c, checked))
            self._suggestions[code] = button
            suggestions.addWidget(button)
        self._other = QLineEdit()
        self._other.setObjectName("vaso_other_name")
        self._other.textEdited.connect(self._on_typed)
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._other_label = QLabel()
        self._other_panel = QWidget()
        other_box = QVBoxLayout(self._other_panel)
        other_box.setContentsMargins(0, 0, 0, 0)
        other_box.addWidget(self._other_label)
        other_box.addLayout(suggestions)
        other_box.addWidget(self._other)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self._other_panel)
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
        for code, text in self._suggestion_labels().items():
            self._suggestions[code].setText(text)
        self._other.setPlaceholderText(self.tr("or type another name"))

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
        self._set_other_name("" if not others or others[0] == UNNAMED_OTHER else others[0])
        self._refresh()
        self.changed.emit()

    def other_name(self) -> str:
        """The "other" name: a suggestion's code, or the name as typed (trimmed)."""
        for code, button in self._suggestions.items():
            if button.isChecked():
                return code
        return self._other.text().strip()

    def set_other_name(self, name: str) -> None:
        self._set_other_name(name)
        self.changed.emit()

    def button(self, name: str) -> QPushButton:
        """The toggle for a known name or ``"other"``."""
        return self._buttons[name]

    def suggestion_button(self, code: str) -> QPushButton:
        """The button of a name in ``OTHER_SUGGESTIONS``."""
        return self._suggestions[code]

    def other_edit(self) -> QLineEdit:
        return self._other

    # -- internals ------------------------------------------------------------------------
    def _set_other_name(self, name: str) -> None:
        for code, button in self._suggestions.items():
            button.setChecked(code == name)
        self._other.setText("" if name in self._suggestions else name)

    def _on_suggestion(self, code: str, checked: bool) -> None:
        self._set_other_name(code if checked else "")
        self.changed.emit()

    def _on_typed(self, _text: str) -> None:
        for button in self._suggestions.values():
            button.setChecked(False)
        self.changed.emit()

    def _on_toggled(self, _checked: bool) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self._other_panel.setVisible(self._buttons[UNNAMED_OTHER].isChecked())
