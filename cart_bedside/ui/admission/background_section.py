"""Admission, part 5: HBV status, prior CNS disease and the conditions that change a rule."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .. import theme
from ..qt_types import group_button
from .toggle_button import ToggleButton

#: Stored ``Patient.hbv_status`` codes (None: not known). HBsAg positive also sets the
#: ``hbsag_positive`` condition the HBV rules read (seed 000 7.2).
HBV_STATUSES: tuple[str | None, ...] = (
    "negative",
    "hbsag_negative_anti_hbc_positive",
    "hbsag_positive",
    None,
)
#: Conditions offered here (``KNOWN_CONDITIONS``); each changes a rule.
CONDITIONS: tuple[str, ...] = ("myasthenia_gravis", "developmental_delay")


class BackgroundSection(QGroupBox):
    """HBV status (one of ``HBV_STATUSES``) and HBeAg, prior CNS disease, myasthenia
    gravis, developmental delay (CAPD instead of ICE from 12 years).

    ``values()`` gives ``hbv_status``, ``prior_cns_disease`` and ``conditions``;
    ``set_values()``; ``hbv_button(code)``, ``toggle(name)``. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hbv = QButtonGroup(self)
        self._hbv.setExclusive(True)
        self._hbv_label = QLabel()
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.addWidget(self._hbv_label, 0, 0, 1, 2)
        for index, code in enumerate(HBV_STATUSES):
            button = QPushButton()
            button.setObjectName(f"hbv_{code or 'unknown'}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            theme.touch_size(button)
            self._hbv.addButton(button, index)
            grid.addWidget(button, 1 + index // 2, index % 2)
        self._hbv.button(HBV_STATUSES.index(None)).setChecked(True)
        self._hbv.idToggled.connect(self._on_hbv)
        self._toggles: dict[str, ToggleButton] = {}
        for index, name in enumerate(("hbeag_positive", "prior_cns_disease", *CONDITIONS)):
            toggle = ToggleButton()
            toggle.setObjectName(f"toggle_{name}")
            toggle.toggled.connect(lambda _on: self.changed.emit())
            self._toggles[name] = toggle
            grid.addWidget(toggle, 3 + index // 2, index % 2)
        self._on_hbv(0, True)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def hbv_status(self) -> str | None:
        return HBV_STATUSES[max(0, self._hbv.checkedId())]

    def hbv_button(self, code: str | None) -> QPushButton:
        return group_button(self._hbv, HBV_STATUSES.index(code))

    def toggle(self, name: str) -> ToggleButton:
        return self._toggles[name]

    def values(self) -> dict:
        conditions = [c for c in CONDITIONS if self._toggles[c].isChecked()]
        if self.hbv_status() == "hbsag_positive":
            conditions.append("hbsag_positive")
            if self._toggles["hbeag_positive"].isChecked():
                conditions.append("hbeag_positive")
        return {
            "hbv_status": self.hbv_status(),
            "conditions": tuple(conditions),
            "prior_cns_disease": self._toggles["prior_cns_disease"].isChecked(),
        }

    def set_values(
        self, hbv_status: str | None, prior_cns_disease: bool, conditions: tuple[str, ...]
    ) -> None:
        code = hbv_status if hbv_status in HBV_STATUSES else None
        self.hbv_button(code).setChecked(True)
        self._toggles["prior_cns_disease"].setChecked(prior_cns_disease)
        for name in (*CONDITIONS, "hbeag_positive"):
            self._toggles[name].setChecked(name in conditions)

    def clear(self) -> None:
        self.set_values(None, False, ())

    def _on_hbv(self, _index: int, checked: bool) -> None:
        if not checked:
            return
        # HBeAg only means something with HBsAg positive
        positive = self.hbv_status() == "hbsag_positive"
        self._toggles["hbeag_positive"].setEnabled(positive)
        if not positive:
            self._toggles["hbeag_positive"].setChecked(False)
        self.changed.emit()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("HBV, CNS and conditions"))
        self._hbv_label.setText(self.tr("HBV status"))
        texts = (
            self.tr("Negative"),
            self.tr("HBsAg− / anti-HBc+"),
            self.tr("HBsAg positive"),
            self.tr("Not known"),
        )
        for index, text in enumerate(texts):
            self._hbv.button(index).setText(text)
        labels = {
            "hbeag_positive": self.tr("HBeAg positive"),
            "prior_cns_disease": self.tr("Prior CNS disease"),
            "myasthenia_gravis": self.tr("Myasthenia gravis (avoid quinolones and sulfonamides)"),
            "developmental_delay": self.tr("Developmental delay (CAPD instead of ICE)"),
        }
        for name, toggle in self._toggles.items():
            toggle.set_label(labels[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
