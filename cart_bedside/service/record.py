"""The patient record below the screens: admission, medications, labs, history, tasks, co-sign.

:class:`RecordService` is built on the signed-in :class:`WardService` and
enforces roles itself (``chart`` to write, ``view`` to read, ``override_dose``
and ``cosign`` for physicians). Every write goes through the repository
(validated, one transaction, audited) and then drops the episode's cached
assessment (``ward.invalidate``), so grades, alerts and tasks follow at once.

The parts live in mixins: :mod:`.admission`, :mod:`.medications`,
:mod:`.history`, :mod:`.cosign`; labs and tasks are here.

Labs (clinical-rules §4, §5, §7): names are the rules' (``crp``, ``ferritin``,
``il6``, ``mcp1``, ``anc`` in 10^9/L, ``platelets``, ``hb``, ``fibrinogen``,
``ldh``, ``igg``, ``hbv_dna`` …); common spellings (``IL-6``, ``HBV DNA``,
``PLT``) are mapped onto them; a missing unit is the rules' unit; hard
limits and unit spellings are the logic layer's (``validate_lab``). Any
other lab name is accepted with a value ≥ 0. ``eligibility.*`` names are
reserved for the admission checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..logic.findings import Alert
from ..logic.icaht import IcahtAssessment
from ..logic.messages import Message, msg, term
from ..logic.models import LabResult
from ..logic.schedule import GRACE, Task, TaskStatus
from ..logic.shift_tasks import ShiftTaskCounts, hand_task_status, shift_task_counts
from ..logic.shifts import shift_of
from ..logic.validation import LAB_LIMITS, Range, ValidationError
from ..storage import Task as ManualTask
from .admission import ELIGIBILITY_PREFIX, AdmissionMixin, is_eligibility_lab
from .cosign import CosignMixin
from .episode_protocol import ProtocolMixin
from .history import HistoryMixin
from .not_done import NotDoneMixin
from .ward import task_status

#: Other spellings of the rules' lab names (lower case, as typed or printed on a report).
LAB_ALIASES: dict[str, str] = {
    "il-6": "il6",
    "mcp-1": "mcp1",
    "il-10": "il10",
    "ifn-γ": "ifn_gamma",
    "ifn-gamma": "ifn_gamma",
    "ifn_γ": "ifn_gamma",
    "hbv dna": "hbv_dna",
    "hbv-dna": "hbv_dna",
    "plt": "platelets",
    "hgb": "hb",
    "neut": "anc",
    "neutrophils": "anc",
    "c-reactive protein": "crp",
    "铁蛋白": "ferritin",
    "中性粒细胞": "anc",
    "血小板": "platelets",
    "血红蛋白": "hb",
    "纤维蛋白原": "fibrinogen",
    "乳酸脱氢酶": "ldh",
}


def lab_name(name: str) -> str:
    key = (name or "").strip().lower()
    return LAB_ALIASES.get(key, key.replace(" ", "_"))


def lab_label(name: str) -> Message:
    """The catalogue label of a lab name (an unknown name is shown as entered)."""
    if name in LAB_LIMITS:
        return term(f"lab.{name}")
    if is_eligibility_lab(name):
        return term(f"record.eligibility.{name.removeprefix(ELIGIBILITY_PREFIX)}")
    return msg("record.lab.other", name=name)


@dataclass(frozen=True)
class LabSpec:
    """One lab the entry form offers: name, label, unit and the accepted range."""

    name: str
    label: Message
    unit: str
    range: Range


@dataclass(frozen=True)
class LabRecorded:
    record_id: str
    save_id: str
    lab: LabResult
    raised: tuple[Alert, ...]  # alerts the assessment has now that it had not before


@dataclass(frozen=True)
class TaskSummary:
    """The Tasks tab: monitoring tasks of this shift with their status now, and manual tasks."""

    tasks: tuple[Task, ...]  # status as of now (due turns overdue as time passes)
    manual: tuple[ManualTask, ...]  # open tasks added by hand (labs to repeat …)
    now: datetime
    shift_end: datetime | None = None  # None: every hand-added task counts as this shift's

    @property
    def counts(self) -> ShiftTaskCounts:
        """Due / overdue / done / later, as the board card counts them (logic.shift_tasks)."""
        end = self.shift_end or max((t.due_at for t in self.manual), default=self.now) + GRACE
        return shift_task_counts(self.tasks, self.manual, self.now, end)

    def hand_status(self, task: ManualTask) -> TaskStatus | None:
        """A hand-added task: overdue, due this shift, or None (later)."""
        end = self.shift_end or task.due_at + GRACE
        return hand_task_status(task, self.now, end)

    def with_status(self, status: TaskStatus) -> tuple[Task, ...]:
        return tuple(t for t in self.tasks if t.status is status)

    @property
    def due(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.DUE)

    @property
    def overdue(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.OVERDUE)

    @property
    def done(self) -> tuple[Task, ...]:
        return self.with_status(TaskStatus.DONE)

    @property
    def next_due(self) -> Task | None:
        return min(self.due, key=lambda t: t.due_at, default=None)

    @property
    def manual_overdue(self) -> tuple[ManualTask, ...]:
        return tuple(t for t in self.manual if self.now >= t.due_at + GRACE)


@dataclass(frozen=True)
class OverdueTask:
    """An overdue task on the board (red), with its bed."""

    episode_id: str
    bed: str
    task: Task


class RecordService(AdmissionMixin, HistoryMixin, CosignMixin, ProtocolMixin, NotDoneMixin):
    """The patient record for the signed-in user (see the module docstring)."""

    # --- labs --------------------------------------------------------------------------
    def lab_panel(self) -> list[LabSpec]:
        """The labs the rules read, with their units and hard limits (entry form order)."""
        return [LabSpec(name, term(f"lab.{name}"), r.unit, r) for name, r in LAB_LIMITS.items()]

    def record_lab(
        self,
        episode_id: str,
        name: str,
        value: float,
        unit: str | None = None,
        time: datetime | None = None,
    ) -> LabRecorded:
        """Record one lab result; returns the alerts it raised (from the new assessment)."""
        user = self.require("chart")
        name = lab_name(name)
        if not name:
            raise ValidationError("lab.name", msg("error.empty_name"))
        if is_eligibility_lab(name):
            raise ValidationError("lab.name", msg("record.error.reserved_lab", name=name))
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("lab.value", msg("error.expected_number", value=str(value)))
        if unit is None or not unit.strip():
            unit = LAB_LIMITS[name].unit if name in LAB_LIMITS else None
        before = set(self.ward.assessment(episode_id).alert_codes())
        lab = LabResult(time or self.now(), name, float(value), unit.strip() if unit else None)
        result = self.repo.charting.save_record(episode_id, lab, user.username)
        self.ward.invalidate(episode_id)
        after = self.ward.assessment(episode_id).alerts
        return LabRecorded(
            result.ids["lab"], result.save_id, lab, tuple(a for a in after if a.code not in before)
        )

    def labs(self, episode_id: str, name: str | None = None) -> list[LabResult]:
        """Current lab results, oldest first (the admission checklist's items left out)."""
        self.require("view")
        key = lab_name(name) if name else None
        return [
            lab
            for lab in self.repo.queries.labs(episode_id)
            if not is_eligibility_lab(lab.name) and (key is None or lab.name == key)
        ]

    def icaht(self, episode_id: str) -> IcahtAssessment:
        """Early/late ICAHT grade from the ANC series (§7)."""
        return self.ward.assessment(episode_id).icaht

    # --- tasks -------------------------------------------------------------------------
    def task_summary(self, episode_id: str) -> TaskSummary:
        """Monitoring tasks of this shift (due / done / overdue now) and open manual tasks."""
        self.require("view")
        now = self.now()
        tasks = tuple(replace(t, status=task_status(t, now)) for t in self.ward.tasks(episode_id))
        end = shift_of(now, self.ward.shift_settings()).end
        return TaskSummary(tasks, tuple(self.repo.worklist.tasks(episode_id)), now, end)

    def overdue_tasks(self) -> list[OverdueTask]:
        """Every overdue monitoring task on the ward, by bed (the board shows them red)."""
        self.require("view")
        now = self.now()
        out = []
        for _, episode in self.ward.occupied():
            for t in self.ward.tasks(episode.episode_id):
                if task_status(t, now) is TaskStatus.OVERDUE:
                    out.append(
                        OverdueTask(
                            episode.episode_id, episode.bed, replace(t, status=TaskStatus.OVERDUE)
                        )
                    )
        return out

    def add_task(self, episode_id: str, kind: str, due_at: datetime, note: str = "") -> str:
        """A task added by hand (e.g. repeat IL-6 and ferritin at 14:00); returns its id."""
        user = self.require("chart")
        if not (kind or "").strip():
            raise ValidationError("task.kind", msg("error.required"))
        task_id = self.repo.worklist.add_task(
            episode_id, kind.strip(), due_at, user.username, note=note.strip()
        )
        return task_id

    def close_task(self, task_id: str, status: str = "done", reason: str | None = None) -> str:
        """Mark a manual task done (or cancelled, with a reason); returns the new version id."""
        user = self.require("chart")
        if status == "cancelled" and not (reason or "").strip():
            raise ValidationError("reason", msg("error.required"))
        return self.repo.worklist.close_task(task_id, user.username, status=status, reason=reason)
