"""What a handover sheet says, gathered from each patient's episode view (no PDF).

:func:`gather_handover` reads the occupied beds (or one bed) and, per
patient, the :class:`~cart_bedside.service.episode_view.EpisodeView` at
``now`` (the same records, assessment, physician's grades, protocol and
settings the board shows) and collects the SBAR content of issue 6. Everything
here is plain data; the PDF is drawn by :mod:`cart_bedside.reports.handover`.

Decisions (documented for the ward):

- **Which shift.** The sheet hands over one shift: by default the shift
  ``now`` falls in; with ``shift_name`` the latest shift of that name that
  has started (printed at 08:05 with ``night``: the night that just ended).
  "This shift" balances are that shift's; "next shift" is the one after it.
- **Overdue tasks** are the monitoring schedule's tasks overdue at ``now``
  from the start of the handed-over shift (the episode view's schedule),
  plus the ward's own open tasks (the ``tasks`` table) whose due time has
  passed. **Tasks due next shift** are the still-open tasks due before the
  next shift ends; checks recorded as not done are listed with their reason.
- **Doses listed** in full (with time) are the CRS/ICANS drugs: tocilizumab,
  siltuximab, anakinra and corticosteroids; other drugs given in the last
  24 h are counted per drug.
- **Balance**: this shift, the 24 h before the end of the handed-over shift
  (or ``now`` if earlier), and cumulative since infusion (since admission
  before it).
- **Grades and step**: the physician's grade stands where one does (§11),
  with the computed one and the reason beside it; the suggested step
  (``plan``) follows the grade that stands, as the episode view says.
- **Alerts**: the assessment's alerts except standing reminders (severity
  info), as on the ward board; an acknowledged alert is listed with who
  acknowledged it and when.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..logic import drugs
from ..logic.assessment import Assessment
from ..logic.findings import Alert, Severity
from ..logic.fluids import BalanceTotals, FluidSummary, WeightChange, balance, weight_change
from ..logic.followup_line import FollowUpLine
from ..logic.hlh import HlhChecklist
from ..logic.messages import Message, msg
from ..logic.models import MedicationDose, NeuroAssessment, Patient, VitalSigns, bed_key
from ..logic.patient_protocol import ProtocolChoice
from ..logic.physician_grade import ShownGrade
from ..logic.protocols import ManagementPlan
from ..logic.schedule import TaskStatus
from ..logic.shifts import Shift, ShiftSettings, shift_of
from ..logic.timeutil import study_day
from ..plots.data import MARKED_DRUGS, TrendData
from ..service.episode_view import EpisodeView
from ..service.followup import followup_to_do
from ..service.grades import GradeConfirmation
from ..service.handover_reads import Reader, WardTask, read_handover
from .gc_pause import old_objects_frozen

DAY = timedelta(days=1)


@dataclass(frozen=True)
class Confirmation:
    """Whether a grade was confirmed (co-signed), by whom and when."""

    confirmed: bool
    by: str | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class TaskLine:
    """One task on the sheet: its text, when it is due and whether it is overdue."""

    message: Message
    due_at: datetime
    overdue: bool
    ward_task: bool = False  # from the ward's own task list, not the schedule
    short: Message | None = None  # what the ward page says: the kind of check only
    not_done: Message | None = None  # recorded as not done: why (§12)
    latest: datetime | None = None  # a window of days: due at the latest (Task.latest)


@dataclass(frozen=True)
class AlertLine:
    alert: Alert
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None


@dataclass(frozen=True)
class PatientSheet:
    """Everything one patient's SBAR page shows."""

    episode_id: str
    bed: str
    patient: Patient
    admitted_at: datetime
    infusion_time: datetime | None
    day: int
    assessment: Assessment
    crs_confirmation: Confirmation
    icans_confirmation: Confirmation
    crs_max_at: datetime | None  # when the highest CRS grade was first reached
    icans_max_at: datetime | None
    doses: tuple[MedicationDose, ...]  # CRS/ICANS drugs since admission, oldest first
    other_doses_24h: tuple[tuple[str, int], ...]  # (drug, count) in the last 24 h
    last_vitals: VitalSigns | None
    last_neuro: NeuroAssessment | None  # the latest check with an ICE or CAPD result
    shift_balance: BalanceTotals
    fluid: FluidSummary  # per fluid day, since infusion and admission (the episode view's, §6)
    cumulative: BalanceTotals | None  # since infusion (since admission before it)
    weight: WeightChange | None
    alerts: tuple[AlertLine, ...]
    overdue: tuple[TaskLine, ...]
    due_next: tuple[TaskLine, ...]
    trend: TrendData = field(repr=False, compare=False)
    protocol: ProtocolChoice | None = None  # the patient's protocol, named, with why (§10)
    crs_shown: ShownGrade | None = None  # the grade that stands, computed one beside (§11)
    icans_shown: ShownGrade | None = None
    not_done: tuple[TaskLine, ...] = ()  # checks recorded as not done this shift (§12)
    # The protocol's suggested step for the grades that stand (a physician's correction, §11).
    plan: ManagementPlan | None = None
    # The HLH/MAS checklist while hlh_mas_suspected is raised (§4; the panel the alert opens).
    hlh: HlhChecklist | None = None
    followup: tuple[FollowUpLine, ...] = ()  # prophylaxis, IgG, HBV to do now (§4, §7)

    @property
    def crs_grade(self) -> int:
        return self.assessment.crs.grade

    @property
    def icans_grade(self) -> int:
        return self.assessment.icans.grade


