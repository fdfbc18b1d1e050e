"""Progress recorded as MS Project records it: wherever a task's progress is entered without
an Actual Start (its % complete, Actual Work, Actual Duration, in the sheet, Task Information,
Update Tasks, ``gantry progress``, a CSV, a client's workbook, Update Project), its scheduled
Start at that moment is stored as its Actual Start. So when its predecessor slips afterwards
the task stays where it began, as in MS Project, instead of moving after the predecessor.

These replace s26sr's strict xfail, which held a plan with % complete and no Actual Start
stored: such a plan already on disk is left as it is (not rewritten on open); the scheduler
counts the task started at its scheduled start (tests/test_s26sr_started_rule.py), and it is
every way of entering progress that now stores the date.

The plan: Survey (1d, Mon) -> Design (2d, Tue-Wed, Ana on it); Survey then made 3d.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.link import Link
from app.domain.merge import copy_plan, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking import end_of_day, update_progress
from app.formats import read_plan, write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.commands import execute
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from app.ui.exchange.commands import ApplyClientChangesCommand
from app.ui.models.task_edits import Column, command_for_cell
from tests.cli.test_cli import gantry

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
TUE = datetime(2027, 3, 2, 8, 0)
SURVEY, DESIGN = 1, 2


def _plan() -> Plan:
    plan = Plan(project=Project(name="Slip", start=MON))
    plan.append_task(Task(SURVEY, "Survey", 1, duration_minutes=DAY))
    plan.append_task(Task(DESIGN, "Design", 1, duration_minutes=2 * DAY))
    plan.add_link(Link(SURVEY, DESIGN))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, DESIGN, 1, work_minutes=2 * DAY))
    return plan


def _slipped_start(plan: Plan) -> datetime:
    """Design's start once Survey takes 3 days instead of 1."""
    plan.update_task(replace(plan.task(SURVEY), duration_minutes=3 * DAY))
    return schedule(plan).get(DESIGN).start


def _document_slipped_start(doc: Document) -> datetime:
    """Design's start once Survey is made 3d in the sheet."""
    execute(doc, command_for_cell(doc, SURVEY, Column.DURATION, "3d"))
    return doc.schedule.get(DESIGN).start


def test_s27pr_a_task_with_no_progress_moves_with_its_predecessor():
    assert schedule(_plan()).get(DESIGN).start == TUE
    assert _slipped_start(_plan()) == datetime(2027, 3, 4, 8, 0)  # after Survey's 3 days


# ------------------------------------------------------------------ the sheet


@pytest.mark.parametrize(
    ("column", "text"),
    [
        (Column.PERCENT, "40"),
        (Column.ACTUAL_DURATION, "1d"),
        (Column.ACTUAL_WORK, "4h"),
    ],
)
def test_s27pr_progress_typed_in_the_sheet_stores_the_start_and_stays_put(column, text):
    doc = Document(_plan())
    execute(doc, command_for_cell(doc, DESIGN, column, text))
    design = doc.plan.task(DESIGN)
    assert design.percent_complete > 0
    assert design.actual_start == TUE
    assert _document_slipped_start(doc) == TUE
    doc.undo_stack.undo()  # the slip
    doc.undo_stack.undo()  # the progress: not started again, no actual start
    assert doc.plan.task(DESIGN).actual_start is None


def test_s27pr_percent_back_to_zero_takes_the_start_back_and_the_task_moves_again():
    # MS Project resets Actual Start to NA when % complete goes back to 0 (KB 120705)
    doc = Document(_plan())
    execute(doc, command_for_cell(doc, DESIGN, Column.PERCENT, "40"))
    execute(doc, command_for_cell(doc, DESIGN, Column.PERCENT, "0"))
    assert doc.plan.task(DESIGN).actual_start is None
    assert _document_slipped_start(doc) == datetime(2027, 3, 4, 8, 0)


def test_s27pr_physical_percent_is_no_progress_of_the_schedule():
    # MS Project's Physical % Complete feeds earned value only: no Actual Start, no %
    doc = Document(_plan())
    execute(doc, command_for_cell(doc, DESIGN, Column.PHYSICAL_PERCENT, "40"))
    design = doc.plan.task(DESIGN)
    assert design.physical_percent_complete == 40
    assert (design.percent_complete, design.actual_start) == (0, None)


