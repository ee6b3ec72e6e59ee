"""The handover's task lines: a visit with a window of days says its target and its latest time."""

from __future__ import annotations

from datetime import datetime

import pytest

from cart_bedside.logic.messages import msg
from cart_bedside.reports.data import TaskLine
from cart_bedside.reports.fonts import register_fonts
from cart_bedside.reports.page import Words, task_texts

VISIT = msg("task.followup", when=msg("task.when.day", day=14))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_CN", "，应于 12-02 10:00，最迟 12-09 10:00"),
        ("en", ", due 12-02 10:00, at the latest 12-09 10:00"),
    ],
)
def test_a_visit_says_when_at_the_latest(lang, expected):
    words = Words(lang, register_fonts())
    line = TaskLine(VISIT, datetime(2026, 12, 2, 10), False, latest=datetime(2026, 12, 9, 10))
    (text,) = task_texts(words, [line])
    assert text.endswith(expected)
    assert "截止" not in text


def test_a_check_due_at_the_end_of_its_slot_says_only_that():
    words = Words("zh_CN", register_fonts())
    line = TaskLine(
        msg("task.vitals", freq=msg("task.freq.shift")), datetime(2026, 12, 6, 16), False
    )
    (text,) = task_texts(words, [line])
    assert text.endswith("，截止 12-06 16:00")