@dataclass(frozen=True)
class HandoverSheet:
    """A whole handover: header facts and one :class:`PatientSheet` per bed."""

    ward_name: str
    printed_at: datetime
    printed_by: str  # username
    printed_by_name: str  # display name (the username if unknown)
    shift: Shift
    next_shift: Shift
    patients: tuple[PatientSheet, ...]
    bed: str | None = None  # one patient's sheet
    anchor: str = ""  # the audit chain head when gathered (docs/security.md)
    shift_label: Message | None = None  # the shift as the ward names it (白班/大夜班 …)
    #: printed from a device enrolled with a ward server: its copy is as of the last sync
    enrolled: bool = False
    synced_at: datetime | None = None  # local time; None: never synced

    @property
    def shift_words(self) -> Message:
        return self.shift_label or self.shift.label

    @property
    def beds(self) -> list[str]:
        return [p.bed for p in self.patients]


class UnknownBedError(LookupError):
    """No occupied bed of that name."""

    def __init__(self, bed: str, occupied: Sequence[str]) -> None:
        super().__init__(bed)
        self.bed = bed
        self.occupied = list(occupied)
        self.message = msg(
            "handover.error.unknown_bed", bed=bed, beds=", ".join(occupied) if occupied else "—"
        )


def handover_shift(
    now: datetime, name: str | None = None, settings: ShiftSettings | None = None
) -> Shift:
    """The shift handed over: the current one, or the latest started shift called ``name``."""
    settings = settings or ShiftSettings()
    shift = shift_of(now, settings)
    if name is None:
        return shift
    if name not in settings.names:
        raise ValueError(f"unknown shift {name!r}; the ward's shifts: {', '.join(settings.names)}")
    for _ in range(len(settings.names) + 1):
        if shift.name == name:
            return shift
        shift = shift_of(shift.start - timedelta(minutes=1), settings)
    raise AssertionError("unreachable: every shift name recurs within a day")


def gather_handover(
    reader: Reader,
    *,
    now: datetime | None = None,
    shift_name: str | None = None,
    bed: str | None = None,
    user: str = "system",
    settings: ShiftSettings | None = None,
) -> HandoverSheet:
    """Read every occupied bed's episode view (or ``bed``'s only) for a handover at ``now``.

    Settings are the ward's (shifts: ``settings`` if given), as on the board, so
    the sheet and the screen never disagree.
    """
    with old_objects_frozen():  # reports/gc_pause.py
        return _gather(reader, now, shift_name, bed, user, settings)


def _gather(
    reader: Reader,
    now: datetime | None,
    shift_name: str | None,
    bed: str | None,
    user: str,
    settings: ShiftSettings | None,
) -> HandoverSheet:
    read = read_handover(reader, now=now, bed=bed, shifts=settings)
    if bed is not None and not read.views:
        raise UnknownBedError(bed, read.beds)
    ward = read.settings
    shift = handover_shift(read.now, shift_name, ward.shifts)
    next_shift = shift_of(shift.end, ward.shifts)
    sheets = [
        _patient_sheet(
            view,
            shift,
            next_shift,
            read.acks.get(view.episode_id, []),
            read.ward_tasks.get(view.episode_id, []),
            read.names,
        )
        for view in read.views
    ]
    sheets.sort(key=lambda s: bed_key(s.bed))
    return HandoverSheet(
        ward_name=ward.ward_name,
        printed_at=read.now,
        printed_by=user,
        printed_by_name=read.names(user),
        shift=shift,
        next_shift=next_shift,
        shift_label=ward.shifts.label(shift.name),
        patients=tuple(sheets),
        bed=bed,
        anchor=read.anchor,
        enrolled=read.enrolled,
        synced_at=read.synced_at,
    )


