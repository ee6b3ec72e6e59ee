"""Screen 4, Admission: demographics, diagnosis and product, risk group, eligibility, bed."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.messages import msg
from ...logic.models import Patient
from ...logic.validation import ValidationError
from ...service import BedOccupiedError, PermissionDenied, ServiceError
from .. import theme
from ..session import Session
from ..shift_entry.error_banner import ErrorBannerWidget
from ..shift_entry.touch_scroll import TouchScrollArea
from .background_section import BackgroundSection
from .eligibility_section import EligibilitySection
from .identity_section import IdentitySection
from .product_section import ProductSection
from .risk_section import RiskSection, risk_chip_style


class AdmissionScreen(QWidget):
    """Admit a patient into a free bed (nurse or physician; the service checks the role).

    ``admit()`` builds the ``Patient`` from the sections and calls
    ``RecordService.admissions.admit`` with the eligibility items and the birth date; a
    refusal (occupied bed, missing name/MRN/bed, a value out of range, the
    role) is shown in the red banner with the field framed, and nothing is
    saved. On success the form is cleared and ``admitted(episode_id)`` is
    emitted; ``cancelled()`` when the user leaves without admitting.
    ``refresh()`` re-reads the free beds (also done when shown).
    """

    admitted = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        now = session.service.clock
        self.identity = IdentitySection(now)
        self.product = ProductSection(now)
        self.risk = RiskSection(session)
        self.eligibility = EligibilitySection(session)
        self.background = BackgroundSection()
        self.identity.ageChanged.connect(self.risk.set_age)
        self.eligibility.ecogChanged.connect(self._on_ecog)
        self.risk.changed.connect(self._show_risk)

        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("admission_cancel")
        self.cancel_button.setMinimumWidth(120)
        self.cancel_button.clicked.connect(self._cancel)
        self.admit_button = QPushButton()
        self.admit_button.setObjectName("admission_admit")
        self.admit_button.setProperty("role", "primary")
        self.admit_button.setMinimumWidth(200)
        self.admit_button.clicked.connect(self.admit)
        for button in (self.cancel_button, self.admit_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.risk_chip = QLabel()
        self.risk_chip.setObjectName("admission_risk_chip")
        # Clinical-rules §10: the diagnosis chooses the protocol; show which, before saving.
        self.protocol_label = QLabel()
        self.protocol_label.setObjectName("admission_protocol")
        self.protocol_label.setWordWrap(True)
        self.product.changed.connect(self._show_protocol)
        top = QHBoxLayout()
        top.addWidget(self.cancel_button)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.risk_chip)
        top.addWidget(self.admit_button)
        self.banner = ErrorBannerWidget()

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(10)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, widgets in (
            (left, (self.identity, self.product)),
            (right, (self.risk, self.eligibility, self.background)),
        ):
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        self.scroll_area = TouchScrollArea(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The theme frames a refused value button; typed fields and the bed grid too:
        self.setStyleSheet(
            f'QLineEdit[invalid="true"] {{ border: 4px solid {theme.ERROR}; }}'
            f' QWidget#bed_grid[invalid="true"] {{ border: 4px solid {theme.ERROR};'
            " border-radius: 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.protocol_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        self._user = session.user.username if session.user else None
        session.signed_in.connect(self._on_signed_in)
        session.language_changed.connect(self._on_language)
        self.retranslate()
        self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Offer the beds free now (none listed: the bed is typed)."""
        try:
            free = self.session.records.admissions.free_beds()
        except PermissionDenied:
            free = []
        self.identity.bed.set_beds(free)
        self._show_protocol()  # the ward's protocol may have changed

    def patient(self) -> Patient | None:
        """The patient the form describes, or None after showing what is missing."""
        self.banner.clear()
        ident = self.identity.values()
        for fields, where in (
            (self.identity.birth, "birth_date"),
            (self.product.infusion, "infusion_time"),
        ):
            error = fields.error()
            if error:
                self._show(where, error)
                return None
        born = self.identity.birth.value()
        if isinstance(born, date) and born > self.session.service.clock().date():
            self._show("birth_date", self.tr("the birth date is in the future"))
            return None
        if ident["age_years"] is None:
            self._show("age_years", self.tr("enter the age or the birth date"))
            return None
        values = {**ident, **self.product.values(), **self.background.values()}
        if values["weight_kg"] is not None:
            values["weight_time"] = self._now()
        return Patient(risk_factors=self.risk.factors(), **values)

    def admit(self) -> str | None:
        """Admit the patient on the form; returns the episode id, or None if refused."""
        patient = self.patient()
        if patient is None:
            return None
        try:
            episode_id = self.session.records.admissions.admit(
                patient,
                admitted_at=self._now(),
                eligibility=self.eligibility.inputs(),
                birth_date=self.identity.birth_date(),
            )
        except BedOccupiedError as error:
            self._show("bed", self.session.render(error.message))
            self.refresh()
            return None
        except ValidationError as error:
            self._show(error.field.removeprefix("patient."), error.render(self.session.lang))
            return None
        except (PermissionDenied, ServiceError) as error:
            self.banner.show_error(self.tr("Not admitted"), self.session.render(error.message))
            self.banner.show()
            return None
        self.session.notify_saved(episode_id)
        self.reset()
        self.admitted.emit(episode_id)
        return episode_id

    def reset(self) -> None:
        """An empty form (after admitting, cancelling, or another user signing in)."""
        self.banner.clear()
        for section in (self.identity, self.product, self.risk, self.eligibility, self.background):
            section.clear()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.refresh()

    def error_text(self) -> str:
        return "" if self.banner.isHidden() else self.banner.text()

    # -- internals --------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self.session.service.clock().replace(second=0, microsecond=0)

    def _field_name(self, field: str) -> str:
        names = {
            "name": self.tr("Name"),
            "mrn": self.tr("MRN"),
            "bed": self.tr("Bed"),
            "sex": self.tr("Sex"),
            "age_years": self.tr("Age"),
            "birth_date": self.tr("Birth date"),
            "diagnosis": self.tr("Diagnosis"),
            "weight_kg": self.tr("Weight"),
            "height_cm": self.tr("Height"),
            "infusion_time": self.tr("Infusion"),
        }
        if field.startswith("eligibility."):
            return self.session.render(msg(f"record.{field}"))
        return names.get(field, field)

    def _show(self, field: str, message: str) -> None:
        widget = (
            self.identity.widget_for(field)
            or self.product.widget_for(field)
            or self.eligibility.widget_for(field)
        )
        self.banner.show_error(self._field_name(field), message, widget)
        self.banner.show()
        if widget is not None:
            self.scroll_area.ensureWidgetVisible(widget, 40, 80)

    def _on_ecog(self, value) -> None:
        # ECOG ≥ 3 is also a high-risk factor: the typed score sets it (it can be re-toggled)
        if value is not None:
            self.risk.set_factor("ecog_3_or_more", value >= 3)

    def _show_risk(self) -> None:
        risk = self.risk.assessment()
        self.risk_chip.setText(self.session.render(risk.label))
        self.risk_chip.setStyleSheet(risk_chip_style(risk.is_high))

    def _show_protocol(self) -> None:
        try:
            choice = self.session.records.protocols.protocol_choice_for(self.product.diagnosis())
        except PermissionDenied:
            self.protocol_label.setText("")
            return
        r = self.session.render
        self.protocol_label.setText(
            self.tr("Protocol: {protocol} ({why})").format(
                protocol=r(choice.name), why=r(choice.reason)
            )
        )

    def protocol_text(self) -> str:
        return self.protocol_label.text()

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def _on_signed_in(self, user) -> None:
        # The same user back after a lock keeps the form; another user never sees it.
        if user.username != self._user:
            self.reset()
        self._user = user.username
        self.refresh()

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Admit a patient"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.admit_button.setText(self.tr("Admit"))
        self._show_risk()
        self._show_protocol()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
