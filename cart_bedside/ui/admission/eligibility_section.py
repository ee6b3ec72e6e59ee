"""Admission, part 4: the eligibility items and the checklist they give (never a verdict)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic.messages import msg
from ...logic.risk import ChecklistItem, EligibilityInputs, ItemStatus, eligibility_checklist
from ...service.admission import ELIGIBILITY_FIELDS
from .. import theme
from ..session import Session
from ..widgets.number_field import NumberField

#: The numeric items, in the order they are typed (OK moves on).
NUMERIC_ITEMS = (
    "kps",
    "ecog",
    "lvef_percent",
    "alt_u_l",
    "alt_uln_u_l",
    "ast_u_l",
    "ast_uln_u_l",
    "spo2_room_air",
    "life_expectancy_weeks",
)
INFECTION_CHOICES = (True, False, None)  # yes, no, not checked
COLUMNS = 3
STATUS_MARKS = {ItemStatus.MET: "✔", ItemStatus.NOT_MET: "×", ItemStatus.UNKNOWN: "?"}
STATUS_STYLES = {
    ItemStatus.MET: f"color: #ffffff; background: {theme.OK_GREEN};",
    ItemStatus.NOT_MET: f"color: #ffffff; background: {theme.ERROR};",
    ItemStatus.UNKNOWN: f"color: {theme.TEXT}; background: #e0e0e0;",
}


class EligibilitySection(QGroupBox):
    """The items of seed 001 typed on the keypad, active infection as yes / no / not
    checked, and below them the checklist from ``logic.risk.eligibility_checklist``:
    met / not met / unknown per item, with what was observed. The screen never
    sums it up: the physician decides.

    ``inputs()`` → ``EligibilityInputs`` (or None when nothing was entered),
    ``set_inputs()``, ``checklist()``, ``status_text(code)``, ``field(name)``.
    Signals ``changed()`` and ``ecogChanged(object)``.
    """

    changed = Signal()
    ecogChanged = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.fields: dict[str, NumberField] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        previous: NumberField | None = None
        for index, name in enumerate(NUMERIC_ITEMS):
            unit, limit = ELIGIBILITY_FIELDS[name]
            field = NumberField(
                unit=unit if unit != "weeks" else "",
                decimals=0,
                minimum=limit.low,
                maximum=limit.high,
            )
            field.setObjectName(f"field_{name}")
            field.value_button().setStyleSheet("min-width: 120px;")
            field.valueChanged.connect(self._refresh)
            if previous is not None:
                previous.set_next_field(field)
            previous = field
            self.fields[name] = field
            grid.addWidget(field, index // COLUMNS, index % COLUMNS)
        self.fields["ecog"].valueChanged.connect(self.ecogChanged)

        self._infection_label = QLabel()
        self._infection = QButtonGroup(self)
        self._infection.setExclusive(True)
        infection_row = QHBoxLayout()
        infection_row.addWidget(self._infection_label)
        for index, _choice in enumerate(INFECTION_CHOICES):
            button = QPushButton()
            button.setObjectName(f"infection_{('yes', 'no', 'unknown')[index]}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(96)
            theme.touch_size(button)
            self._infection.addButton(button, index)
            infection_row.addWidget(button)
        infection_row.addStretch(1)
        self._infection.button(2).setChecked(True)
        self._infection.idToggled.connect(self._infection_toggled)

        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._heading.setWordWrap(True)
        self._rows = QGridLayout()
        self._rows.setHorizontalSpacing(8)
        self._rows.setVerticalSpacing(4)
        self._row_widgets: list[tuple[QLabel, QLabel]] = []
        for row in range(len(eligibility_checklist(EligibilityInputs()))):
            status, text = QLabel(), QLabel()
            status.setObjectName(f"checklist_status_{row}")
            status.setMinimumWidth(96)
            status.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setWordWrap(True)
            self._rows.addWidget(status, row, 0, Qt.AlignmentFlag.AlignTop)
            self._rows.addWidget(text, row, 1)
            self._row_widgets.append((status, text))
        self._rows.setColumnStretch(1, 1)
        self._note = QLabel()
        self._note.setProperty("role", "hint")
        self._note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addLayout(infection_row)
        layout.addWidget(self._heading)
        layout.addLayout(self._rows)
        layout.addWidget(self._note)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def active_infection(self) -> bool | None:
        return INFECTION_CHOICES[max(0, self._infection.checkedId())]

    def set_active_infection(self, value: bool | None) -> None:
        self._infection.button(INFECTION_CHOICES.index(value)).setChecked(True)

    def infection_button(self, value: bool | None):
        return self._infection.button(INFECTION_CHOICES.index(value))

    def inputs(self) -> EligibilityInputs | None:
        values: dict[str, Any] = {
            name: f.value() for name, f in self.fields.items() if f.value() is not None
        }
        if self.active_infection() is not None:
            values["active_infection"] = self.active_infection()
        return EligibilityInputs(**values) if values else None

    def set_inputs(self, inputs: EligibilityInputs) -> None:
        for name, field in self.fields.items():
            field.set_value(getattr(inputs, name))
        self.set_active_infection(inputs.active_infection)

    def checklist(self) -> list[ChecklistItem]:
        return eligibility_checklist(self.inputs() or EligibilityInputs())

    def status_text(self, code: str) -> str:
        """The status shown for checklist item ``code`` (e.g. ``eligibility.lvef``)."""
        for (status, _text), item in zip(self._row_widgets, self.checklist(), strict=True):
            if item.code == code:
                return status.text()
        raise KeyError(code)

    def field(self, name: str) -> NumberField:
        return self.fields[name]

    def widget_for(self, field: str) -> QWidget | None:
        name = field.removeprefix("eligibility.")
        return self.fields[name].value_button() if name in self.fields else None

    def clear(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.set_active_infection(None)

    # -- display ----------------------------------------------------------------------------
    def _infection_toggled(self, _id: int, checked: bool) -> None:
        if checked:  # the button turned off in an exclusive group says nothing new
            self._refresh()

    def _refresh(self, *_args) -> None:
        render = self._session.render
        for (status, text), item in zip(self._row_widgets, self.checklist(), strict=True):
            status.setText(f"{STATUS_MARKS[item.status]} {render(item.status_label)}")
            status.setStyleSheet(
                STATUS_STYLES[item.status] + " border-radius: 6px;"
                " padding: 4px 8px; font-weight: bold;"
            )
            observed = f"  ({render(item.observed)})" if item.observed else ""
            text.setText(render(item.label) + observed)
        self.changed.emit()

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Eligibility checklist"))
        render = self._session.render
        for name, field in self.fields.items():
            field.set_label(render(msg(f"record.eligibility.{name}")))
        self.fields["life_expectancy_weeks"].set_unit(self.tr("weeks"))
        self._infection_label.setText(render(msg("record.eligibility.active_infection")))
        for index, text in enumerate((self.tr("Yes"), self.tr("No"), self.tr("Not checked"))):
            self._infection.button(index).setText(text)
        # The guideline by name (never a seed number), from the catalogue.
        source = render(msg("source.seed001.eligibility"))
        self._heading.setText(self.tr("Checklist: {source}").format(source=source))
        self._note.setText(
            self.tr(
                "Each item is shown as met, not met or unknown. The app gives no verdict: "
                "the physician decides on eligibility."
            )
        )
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
