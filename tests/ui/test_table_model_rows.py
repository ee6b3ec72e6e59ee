"""Every table model replaces its rows through one ``set_rows(rows)`` (style.md: tables are
models with a ``set_rows()``); the record tabs' models build their rows with their own
``set_…`` method instead of overriding it with other arguments."""

from __future__ import annotations

import inspect

import pytest

from cart_bedside.ui.record.dose_table_model import DoseTableModel
from cart_bedside.ui.record.history_table_model import HistoryTableModel
from cart_bedside.ui.record.latest_labs_model import LatestLabsModel
from cart_bedside.ui.record.task_table_model import TaskTableModel
from cart_bedside.ui.record.text_table_model import Row, TextTableModel
from cart_bedside.ui.rows_table_model import RowsTableModel

MODELS = (DoseTableModel, HistoryTableModel, LatestLabsModel, TaskTableModel)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_set_rows_keeps_the_one_signature(model):
    one = inspect.signature(RowsTableModel.set_rows).parameters.keys()
    assert inspect.signature(model.set_rows).parameters.keys() == one
    assert "set_rows" not in vars(model)  # built by set_doses / set_entries / …


def test_set_rows_takes_rows_and_refuses_a_row_of_the_wrong_width(qapp):
    model = DoseTableModel()
    width = len(model.headers())
    model.set_rows([Row(("x",) * width, payload="p")])
    assert model.rowCount() == 1 and model.payload(0) == "p"
    with pytest.raises(ValueError, match="cells"):
        model.set_rows([Row(("x",) * (width - 1))])
    assert isinstance(model, TextTableModel)


def test_a_visit_with_a_window_of_days_shows_when_at_the_latest(qapp):
    """A D+14 visit (± 7 days) whose target has passed is due, not late: the Due cell says
    by when (as short as a time: the Task column keeps its room); a bedside check due at the
    end of its slot shows its time alone."""
    from datetime import datetime, timedelta

    from cart_bedside.logic.messages import msg, render
    from cart_bedside.logic.task_matching import Task, TaskStatus
    from cart_bedside.service.tasks import TaskSummary

    due = datetime(2026, 12, 2, 10)
    visit = Task(
        "task.followup",
        "followup",
        due,
        due - timedelta(days=7),
        due + timedelta(days=7),
        due + timedelta(days=7),
        TaskStatus.DUE,
        message=msg("task.followup", when=msg("task.when.day", day=14)),
    )
    check = Task(
        "task.vitals",
        "vitals",
        datetime(2026, 12, 6, 16),
        datetime(2026, 12, 6, 8),
        datetime(2026, 12, 6, 16),
        datetime(2026, 12, 6, 16, 30),
        TaskStatus.DUE,
    )
    model = TaskTableModel()
    now = datetime(2026, 12, 6, 9)
    model.set_summary(TaskSummary((visit, check), (), now), lambda m: render(m, "en"))
    cells = {model.payload(r).code: model.index(r, 0).data() for r in range(model.rowCount())}
    assert cells["task.followup"] == "by 12-09 10:00"  # its day (D+14) is in its text
    assert cells["task.vitals"] == "12-06 16:00"
