"""The Labs tab: enter results on the keypad, see the latest values, their alerts and ICAHT."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.findings import Alert
from ...logic.followup_line import Flag, count_flagged
from ...logic.immunology_status import ImmunologyFollowUp
from ...logic.validation import ValidationError
from ...service import PermissionDenied, ServiceError
from ...service.labs import LabRecorded, LabSpec
from .. import theme
from ..session import Session
from ..shift_entry.touch_scroll import TouchScrollArea
from ..widgets.number_field import NumberField
from ..widgets.numeric_keypad import NumericKeypad
from .followup_panel import FollowUpPanel, Section
from .formatting import error_message, say
from .latest_labs_model import LatestLabsModel
from .page_switch import PageSwitch
from .refreshing_tab import RefreshingTab
from .table_view import TouchTableView
from .time_stepper import TimeStepper

#: Alerts the labs raise (HLH/MAS from ferritin, neutropenia, IVIG, HBV, CRP work-up).
LAB_ALERTS = (
    "hlh_mas_suspected",
    "severe_neutropenia",
    "ivig_suggested",
    "immunoglobulin_workup_suggested",
    "hbv_reactivation",
    "infection_workup_suggested",
)
FIELD_COLUMNS = 2
LATEST, FOLLOWUP = "latest", "followup"


class LabsTab(RefreshingTab):
    """``LabsTab(session, episode_id)``.

    Left: one :class:`NumberField` per lab of ``RecordService.labs.panel()``
    (unit and accepted range shown; typed on the keypad beside them) and the
    time (now unless stepped back); "Save results" records each value given.
    Right: the ICAHT grade, the lab alerts (those just raised first), and the
    latest value of each lab (:class:`LatestLabsModel`) or, on its button, the
    IgG/IVIG plan and the HBV follow-up (``records.followup.immunology``).
    Signal ``labs_recorded(list[LabRecorded])``.
    """

    labs_recorded = Signal(list)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, parent)
        self.specs: list[LabSpec] = self.record.labs.panel()
        self._raised: list[Alert] = []
        self._error = ""
        self.keypad = NumericKeypad()
        self.keypad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.fields: dict[str, NumberField] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(10)
        previous: NumberField | None = None
        for index, spec in enumerate(self.specs):
            field = NumberField("", spec.unit, spec.range.decimals, spec.range.low, spec.range.high)
            field.setObjectName(f"lab_{spec.name}")
            field.set_keypad(self.keypad)
            if previous is not None:
                previous.set_next_field(field)
            previous = field
            self.fields[spec.name] = field
            grid.addWidget(field, index // FIELD_COLUMNS, index % FIELD_COLUMNS)
        self.entry_area = TouchScrollArea(grid_host)
        self.entry_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = self.entry_area.verticalScrollBar().sizeHint().width()
        self.entry_area.setMinimumWidth(grid_host.minimumSizeHint().width() + scroll_bar + 4)
        self.keypad.targetChanged.connect(self._show_target)
        self.time = TimeStepper(session.service.clock)
        self.save_button = QPushButton()
        self.save_button.setObjectName("labs_save")
        self.save_button.setProperty("role", "primary")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("labs_clear")
        for button in (self.save_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(150)
            theme.touch_size(button)
        self.save_button.clicked.connect(lambda: self.save())
        self.clear_button.clicked.connect(self.clear_entry)
        self.message = QLabel()
        self.message.setObjectName("labs_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.icaht = QLabel()
        self.icaht.setObjectName("icaht")
        self.icaht.setWordWrap(True)
        self.icaht.setStyleSheet(f"font-size: {theme.BASE_FONT_PX + 2}px; font-weight: bold;")
        self.alerts = QLabel()
        self.alerts.setObjectName("lab_alerts")
        self.alerts.setWordWrap(True)
        self.model = LatestLabsModel(self)
        # The lab name sized to its text ("中性粒细胞绝对计数" whole); "previous" stretches.
        self.table = TouchTableView(self.model, stretch=(4,))
        self.followup = FollowUpPanel(session.render)
        self.followup.setObjectName("immunology_panel")
        self.pages = PageSwitch()
        self.pages.add_page(LATEST, self.table)
        self.pages.add_page(FOLLOWUP, self.followup)
        self.immunology: ImmunologyFollowUp | None = None

        top = QHBoxLayout()
        top.addWidget(self.time)
        top.addWidget(self.message, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.save_button)
        summary = QWidget()
        summary_box = QVBoxLayout(summary)
        summary_box.setContentsMargins(0, 0, 0, 0)
        summary_box.addWidget(self.icaht)
        summary_box.addWidget(self.alerts)
        summary_box.addStretch(1)
        self.summary_area = TouchScrollArea(summary)
        self.summary_area.setMaximumHeight(170)
        self.summary_area.setMinimumHeight(140)  # the page below stretches, not this
        right = QVBoxLayout()
        right.addWidget(self.summary_area)
        right.addWidget(self.pages, 1)
        body = QHBoxLayout()
        body.addWidget(self.entry_area, 5)
        body.addWidget(self.keypad)
        body.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()
        self.refresh()

    # -- API --------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.session.service
        labs = self.record.labs.results(self.episode_id)
        self.model.set_labs(labs, self.session.render, [s.name for s in self.specs])
        render = self.session.render
        icaht = self.record.labs.icaht(self.episode_id)
        reasons = [render(m) for m in icaht.early.reasons] + [render(m) for m in icaht.late.reasons]
        self.icaht.setText(
            "\n".join([self.tr("ICAHT: {summary}").format(summary=render(icaht.summary)), *reasons])
        )
        current = [a for a in service.assessment(self.episode_id).alerts if a.code in LAB_ALERTS]
        raised = {a.code for a in self._raised}
        lines = [
            self.tr("New: {alert}").format(alert=render(a.message))
            for a in current
            if a.code in raised
        ]
        lines += [f"• {render(a.message)}" for a in current if a.code not in raised]
        self.alerts.setText("\n".join(lines) or self.tr("No alerts from the labs."))
        self.alerts.setProperty("role", "error" if current else "hint")
        theme.repolish(self.alerts)
        self.immunology = self.record.followup.immunology(self.episode_id)
        self._show_followup()
        self._update()

    def values(self) -> dict[str, float]:
        return {name: v for name, f in self.fields.items() if (v := f.value()) is not None}

    def set_values(self, values: dict[str, float]) -> None:
        for name, value in values.items():
            self.fields[name].set_value(value)

    def clear_entry(self) -> None:
        self.keypad.cancel()
        for field in self.fields.values():
            field.clear()
        self._show_message("")

    def save(self) -> list[LabRecorded]:
        """Record every value entered, at the chosen time; returns what was saved."""
        if self.keypad.target() is not None and not self.keypad.commit():
            return []  # the keypad shows why the value typed is refused
        values = self.values()
        if not values:
            self._show_message(self.tr("Enter at least one result first."), error=True)
            return []
        self.keypad.cancel()
        time = self.time.time()
        saved: list[LabRecorded] = []
        for spec in self.specs:
            if spec.name not in values:
                continue
            try:
                saved.append(
                    self.record.labs.record(
                        self.episode_id, spec.name, values[spec.name], spec.unit, time
                    )
                )
            except (ValidationError, PermissionDenied, ServiceError) as error:
                text = say(self.session.render, error_message(error))
                self._show_message(f"{self.session.render(spec.label)}: {text}", error=True)
                break
            self.fields[spec.name].clear()
        if saved:
            self._raised = [a for s in saved for a in s.raised]
            if not self._error:
                self._show_message(self.tr("{count} result(s) saved.").format(count=len(saved)))
            self.labs_recorded.emit(saved)
            self.saved()
        return saved

    def message_text(self) -> str:
        return self.message.text()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for spec in self.specs:
            self.fields[spec.name].set_label(self.session.render(spec.label))
        self.save_button.setText(self.tr("Save results"))
        self.clear_button.setText(self.tr("Clear"))
        self.pages.set_text(LATEST, self.tr("Latest results"))
        self.model.retranslate()
        self._show_followup()

    # -- internals --------------------------------------------------------------------------
    def _show_followup(self) -> None:
        """IgG/IVIG (§7 hypogammaglobulinaemia) and HBV (§7); the button counts what is to do."""
        follow = self.immunology
        ivig = follow.ivig if follow is not None else ()
        hbv = follow.hbv if follow is not None else ()
        to_do = count_flagged((*ivig, *hbv), Flag.DUE, Flag.WARNING)
        title = self.tr("IgG · IVIG · HBV")
        self.pages.set_text(
            FOLLOWUP,
            self.tr("{title} · {count} to do").format(title=title, count=to_do) if to_do else title,
        )
        empty = self.tr("No infusion time recorded yet: the follow-up is counted from it.")
        self.followup.set_sections(
            [
                Section(self.tr("IgG and IVIG (hypogammaglobulinaemia)"), (), ivig, empty),
                Section(self.tr("Hepatitis B reactivation"), (), hbv),
            ]
        )

    def _show_message(self, text: str, error: bool = False) -> None:
        self._error = text if error else ""
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "hint")
        theme.repolish(self.message)

    def _show_target(self, target: object) -> None:
        """The field being typed stays in view as OK moves down the list."""
        if isinstance(target, NumberField):
            self.entry_area.ensureWidgetVisible(target, 0, 8)

    def _update(self) -> None:
        self.save_button.setEnabled(self.session.service.can("chart"))
