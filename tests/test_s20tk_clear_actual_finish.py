"""Actual Finish taken back (NA) leaves a round state: started, 0 %, all of the duration left.

Before, a finished 3d task whose Actual Finish was cleared kept 99 %: Actual Duration 2.97d,
Remaining Duration 0.03d, numbers nobody reported. Without the finish, the work done is
not known (an actual duration short of the duration came only from it): MS Project leaves
the task started at its actual start with 0 % complete. The sheet's cell and the Update
Tasks dialog do the same.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.domain.tracking import cleared_actual_finish
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

MON = datetime(2027, 1, 4, 8, 0)
TUE = datetime(2027, 1, 5, 8, 0)
DAY = 480


@pytest.fixture
def doc():
    plan = Plan(project=Project(name="Done", start=MON))
    plan.append_task(
        Task(
            1,
            "Charter",
            1,
            duration_minutes=3 * DAY,
            percent_complete=100.0,
            actual_start=TUE,
            actual_finish=datetime(2027, 1, 7, 17, 0),
        )
    )
    plan.append_task(Task(2, "Open", 1, duration_minutes=DAY, percent_complete=40.0))
    return Document(plan)


def _shown(model, column):
    return model.index_of_uid(1, column).data()


def test_s20tk_clearing_actual_finish_in_the_sheet(doc, qapp):
    model = TaskTreeModel(doc)
    assert model.setData(
        model.index_of_uid(1, Column.ACTUAL_FINISH), "NA", Qt.ItemDataRole.EditRole
    )
    task = doc.plan.task(1)
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (0.0, TUE, None)
    assert _shown(model, Column.PERCENT) == "0%"
    assert _shown(model, Column.ACTUAL_DURATION) == "0d"
    assert _shown(model, Column.REMAINING_DURATION) == "3d"
    assert doc.schedule.get(1).finish == datetime(2027, 1, 7, 17, 0)  # 3d from its start
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(1).percent_complete == 100.0


def test_s20tk_clearing_actual_finish_in_update_tasks(doc, qapp):
    dialog = UpdateTasksDialog(doc, 1)
    dialog.actual_finish.check.setChecked(False)
    command = dialog.command()
    assert command is not None
    doc.undo_stack.push(command)
    task = doc.plan.task(1)
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (0.0, TUE, None)


def test_s20tk_a_task_not_finished_is_left_as_it_is(doc):
    assert cleared_actual_finish(doc.plan.task(2), doc.schedule.get(2)) == {}


def test_s20tk_finished_without_a_recorded_start_keeps_the_scheduled_one(doc):
    task = Task(3, "Gate", 1, duration_minutes=DAY, percent_complete=100.0)
    fields = cleared_actual_finish(task, doc.schedule.get(2))
    assert fields == {
        "percent_complete": 0.0,
        "actual_finish": None,
        "actual_start": doc.schedule.get(2).start,
    }
