"""Admission, part 2: diagnosis, the CAR-T product, infusion time, weight and height."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import DIAGNOSES
from ...logic.validation import HARD_LIMITS
from .. import theme
from ..qt_types import group_button
from ..widgets.number_field import NumberField
from .date_fields import DateTimeFields
from .quick_text_field import QuickTextField

TARGETS = ("CD19", "BCMA", "CD22")
COSTIM_DOMAINS = ("CD28", "4-1BB")


class ProductSection(QGroupBox):
    """Diagnosis (one of ``DIAGNOSES``), product (typed), target and costimulatory
    domain (a tap or typed), infusion date and time, weight and height (keypad).

    ``values()`` gives the Patient fields it owns; ``widget_for(field)``.
    Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        diagnoses = QGridLayout()
        diagnoses.setSpacing(6)
        for index, code in enumerate(DIAGNOSES):
            button = QPushButton()
            button.setObjectName(f"diagnosis_{code}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(120)
            theme.touch_size(button)
            self._group.addButton(button, index)
            # two per row; the neurological one has the longest name: a row of its own
            row, col, span = {0: (0, 0, 1), 1: (0, 1, 1), 2: (1, 0, 1), 3: (2, 0, 2), 4: (1, 1, 1)}[
                index
            ]
            diagnoses.addWidget(button, row, col, 1, span)
        self._group.idToggled.connect(self._diagnosis_toggled)
        self.product = QLineEdit()
        self.product.setObjectName("product_edit")
        self.product.setMaxLength(80)
        self.product.textChanged.connect(lambda _t: self.changed.emit())
        self.target = QuickTextField(TARGETS)
        self.target.setObjectName("target")
        self.costim = QuickTextField(COSTIM_DOMAINS)
        self.costim.setObjectName("costim")
        for field in (self.target, self.costim):
            field.changed.connect(self.changed)
        self.infusion = DateTimeFields("datetime", now=now)
        self.infusion.setObjectName("infusion")
        self.infusion.changed.connect(self.changed)
        weight = HARD_LIMITS["weight_kg"]
        self.weight = NumberField(decimals=1, minimum=weight.low, maximum=weight.high)
        self.weight.setObjectName("field_weight")
        height = HARD_LIMITS["height_cm"]
        self.height_field = NumberField(decimals=0, minimum=height.low, maximum=height.high)
        self.height_field.setObjectName("field_height")
        self.weight.set_next_field(self.height_field)
        for number in (self.weight, self.height_field):
            number.valueChanged.connect(lambda _v: self.changed.emit())
        body = QHBoxLayout()
        body.addWidget(self.weight)
        body.addWidget(self.height_field)
        body.addStretch(1)

        self._labels = {
            k: QLabel() for k in ("diagnosis", "product", "target", "costim", "infusion")
        }
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        for key, item in (
            ("diagnosis", diagnoses),
            ("product", self.product),
            ("target", self.target),
            ("costim", self.costim),
            ("infusion", self.infusion),
            (None, body),
        ):
            if key is not None:
                layout.addWidget(self._labels[key])
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def diagnosis(self) -> str | None:
        index = self._group.checkedId()
        return DIAGNOSES[index] if index >= 0 else None

    def set_diagnosis(self, code: str | None) -> None:
        if code in DIAGNOSES:
            self._group.button(DIAGNOSES.index(code)).setChecked(True)
            return
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)

    def diagnosis_button(self, code: str) -> QPushButton:
        return group_button(self._group, DIAGNOSES.index(code))

    def infusion_time(self) -> datetime | None:
        value = self.infusion.value()
        return value if isinstance(value, datetime) else None

    def values(self) -> dict:
        return {
            "diagnosis": self.diagnosis(),
            "product": self.product.text().strip(),
            "target": self.target.text(),
            "costim_domain": self.costim.text(),
            "infusion_time": self.infusion_time(),
            "weight_kg": self.weight.value(),
            "height_cm": self.height_field.value(),
        }

    def widget_for(self, field: str) -> QWidget | None:
        return {
            "product": self.product,
            "target": self.target.line_edit(),
            "costim_domain": self.costim.line_edit(),
            "infusion_time": self.infusion.first_field().value_button(),
            "weight_kg": self.weight.value_button(),
            "height_cm": self.height_field.value_button(),
        }.get(field)

    def _diagnosis_toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def clear(self) -> None:
        self.set_diagnosis(None)
        self.product.clear()
        self.target.set_text("")
        self.costim.set_text("")
        self.infusion.clear()
        self.weight.clear()
        self.height_field.clear()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Diagnosis and CAR-T product"))
        names = {
            "b_all": self.tr("B-ALL"),
            "b_nhl": self.tr("B-NHL / DLBCL"),
            "mm": self.tr("Multiple myeloma (MM)"),
            "neuro_autoimmune": self.tr(
                "Neurological autoimmune disease (incl. myasthenia gravis)"
            ),
            "other": self.tr("Other"),
        }
        for code in DIAGNOSES:
            self.diagnosis_button(code).setText(names[code])
        self._labels["diagnosis"].setText(self.tr("Diagnosis"))
        self._labels["product"].setText(self.tr("Product"))
        self._labels["target"].setText(self.tr("Target"))
        self._labels["costim"].setText(self.tr("Costimulatory domain"))
        self._labels["infusion"].setText(self.tr("Infusion"))
        self.product.setPlaceholderText(self.tr("Product name, e.g. axicabtagene ciloleucel"))
        self.target.line_edit().setPlaceholderText(self.tr("other"))
        self.costim.line_edit().setPlaceholderText(self.tr("other"))
        self.weight.set_label(self.tr("Weight"))
        self.weight.set_unit("kg")
        self.height_field.set_label(self.tr("Height"))
        self.height_field.set_unit("cm")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