def _patient_sheet(
    view: EpisodeView,
    shift: Shift,
    next_shift: Shift,
    acks: Sequence,
    ward_tasks: Sequence[WardTask],
    names: Callable[[str], str],
) -> PatientSheet:
    """One patient's SBAR content from their episode view."""
    eid = view.episode_id
    now = view.at
    a = view.assessment
    infusion = view.infusion_time

    # tasks: the episode view's schedule over the handed-over and the next shift
    overdue: list[TaskLine] = []
    due: list[TaskLine] = []
    not_done: list[TaskLine] = []
    for task in view.schedule(shift.start, next_shift.end, now):
        if task.status is TaskStatus.NOT_DONE:
            not_done.append(TaskLine(task.message, task.due_at, False, not_done=task.status_label))
        elif task.status is TaskStatus.OVERDUE:
            overdue.append(
                TaskLine(task.message, task.due_at, True, short=_schedule_kind(task.kind))
            )
        elif task.status is TaskStatus.DUE and task.due_at < next_shift.end:
            due.append(TaskLine(task.message, task.due_at, False, latest=task.latest))
    for stored in ward_tasks:
        text = msg("handover.ward_task", kind=_task_kind(stored.kind), note=stored.note or "—")
        line = TaskLine(text, stored.due_at, stored.due_at < now, ward_task=True)
        if line.overdue:
            overdue.append(line)
        elif stored.due_at < next_shift.end:
            due.append(line)

    ack_by_code = {ack.alert_code: ack for ack in acks}
    alerts = tuple(
        AlertLine(
            al,
            _display_name(names, ack_by_code[al.code].meta.recorded_by),
            ack_by_code[al.code].time,
        )
        if al.code in ack_by_code
        else AlertLine(al)
        for al in a.alerts
        if al.severity is not Severity.INFO
    )

    meds = [d for d in view.medications if d.time <= now]
    listed = tuple(
        d for d in meds if drugs.normalise(d.drug) in MARKED_DRUGS and d.time >= view.admitted_at
    )
    others = Counter(
        drugs.normalise(d.drug)
        for d in meds
        if d.time > now - DAY and drugs.normalise(d.drug) not in MARKED_DRUGS
    )

    end = min(shift.end, now)
    neuro_scored = [n for n in view.neuro if n.has_score and n.time <= now]
    vitals = [v for v in view.vitals if v.time <= now]
    fluid = view.fluid_summary(now)
    infused = infusion is not None and infusion <= now
    judged = view.grades
    crs_ok, icans_ok = _confirmations(names, judged)
    return PatientSheet(
        episode_id=eid,
        bed=view.bed,
        patient=view.patient,
        admitted_at=view.admitted_at,
        infusion_time=infusion,
        day=study_day(now, infusion or now),
        assessment=a,
        crs_confirmation=crs_ok,
        icans_confirmation=icans_ok,
        crs_max_at=_first_at(a.crs.points, a.crs.max_grade),
        icans_max_at=_first_at(a.icans.points, a.icans.max_grade),
        doses=listed,
        other_doses_24h=tuple(sorted(others.items())),
        last_vitals=vitals[-1] if vitals else None,
        last_neuro=neuro_scored[-1] if neuro_scored else None,
        shift_balance=balance(view.fluids, shift.start, end),
        fluid=fluid,
        cumulative=fluid.since_infusion if infused else fluid.since_admission,
        weight=weight_change([w for w in view.weights if w.time <= now], now, infusion),
        alerts=alerts,
        overdue=tuple(sorted(overdue, key=lambda x: x.due_at)),
        due_next=tuple(sorted(due, key=lambda x: x.due_at)),
        trend=TrendData.from_view(view),
        protocol=view.protocol,
        crs_shown=judged.crs,
        icans_shown=judged.icans,
        not_done=tuple(sorted(not_done, key=lambda x: x.due_at)),
        plan=view.plan,
        hlh=view.hlh.checklist if "hlh_mas_suspected" in a.alert_codes() else None,
        followup=followup_to_do(view),
    )


def _task_kind(kind: str) -> Message:
    from ..logic.catalogue import CATALOGUE

    code = f"handover.task_kind.{kind}"
    return msg(code) if code in CATALOGUE else msg("handover.task_kind.other", kind=kind)


def _schedule_kind(kind: str) -> Message | None:
    from ..logic.catalogue import CATALOGUE

    code = f"task.kind.{kind}"
    return msg(code) if code in CATALOGUE else None


def _first_at(points: Sequence, grade: int) -> datetime | None:
    if grade <= 0:
        return None
    return next((p.time for p in points if p.grade >= grade), None)


def _display_name(names: Callable[[str], str], username: str | None) -> str | None:
    return names(username) if username else None


def _confirmations(
    names: Callable[[str], str], judged: GradeConfirmation
) -> tuple[Confirmation, Confirmation]:
    """CRS and ICANS: whether a physician's grade stands, by whom and when (service rule)."""
    by = _display_name(names, judged.signer)

    def confirmed(ok: bool) -> Confirmation:
        return Confirmation(True, by, judged.signed_at) if ok else Confirmation(False)

    return confirmed(judged.crs_confirmed), confirmed(judged.icans_confirmed)
