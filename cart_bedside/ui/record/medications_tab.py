"""The Medications tab: tocilizumab and steroids at a glance, every dose, record a dose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.followup_line import Flag, count_flagged
from ...logic.infection import MYASTHENIA
from ...logic.prophylaxis_status import ProphylaxisStatus
from ...service.medications import DoseRecorded, MedicationSummary
from .. import theme
from ..session import Session
from ..shift_entry.touch_scroll import TouchScrollArea
from .dose_dialog import DoseDialog
from .dose_table_model import DoseTableModel
from .followup_panel import FollowUpPanel, Section
from .formatting import display_names
from .page_switch import PageSwitch
from .refreshing_tab import RefreshingTab
from .steroid_panel import SteroidPanel
from .table_view import TouchTableView
from .toci_panel import TocilizumabPanel

#: Alerts shown above the doses: a myasthenia patient's antibiotic cautions.
MG_ALERTS = ("avoid_quinolones_sulfonamides", "contraindicated_antibiotic_recorded")
DOSES, PROPHYLAXIS = "doses", "prophylaxis"
WARNING_STYLE = (
    "border: 2px solid #8a4b00; border-radius: 6px; background: #fff4e6;"
    " padding: 6px 10px; color: #5c3200;"
)


class MedicationsTab(RefreshingTab):
    """``MedicationsTab(session, episode_id)``.

    Left: the :class:`TocilizumabPanel` and :class:`SteroidPanel`; right: every
    dose (:class:`DoseTableModel`) or, on its button, the infection prophylaxis
    due until neutrophil recovery (``records.followup.prophylaxis``; the button
    counts what is to do). "Record a dose" opens a :class:`DoseDialog`;
    after a save the dose's warnings show in a banner and the patient's screens
    redraw (``session.notify_saved``). Signal ``dose_recorded(object DoseRecorded)``.
    """

    dose_recorded = Signal(object)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, parent)
        self.summary: MedicationSummary | None = None
        self._last: DoseRecorded | None = None
        self.record_button = QPushButton()
        self.record_button.setObjectName("record_dose")
        self.record_button.setProperty("role", "primary")
        self.record_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The theme's min-width wins over setMinimumWidth(): widen it in its own sheet.
        self.record_button.setStyleSheet("min-width: 220px;")
        self.record_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        theme.touch_size(self.record_button)
        self.record_button.clicked.connect(self.open_dose_dialog)
        self.mg_warning = QLabel()
        self.mg_warning.setObjectName("mg_warning")
        self.mg_warning.setWordWrap(True)
        self.mg_warning.setStyleSheet(WARNING_STYLE)
        self.banner = QLabel()
        self.banner.setObjectName("dose_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARNING_STYLE)
        self.toci = TocilizumabPanel(session.render)
        self.steroids = SteroidPanel(session.render)
        self.model = DoseTableModel(self)
        # The drug is sized to its name (never "托…"); the notes take the spare width.
        self.table = TouchTableView(self.model, stretch=(7,))
        self.prophylaxis = FollowUpPanel(session.render)
        self.prophylaxis.setObjectName("prophylaxis_panel")
        self.pages = PageSwitch()
        self.pages.add_page(DOSES, self.table)
        self.pages.add_page(PROPHYLAXIS, self.prophylaxis)
        self.prophylaxis_status: ProphylaxisStatus | None = None

        panels = QWidget()
        column = QVBoxLayout(panels)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toci)
        column.addWidget(self.steroids)
        column.addStretch(1)
        self.panels = TouchScrollArea(panels)
        self.panels.setMinimumWidth(420)
        self.panels.setMaximumWidth(440)
        top = QHBoxLayout()
        top.addWidget(self.record_button)
        top.addWidget(self.banner, 1)
        top.addStretch(0)
        body = QHBoxLayout()
        body.addWidget(self.panels)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.mg_warning)
        layout.addLayout(body, 1)
        self.banner.hide()
        self.mg_warning.hide()
        self.retranslate()
        self.refresh()

    # -- API --------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.session.service
        self.summary = self.record.medications.medication_summary(self.episode_id)
        names = display_names(service)
        self.toci.set_status(self.summary.tocilizumab, self.summary.doses, names)
        self.steroids.set_exposure(self.summary.steroids)
        self.model.set_doses(self.summary.doses, self.session.render, names)
        patient = service.patient(self.episode_id)
        alerts = [a for a in service.assessment(self.episode_id).alerts if a.code in MG_ALERTS]
        lines = [self.session.render(a.message) for a in alerts]
        if not lines and patient.has(MYASTHENIA):
            lines = [self.tr("Myasthenia gravis: avoid quinolones and sulfonamides.")]
        self.mg_warning.setText("\n".join(lines))
        self.mg_warning.setVisible(bool(lines))
        self.record_button.setEnabled(service.can("chart"))
        self.prophylaxis_status = self.record.followup.prophylaxis(self.episode_id)
        self._show_prophylaxis()
        self._show_banner()

    def open_dose_dialog(self) -> DoseDialog:
        """The dose form (modal, opened with ``open()``)."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = DoseDialog(self.session, self.record, self.episode_id, self.window())
        self.dialog.recorded.connect(self._on_recorded)
        self.dialog.open()
        return self.dialog

    def banner_text(self) -> str:
        return self.banner.text() if self._last is not None else ""

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.record_button.setText(self.tr("Record a dose…"))
        self.pages.set_text(DOSES, self.tr("Doses given (newest first)"))
        self.model.retranslate()
        self._show_prophylaxis()
        self._show_banner()

    # -- internals --------------------------------------------------------------------------
    def _show_prophylaxis(self) -> None:
        """The prophylaxis page and its button, which counts what is to do (§4 Infection)."""
        status = self.prophylaxis_status
        lines = status.lines if status is not None else ()
        to_do = count_flagged(lines, Flag.DUE, Flag.WARNING)
        title = self.tr("Infection prophylaxis")
        self.pages.set_text(
            PROPHYLAXIS,
            self.tr("{title} · {count} to do").format(title=title, count=to_do) if to_do else title,
        )
        summary = (
            ((status.neutrophils.message, status.neutrophils.source),) if status is not None else ()
        )
        self.prophylaxis.set_sections(
            [
                Section(
                    self.tr("Infection prophylaxis until neutrophil recovery"),
                    summary,
                    lines,
                    self.tr("No infusion time recorded yet: prophylaxis is counted from it."),
                )
            ]
        )

    def _on_recorded(self, result: DoseRecorded) -> None:
        self._last = result
        self.dose_recorded.emit(result)
        self.saved()  # → record_saved → refresh (this tab, the header, the board)
        self._show_banner()

    def _show_banner(self) -> None:
        result = self._last
        if result is None:
            self.banner.hide()
            return
        lines = [self.tr("Dose recorded.")]
        if result.overridden:
            lines.append(
                self.tr("Limit overridden by {user}: {reason}").format(
                    user=display_names(self.session.service).get(
                        result.dose.given_by or "", result.dose.given_by
                    ),
                    reason=result.dose.override_reason,
                )
            )
        lines += [self.session.render(w) for w in result.warnings]
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(True)
