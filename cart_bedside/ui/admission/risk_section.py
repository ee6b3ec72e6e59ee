"""Admission, part 3: the pre-infusion high-risk factors and the risk group, live."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...logic.messages import msg
from ...logic.models import HighRiskFactors
from ...logic.risk import RiskAssessment, high_risk_group_from
from .. import theme
from ..session import Session
from .toggle_button import ToggleButton

FACTORS: tuple[str, ...] = tuple(f.name for f in fields(HighRiskFactors))
_HIGH_STYLE = (
    f"background: {theme.ERROR}; color: #ffffff; font-weight: bold;"
    " border-radius: 6px; padding: 6px 12px;"
)
_STANDARD_STYLE = (
    f"background: {theme.PANEL}; color: {theme.TEXT}; font-weight: bold;"
    f" border: 2px solid {theme.BORDER}; border-radius: 6px; padding: 6px 12px;"
)


def risk_chip_style(high: bool) -> str:
    """The look of the risk-group label (also used in the screen's top bar)."""
    return _HIGH_STYLE if high else _STANDARD_STYLE


class RiskSection(QGroupBox):
    """One toggle per factor of seed 000 6.1.1 (catalogue words); age ≥ 70 comes from
    the age (``set_age``). The group and its reasons are the logic layer's
    (``high_risk_group_from``), redrawn at every tap.

    ``factors()``, ``set_factors()``, ``assessment()``, ``toggle(name)``,
    ``group_text()``. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._age: float | None = None
        self._toggles: dict[str, ToggleButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for index, name in enumerate(FACTORS):
            toggle = ToggleButton()
            toggle.setObjectName(f"risk_{name}")
            toggle.toggled.connect(lambda _on: self._refresh())
            self._toggles[name] = toggle
            grid.addWidget(toggle, index // 2, index % 2)
        self._group = QLabel()
        self._group.setObjectName("risk_group")
        self._reasons = QLabel()
        self._reasons.setObjectName("risk_reasons")
        self._reasons.setWordWrap(True)
        self._note = QLabel()
        self._note.setProperty("role", "hint")
        self._note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self._group)
        layout.addWidget(self._reasons)
        layout.addWidget(self._note)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- model API ------------------------------------------------------------------------
    def factors(self) -> HighRiskFactors:
        return HighRiskFactors(**{n: t.isChecked() for n, t in self._toggles.items()})

    def set_factors(self, factors: HighRiskFactors) -> None:
        for name, toggle in self._toggles.items():
            toggle.setChecked(bool(getattr(factors, name)))

    def set_factor(self, name: str, on: bool) -> None:
        self._toggles[name].setChecked(on)

    def toggle(self, name: str) -> ToggleButton:
        return self._toggles[name]

    def set_age(self, age_years: float | None) -> None:
        self._age = age_years
        self._refresh()

    def assessment(self) -> RiskAssessment:
        return high_risk_group_from(self.factors(), self._age)

    def group_text(self) -> str:
        return self._group.text()

    def reasons_text(self) -> str:
        return self._reasons.text()

    def clear(self) -> None:
        self.set_factors(HighRiskFactors())
        self.set_age(None)

    # -- display ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        risk = self.assessment()
        render = self._session.render
        self._group.setText(self.tr("Risk group: {group}").format(group=render(risk.label)))
        self._group.setStyleSheet(risk_chip_style(risk.is_high))
        self._reasons.setText("\n".join(f"• {render(r)}" for r in risk.reasons))
        self._reasons.setVisible(bool(risk.reasons))
        self.changed.emit()

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pre-infusion high-risk factors"))
        for name, toggle in self._toggles.items():
            toggle.set_label(self._session.render(msg(f"risk.factor.{name}")))
        self._note.setText(
            self.tr(
                "Any factor, or age 70 or over, puts the patient in the high-risk group "
                "(re-assessed on D1–D2 after lymphodepletion)."
            )
        )
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
