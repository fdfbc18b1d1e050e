"""Tracking typed in the sheet and in Task Information: duration, actual dates and % complete
stay together as MS Project keeps them, each edit one undo step (app/domain/tracking_edits.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from app.domain.resource import Assignment, Resource
from app.domain.worktime import WorkTime
from app.formats import write_plan
from app.ui.commands import execute
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.gantt.commands import resize_task_command
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
DAY = 480
CODE = 5  # 'Code': 5 days from Fri 2026-03-06 (after Specs 3d and Review 1d)


@pytest.fixture
def doc():
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, CODE, 1, 1.0, work_minutes=5 * DAY))
    return Document(plan)


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, uid, column, text):
    assert model.setData(model.index_of_uid(uid, column), text, EDIT)


def _shown(model, uid, column):
    return model.index_of_uid(uid, column).data()


def _working_days(doc, uid):
    times = doc.schedule.get(uid)
    clock = WorkTime.for_calendar(doc.plan.calendar(), doc.plan.calendars)
    return clock.between(times.start, times.finish) / DAY


def test_a_late_actual_finish_makes_duration_work_and_cost_seven_days(doc, model):
    times = doc.schedule.get(CODE)
    cost = doc.costs.task_cost[CODE]
    _type(model, CODE, Column.ACTUAL_FINISH, "2026-03-16 17:00")  # Fri..Mon: 7 working days
    assert _shown(model, CODE, Column.DURATION) == "7d"
    assert doc.schedule.get(CODE).start == times.start
    assert _working_days(doc, CODE) == 7
    (a,) = doc.plan.assignments_of_task(CODE)
    assert a.work_minutes == 7 * DAY  # fixed units: the work follows the duration
    assert doc.costs.task_cost[CODE] == pytest.approx(cost * 7 / 5)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(CODE).duration_minutes == 5 * DAY
    assert doc.plan.assignments_of_task(CODE)[0].work_minutes == 5 * DAY
    assert doc.plan.task(CODE).actual_finish is None
    doc.undo_stack.redo()
    assert doc.plan.task(CODE).duration_minutes == 7 * DAY


def test_schedule_json_reads_the_duration_the_bar_runs(doc, model, tmp_path, capsys):
    _type(model, CODE, Column.ACTUAL_FINISH, "2026-03-16 17:00")
    path = tmp_path / "tracked.gantry"
    write_plan(doc.plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    (code,) = [t for t in out["tasks"] if t["uid"] == CODE]
    assert (code["start"], code["finish"]) == ("2026-03-06T08:00:00", "2026-03-16T17:00:00")
    assert code["duration_minutes"] == 7 * DAY
    assert code["work_minutes"] == 7 * DAY


def test_an_actual_start_on_a_finished_30_day_task_moves_the_whole_bar(doc, model):
    plan = doc.plan
    plan.update_task(replace(plan.task(CODE), duration_minutes=30 * DAY))
    doc.reschedule()
    _type(model, CODE, Column.PERCENT, "100")
    finish = plan.task(CODE).actual_finish
    _type(model, CODE, Column.ACTUAL_START, "2026-03-10 08:00")  # two working days later
    assert _working_days(doc, CODE) == 30
    assert _shown(model, CODE, Column.DURATION) == "30d"
    assert plan.task(CODE).actual_finish == WorkTime.for_calendar(
        plan.calendar(), plan.calendars
    ).add(finish, 2 * DAY)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert plan.task(CODE).actual_finish == finish


def test_a_longer_duration_under_way_recomputes_percent_complete(doc, model):
    plan = doc.plan
    plan.update_task(replace(plan.task(CODE), duration_minutes=15 * DAY))
    doc.reschedule()
    _type(model, CODE, Column.PERCENT, "87")
    _type(model, CODE, Column.DURATION, "20d")
    assert plan.task(CODE).percent_complete == 65.25  # 13.05d of 20d, kept exactly
    assert _shown(model, CODE, Column.PERCENT) == "65%"
    doc.undo_stack.undo()
    assert (plan.task(CODE).percent_complete, plan.task(CODE).duration_minutes) == (87, 15 * DAY)


def test_a_finish_typed_on_a_task_under_way_keeps_the_work_done(doc, model):
    _type(model, CODE, Column.PERCENT, "60")  # 3 of 5 days
    _type(model, CODE, Column.FINISH, "2026-03-19 17:00")  # Fri..Thu: 10 days
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, 30)


def test_start_and_finish_typed_on_a_finished_task_are_its_actual_dates(doc, model):
    _type(model, CODE, Column.PERCENT, "100")
    _type(model, CODE, Column.FINISH, "2026-03-17 17:00")  # Fri..Tue: 8 working days
    task = doc.plan.task(CODE)
    assert task.actual_finish == datetime(2026, 3, 17, 17, 0)
    assert (task.duration_minutes, task.percent_complete) == (8 * DAY, 100)
    _type(model, CODE, Column.START, "2026-03-09 08:00")  # it began Monday, not Friday
    task = doc.plan.task(CODE)
    assert task.actual_start == datetime(2026, 3, 9, 8, 0)
    assert task.actual_finish == datetime(2026, 3, 18, 17, 0)  # 8 days on: the bar moved
    assert doc.schedule.get(CODE).start == datetime(2026, 3, 9, 8, 0)
    assert doc.undo_stack.text(2) == "Set actual start of 'Code'"


def _dialog(qtbot, doc, uid):
    dialog = TaskDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def test_task_information_duration_recomputes_percent_in_one_step(qtbot, doc, model):
    _type(model, CODE, Column.PERCENT, "60")
    dialog = _dialog(qtbot, doc, CODE)
    dialog.duration.setText("10d")
    dialog.accept()
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, 30)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.task(CODE).percent_complete == 60


def test_task_information_percent_typed_with_the_duration_is_taken_as_typed(qtbot, doc, model):
    _type(model, CODE, Column.PERCENT, "60")
    dialog = _dialog(qtbot, doc, CODE)
    dialog.duration.setText("10d")
    dialog.percent.setValue(100)
    dialog.accept()
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, 100)
    # finished one new duration after its start, not where the 5 days ended
    assert task.actual_finish == datetime(2026, 3, 19, 17, 0)
    assert _working_days(doc, CODE) == 10


def test_a_bar_dragged_longer_under_way_keeps_the_work_done(doc, model):
    _type(model, CODE, Column.PERCENT, "60")
    execute(doc, resize_task_command(doc, CODE, 10 * DAY))
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, 30)
    doc.undo_stack.undo()
    assert doc.plan.task(CODE).percent_complete == 60