# ------------------------------------------------------------------ dialogs


def test_s27pr_percent_in_task_information_stores_the_start_and_stays_put(qtbot):
    doc = Document(_plan())
    dialog = TaskDialog(doc, DESIGN)
    qtbot.addWidget(dialog)
    dialog.percent.setValue(40)
    dialog.accept()
    assert doc.plan.task(DESIGN).actual_start == TUE
    assert _document_slipped_start(doc) == TUE


def test_s27pr_percent_in_update_tasks_stores_the_start_and_stays_put(qtbot):
    doc = Document(_plan())
    dialog = UpdateTasksDialog(doc, [DESIGN])
    qtbot.addWidget(dialog)
    dialog.percent.setValue(40)
    dialog.accept()
    assert doc.plan.task(DESIGN).actual_start == TUE
    assert _document_slipped_start(doc) == TUE


# ------------------------------------------------------------------ command line


@pytest.mark.parametrize(
    "option", [("--percent", "40"), ("--actual-work", "4h"), ("--actual-duration", "1d")]
)
def test_s27pr_gantry_progress_stores_the_start_and_the_task_stays_put(tmp_path, option):
    path = tmp_path / "slip.gantry"
    write_plan(_plan(), path)
    done = gantry("progress", path, "--task", str(DESIGN), *option)
    assert done.returncode == 0, done.stderr
    plan = read_plan(path)
    assert plan.task(DESIGN).actual_start == TUE
    assert _slipped_start(plan) == TUE
    shown = gantry("schedule", path, "--json")
    task = {t["uid"]: t for t in json.loads(shown.stdout)["tasks"]}[DESIGN]
    assert (task["actual_start"], task["actual_finish"]) == ("2027-03-02T08:00:00", None)


def test_s27pr_gantry_update_stores_the_start_and_the_task_stays_put(tmp_path):
    path = tmp_path / "slip.gantry"
    write_plan(_plan(), path)
    done = gantry("update", path, "--through", "2027-03-02")  # Design's first day
    assert done.returncode == 0, done.stderr
    plan = read_plan(path)
    assert plan.task(DESIGN).percent_complete == 50
    assert plan.task(DESIGN).actual_start == TUE
    assert _slipped_start(plan) == TUE


def test_s27pr_update_project_in_the_domain_stores_the_start():
    plan = _plan()
    through = end_of_day(plan, TUE.date())
    updates = {u.uid: u for u in update_progress(plan, schedule(plan), through)}
    assert updates[DESIGN].actual_start == TUE
    assert updates[SURVEY].actual_finish == datetime(2027, 3, 1, 17, 0)


# ------------------------------------------------------------------ files read


def _csv(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "client.csv"
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


def test_s27pr_a_csv_percent_stores_the_start_and_the_task_stays_put(tmp_path):
    path = _csv(
        tmp_path,
        "Task,Duration,Start,Predecessors,% Complete",
        "Survey,1d,2027-03-01,,0",
        "Design,2d,,1,40",
    )
    plan = read_plan(path)
    design = next(t for t in plan.tasks if t.name == "Design")
    assert design.actual_start == TUE
    survey = next(t for t in plan.tasks if t.name == "Survey")
    plan.update_task(replace(survey, duration_minutes=3 * DAY))
    assert schedule(plan).get(design.uid).start == TUE


def _returned(tmp_path: Path, doc: Document, percent: float) -> Path:
    """The workbook exported from ``doc`` with Design's % Complete typed by the client."""
    path = tmp_path / "client.xlsx"
    write_plan(doc.plan, path)
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == DESIGN)
    ws.cell(row, header.index("% Complete") + 1).value = percent
    book.save(path)
    return path


def test_s27pr_a_percent_in_the_clients_workbook_stores_the_start_and_stays_put(tmp_path):
    doc = Document(_plan())
    trip = read_roundtrip_workbook(_returned(tmp_path, doc, 0.4))
    items = three_way(trip.base, trip.theirs, copy_plan(doc.plan))
    execute(doc, ApplyClientChangesCommand(doc, trip.theirs, [i.change for i in items]))
    assert doc.plan.task(DESIGN).percent_complete == pytest.approx(40)
    assert doc.plan.task(DESIGN).actual_start == TUE
    assert _document_slipped_start(doc) == TUE
