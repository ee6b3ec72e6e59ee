"""This shift's tasks: overdue (red) first, then due, then done (grey)."""

from __future__ import annotations

from collections.abc import Callable

from ...logic.catalogue import CATALOGUE
from ...logic.messages import Message, term
from ...logic.task_matching import Task, TaskStatus
from ...service.tasks import TaskSummary
from .formatting import fmt_time
from .text_table_model import Row, TextTableModel

_ORDER = {TaskStatus.OVERDUE: 0, TaskStatus.DUE: 1, TaskStatus.NOT_DONE: 2, TaskStatus.DONE: 2}
_TONE = {
    TaskStatus.OVERDUE: "error",
    TaskStatus.DUE: "",
    TaskStatus.NOT_DONE: "muted",
    TaskStatus.DONE: "muted",
}
#: Kinds of hand-added tasks spelt as plurals (the record kinds are singular).
_KIND_ALIASES = {"labs": "lab", "fluids": "fluid", "medications": "medication", "ice": "neuro"}


class TaskTableModel(TextTableModel):
    """``set_summary(summary, render)`` with ``RecordService.tasks.task_summary()``.

    Columns: due at, task, status, done at. Monitoring tasks and the tasks
    added by hand; an overdue row is red and bold (``ToneRole`` "error"), a
    done row grey ("muted"). The payload is the task.
    """

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Task"), self.tr("Status"), self.tr("Done")]

    def _due(self, task: Task) -> str:
        """When it is due; for a task with a window of days (a follow-up visit: its day is in
        its text) when at the latest, so a target time already passed does not read as late."""
        if task.latest is None:
            return fmt_time(task.due_at)
        return self.tr("by {latest}").format(latest=fmt_time(task.latest))

    def set_summary(self, summary: TaskSummary, render: Callable[[Message], str]) -> None:
        rows = []
        end = summary.shift_end
        for task in sorted(summary.tasks, key=lambda t: (_ORDER[t.status], t.due_at)):
            if task.status is TaskStatus.DUE and end is not None and task.due_at >= end:
                rows.append(
                    (
                        3,
                        task.due_at,
                        Row(
                            (
                                self._due(task),
                                render(task.message),
                                self.tr("later shift"),
                                "",
                            ),
                            task,
                            "muted",
                        ),
                    )
                )
                continue
            status = render(task.status_label)
            if task.status is TaskStatus.DONE and task.late:
                status = self.tr("{status} (late)").format(status=status)
            rows.append(
                (
                    _ORDER[task.status],
                    task.due_at,
                    Row(
                        (
                            self._due(task)
                            if task.status is TaskStatus.DUE
                            else fmt_time(task.due_at),
                            render(task.message),
                            status,
                            fmt_time(task.done_at) if task.done_at else "",
                        ),
                        task,
                        _TONE[task.status],
                    ),
                )
            )
        for hand in summary.manual:
            state = summary.hand_status(hand)
            code = f"record.kind.{_KIND_ALIASES.get(hand.kind, hand.kind)}"
            what = render(term(code)) if code in CATALOGUE else hand.kind
            if hand.note:
                what = f"{what}: {hand.note}"
            if state is None:  # due after this shift: listed last, not counted as due
                rows.append(
                    (
                        3,
                        hand.due_at,
                        Row(
                            (
                                fmt_time(hand.due_at),
                                self.tr("{task} (added by hand)").format(task=what),
                                self.tr("later shift"),
                                "",
                            ),
                            hand,
                            "muted",
                        ),
                    )
                )
                continue
            rows.append(
                (
                    _ORDER[state],
                    hand.due_at,
                    Row(
                        (
                            fmt_time(hand.due_at),
                            self.tr("{task} (added by hand)").format(task=what),
                            render(term(f"task.status.{state.value}")),
                            "",
                        ),
                        hand,
                        _TONE[state],
                    ),
                )
            )
        rows.sort(key=lambda r: (r[0], r[1]))
        self.set_rows([r[2] for r in rows])

    def overdue_rows(self) -> list[int]:
        return [i for i, row in enumerate(self.rows()) if row.tone == "error"]
