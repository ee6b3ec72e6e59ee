"""The ward's paediatric dosing table (clinical-rules §9): one line per fixed-dose drug."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ...logic.dosing import FIXED_DOSE_DRUGS
from ...logic.messages import term
from ...service import ward_settings as ws


class PaediatricDosingEditor(QGroupBox):
    """A text line per drug whose adult fixed dose the protocols print (and any other drug
    the table already holds). An empty line means the default wording, shown as the
    placeholder. ``value()`` → ``{drug: text}`` (empty lines left out); ``set_value()``;
    ``line(drug)``. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, render, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self._grid = QGridLayout(self)
        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._hint.setWordWrap(True)
        self._grid.addWidget(self._hint, 0, 0, 1, 2)
        self._lines: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        for drug in FIXED_DOSE_DRUGS:
            self._add(drug)
        self._grid.setColumnStretch(1, 1)
        self.retranslate()

    def _add(self, drug: str) -> QLineEdit:
        row = len(self._lines) + 1
        label, line = QLabel(), QLineEdit()
        line.setObjectName(f"paediatric_{drug}")
        line.setMaxLength(ws.PAEDIATRIC_LINE_MAX)
        line.textChanged.connect(lambda _t: self.changed.emit())
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(line, row, 1)
        self._lines[drug], self._labels[drug] = line, label
        return line

    def line(self, drug: str) -> QLineEdit:
        return self._lines[drug]

    def field_name(self, error_field: str) -> str | None:
        """The words for a refused line (``paediatric_dosing.<drug>``), else None."""
        group, _, drug = error_field.partition(".")
        if group != ws.KEY_PAEDIATRIC_DOSING:
            return None
        title = self.title()
        return (
            self.tr("{drug} ({group})").format(drug=self._drug_name(drug), group=title)
            if drug in self._lines
            else title
        )

    def value(self) -> dict[str, str]:
        return {d: w.text().strip() for d, w in self._lines.items() if w.text().strip()}

    def set_value(self, lines: dict[str, str]) -> None:
        for drug in lines:
            if drug not in self._lines:
                self._add(drug)
        for drug, widget in self._lines.items():
            widget.setText(lines.get(drug, ""))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Paediatric dosing (patients under 18)"))
        self._hint.setText(
            self.tr(
                "Shown after every adult fixed dose for a child. Empty: the default wording. "
                "The app calculates no paediatric dose."
            )
        )
        default = self._render(term("dosing.paediatric_default"))
        for drug, widget in self._lines.items():
            self._labels[drug].setText(self._drug_name(drug))
            widget.setPlaceholderText(default)

    def _drug_name(self, drug: str) -> str:
        from ...logic.catalogue import CATALOGUE

        code = f"drug.{drug}"
        return self._render(term(code)) if code in CATALOGUE else drug

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
