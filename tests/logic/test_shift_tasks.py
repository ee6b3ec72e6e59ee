"""One "this shift" for the board card and the Tasks tab (issue 11 item 10), table-driven."""

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from cart_bedside.logic.schedule import GRACE, TaskStatus
from cart_bedside.logic.shift_tasks import hand_task_status, shift_task_counts

NOW = datetime(2026, 11, 23, 10, 0)
END = datetime(2026, 11, 23, 16, 0)  # the day shift ends
H = timedelta(hours=1)


@dataclass(frozen=True)
class Hand:
    kind: str
    due_at: datetime


@dataclass(frozen=True)
class Monitoring:
    kind: str
    due_at: datetime
    status: TaskStatus


@pytest.mark.parametrize(
    ("due_at", "expected"),
    [
        (NOW - GRACE - timedelta(minutes=1), TaskStatus.OVERDUE),
        (NOW - GRACE, TaskStatus.OVERDUE),  # exactly the grace: overdue
        (NOW - GRACE + timedelta(minutes=1), TaskStatus.DUE),
        (NOW + 2 * H, TaskStatus.DUE),
        (END - timedelta(minutes=1), TaskStatus.DUE),
        (END, None),  # at the shift's end: the next shift's
        (END + 2 * 24 * H, None),  # two days later: not "due" now (the tab said 9, the card 7)
    ],
)
def test_a_hand_added_task_in_this_shift_or_later(due_at, expected):
    assert hand_task_status(Hand("labs", due_at), NOW, END) is expected


def test_card_and_tab_count_the_same_tasks():
    monitoring = [
        Monitoring("vitals", NOW - 3 * H, TaskStatus.OVERDUE),
        Monitoring("vitals", NOW + H, TaskStatus.DUE),
        Monitoring("ice", NOW - 5 * H, TaskStatus.OVERDUE),
        Monitoring("vitals", NOW - 6 * H, TaskStatus.DONE),
    ]
    hand = [Hand("labs", NOW + 2 * H), Hand("labs", NOW - 2 * H), Hand("labs", END + 48 * H)]
    counts = shift_task_counts(monitoring, hand, NOW, END)
    assert (counts.due, counts.overdue, counts.done, counts.later) == (2, 3, 1, 1)
    # what is overdue, earliest first, each kind once
    assert counts.overdue_kinds == ("ice", "vitals", "labs")


def test_a_check_recorded_as_not_done_counts_as_neither():
    counts = shift_task_counts([Monitoring("vitals", NOW - H, TaskStatus.NOT_DONE)], [], NOW, END)
    assert (counts.due, counts.overdue, counts.done) == (0, 0, 0)


def test_a_monitoring_task_due_after_the_shift_is_later_not_due():
    follow_up = Monitoring("followup", END + 48 * H, TaskStatus.DUE)
    counts = shift_task_counts(
        [follow_up, Monitoring("vitals", NOW + H, TaskStatus.DUE)], [], NOW, END
    )
    assert (counts.due, counts.later) == (1, 1)
