"""The band at the top of a patient's screen: who, where, which day, which grades."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..logic.patient_protocol import protocol_short_name
from ..logic.timeutil import format_study_day, study_day
from ..service import masked_name
from . import theme
from .widgets.grade_badge import GradeBadge

HEADER_STYLESHEET = f"""
QFrame#patientHeader {{
    background: {theme.PANEL};
    border-bottom: 2px solid {theme.BORDER};
}}
QLabel#bed {{
    font-size: 40px;
    font-weight: bold;
}}
QLabel#name {{
    font-size: {theme.BASE_FONT_PX + 9}px;
    font-weight: bold;
}}
QLabel#day {{
    font-size: {theme.BASE_FONT_PX + 11}px;
    font-weight: bold;
}}
QLabel#risk[high="true"] {{
    background: {theme.TEXT};
    color: #ffffff;
    font-weight: bold;
    border-radius: 4px;
    padding: 1px 6px;
}}
"""


class PatientHeader(QFrame):
    """Bed, name (masked on request), sex and age, weight with its date, diagnosis,
    product/target, D+N, risk group and the current CRS and ICANS badges.

    ``update()`` (or ``refresh()``) re-reads the patient; it happens by itself
    on ``session.record_saved`` for this episode and on language/masking
    changes. Tapping a badge emits ``grade_requested("CRS" | "ICANS")``.
    """

    grade_requested = Signal(str)

    def __init__(
        self, session, episode_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._episode_id = episode_id
        self._patient = None
        self._assessment = None
        self._standing: tuple[int, int] | None = None
        self.setObjectName("patientHeader")
        self.setStyleSheet(HEADER_STYLESHEET)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        def label(name: str) -> QLabel:
            widget = QLabel()
            widget.setObjectName(name)
            return widget

        self._bed = label("bed")
        self._bed.setMinimumWidth(64)
        self._bed.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._name = label("name")
        self._person = label("person")  # sex, age, weight
        self._diagnosis = label("diagnosis")
        # A long diagnosis and protocol ("neurological autoimmune disease · Neuro-immune CAR-T
        # consensus 2025") wraps rather than widening the window past 1280 px.
        self._diagnosis.setWordWrap(True)
        self._product = label("product")
        # Its own line: the product's Chinese and English names never cut off (issue 11).
        self._product.setWordWrap(True)
        self._risk = label("risk")
        self._day = label("day")
        self._day.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._day_caption = label("dayCaption")
        self._day_caption.setProperty("role", "hint")
        self._day_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._crs = GradeBadge("CRS")
        self._icans = GradeBadge("ICANS")
        self._crs.clicked.connect(lambda: self.grade_requested.emit("CRS"))
        self._icans.clicked.connect(lambda: self.grade_requested.emit("ICANS"))

        first = QHBoxLayout()
        first.setSpacing(16)
        first.addWidget(self._name)
        first.addWidget(self._person)
        first.addStretch(1)
        second = QHBoxLayout()
        second.setSpacing(12)
        # The diagnosis takes the row (wrapping only when it must), the risk chip after it.
        second.addWidget(self._diagnosis, 1)
        second.addWidget(self._risk)

        grid = QGridLayout(self)
        grid.setContentsMargins(16, 8, 16, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.addWidget(self._bed, 0, 0, 3, 1)
        grid.addLayout(first, 0, 1)
        grid.addLayout(second, 1, 1)
        grid.addWidget(self._product, 2, 1, 1, 2)
        grid.addWidget(self._day, 0, 2)
        grid.addWidget(self._day_caption, 1, 2)
        grid.addWidget(self._crs, 0, 3, 3, 1)
        grid.addWidget(self._icans, 0, 4, 3, 1)
        grid.setColumnStretch(1, 1)

        # Bound methods, not lambdas: Qt drops the connections when the header goes.
        session.record_saved.connect(self._on_saved)
        session.language_changed.connect(self._on_language_or_mask)
        session.names_masked_changed.connect(self._on_language_or_mask)
        session.signed_in.connect(self._on_signed_in)
        session.locked.connect(self.clear)
        session.signed_out.connect(self.clear)
        self.refresh()

    # -- model API -----------------------------------------------------------------------
    def episode_id(self) -> str | None:
        return self._episode_id

    def set_episode(self, episode_id: str | None) -> None:
        self._episode_id = episode_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the patient and the (cached) assessment, then redraw."""
        if self._episode_id is None or self._session.user is None:
            self.clear()
            return
        service = self._session.service
        self._patient = service.patient(self._episode_id)
        view = service.episode_view(self._episode_id)
        self._assessment = view.assessment
        self._standing = view.standing_grades
        self.retranslate()

    def update(self, *args) -> None:
        """With no arguments: ``refresh()``; with a region: QWidget's repaint request."""
        if not args:
            self.refresh()
        super().update(*args)

    def clear(self) -> None:
        """Show nothing about the patient (the tablet locked)."""
        self._patient = None
        self._assessment = None
        self._standing = None
        self.retranslate()

    def crs_badge(self) -> GradeBadge:
        return self._crs

    def icans_badge(self) -> GradeBadge:
        return self._icans

    def texts(self) -> dict[str, str]:
        return {
            "bed": self._bed.text(),
            "name": self._name.text(),
            "person": self._person.text(),
            "diagnosis": self._diagnosis.text(),
            "product": self._product.text(),
            "risk": self._risk.text(),
            "day": self._day.text(),
            "day_caption": self._day_caption.text(),
            "crs": self._crs.text(),
            "icans": self._icans.text(),
        }

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        p, a = self._patient, self._assessment
        self._day_caption.setText(self.tr("since infusion") if p is not None else "")
        if p is None or a is None:
            for widget in (
                self._bed,
                self._name,
                self._person,
                self._diagnosis,
                self._product,
                self._risk,
                self._day,
            ):
                widget.setText("")
            self._risk.setProperty("high", False)
            theme.repolish(self._risk)
            self._crs.set_grade(None)
            self._icans.set_grade(None)
            return
        self._bed.setText(p.bed)
        self._bed.setAccessibleName(self.tr("Bed {bed}").format(bed=p.bed))
        self._name.setText(masked_name(p.name) if self._session.names_masked else p.name)
        self._person.setText(
            "  ·  ".join(
                part
                for part in (
                    self.sex_text(p.sex),
                    self.age_text(p.age_years),
                    self.weight_text(p.weight_kg, p.weight_time),
                )
                if part
            )
        )
        # The patient's protocol (§10), by its short name, beside the diagnosis that chose it.
        self._diagnosis.setText(
            self.tr("{diagnosis} · {protocol}").format(
                diagnosis=self.diagnosis_text(p.diagnosis),
                protocol=self._session.render(protocol_short_name(a.protocol_id)),
            )
        )
        product = " · ".join(part for part in (p.product, p.target) if part)
        if p.costim_domain:
            product += f" ({p.costim_domain})"
        self._product.setText(product)
        self._product.setToolTip(product)
        self._risk.setText(self._session.render(a.risk.label))
        self._risk.setProperty("high", a.risk.is_high)
        theme.repolish(self._risk)
        if p.infusion_time is not None:
            day = study_day(self._session.service.clock(), p.infusion_time)
            self._day.setText(format_study_day(day))
        else:
            self._day.setText("–")
        # §11: the grade that stands (a physician's correction), the computed one beside it.
        standing = self._standing or (a.crs.grade, a.icans.grade)
        for badge, kind, shown, computed in (
            (self._crs, "CRS", standing[0], a.crs.grade),
            (self._icans, "ICANS", standing[1], a.icans.grade),
        ):
            badge.set_grade(shown)
            beside = (
                self.tr("physician's grade ({kind} computed {grade})").format(
                    kind=kind, grade=computed
                )
                if shown != computed
                else ""
            )
            badge.setToolTip(beside)
            badge.setAccessibleDescription(beside)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sex_text(self, sex: str | None) -> str:
        return {"M": self.tr("male"), "F": self.tr("female")}.get(sex or "", "")

    def age_text(self, age_years: float) -> str:
        if age_years < 2:
            return self.tr("{months} months").format(months=int(age_years * 12))
        return self.tr("{years} y").format(years=int(age_years))

    def weight_text(self, weight_kg: float | None, when: datetime | None) -> str:
        if weight_kg is None:
            return self.tr("weight not recorded")
        kg = f"{weight_kg:.1f}".rstrip("0").rstrip(".")
        if when is None:
            return self.tr("{kg} kg").format(kg=kg)
        return self.tr("{kg} kg ({date})").format(kg=kg, date=when.strftime("%m-%d %H:%M"))

    def diagnosis_text(self, code: str | None) -> str:
        names = {
            "b_all": self.tr("B-ALL"),
            "b_nhl": self.tr("B-cell lymphoma"),
            "mm": self.tr("Multiple myeloma"),
            "neuro_autoimmune": self.tr("Autoimmune neurological disease"),
            "other": self.tr("Other diagnosis"),
        }
        return names.get(code or "", code or "")

    # -- internals -------------------------------------------------------------------------
    def _on_language_or_mask(self, _value) -> None:
        self.retranslate()

    def _on_signed_in(self, _user) -> None:
        self.refresh()

    def _on_saved(self, episode_id: str) -> None:
        if episode_id == self._episode_id:
            self.refresh()
