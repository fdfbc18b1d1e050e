"""Counts in words, never 'task(s)': the workbook read's report, Update Project's status
message (tests/gui/test_user3_update_manual.py) and Recurring Task's 'Every N weeks'."""

from __future__ import annotations

from openpyxl import load_workbook

from app.domain.plan import Plan
from app.domain.plural_words import counted, noun
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_workbook
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog
from tests.gui.conftest import build_plan
from tests.unit.test_workbook_recurring_people import _plan as recurring_plan


def test_s18pl_noun_is_the_word_counted_shows():
    assert noun(1, "week") == "week"
    assert noun(2, "week") == "weeks"
    assert noun(1, "person", "people") == "person"
    assert counted(3, "person", "people") == "3 people"


def test_s18pl_workbook_read_counts_one_recurring_task_and_its_rows(tmp_path):
    path = tmp_path / "client.xlsx"
    write_workbook(recurring_plan(), path)
    wb = load_workbook(path)
    del wb["_gantry"]  # the client deleted the hidden sheet: recurring found again from rows
    wb.save(path)
    lines: list[str] = []
    read_workbook(path, report=lines.append)
    assert "1 recurring task read from its occurrences' rows" in lines
    assert "6 tasks, 0 links, 2 people" in lines  # Cy, on no task, is not on the sheet
    assert not [line for line in lines if "(s)" in line]


def test_s18pl_one_person_and_one_task_in_the_read_report(tmp_path):
    plan = Plan(tasks=[Task(2, "Build", duration_minutes=480)])
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 0))  # one on no task is not on the sheet
    path = tmp_path / "one.xlsx"
    write_workbook(plan, path)
    wb = load_workbook(path)
    del wb["_gantry"]
    wb.save(path)
    lines: list[str] = []
    read_workbook(path, report=lines.append)
    assert "1 task, 0 links, 1 person" in lines


def test_s18pl_recurring_units_follow_the_number(qtbot):
    dialog = RecurringTaskDialog(build_plan(), "Sync", None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)  # weekly
    dialog.every.setValue(1)
    assert dialog.every_unit.text() == "week"
    dialog.every.setValue(2)
    assert dialog.every_unit.text() == "weeks"
    dialog.kind.setCurrentIndex(3)
    assert dialog.every_unit.text() == "years"
    dialog.kind.setCurrentIndex(0)  # daily: the unit is a choice, named for the number too
    items = [dialog.day_unit.itemText(i) for i in range(dialog.day_unit.count())]
    assert items == ["days", "working days"]
    dialog.every.setValue(1)
    items = [dialog.day_unit.itemText(i) for i in range(dialog.day_unit.count())]
    assert items == ["day", "working day"]
    dialog.count.setValue(1)
    assert dialog.count_unit.text() == "occurrence"
    dialog.count.setValue(3)
    assert dialog.count_unit.text() == "occurrences"
