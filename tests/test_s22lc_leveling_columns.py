"""Leveling Delay, Preleveled Start and Preleveled Finish as task sheet columns (MS Project's
fields): Leveling Delay in elapsed days and typed into (a delay delays the task, 0 clears it,
negative refused, one undo step); the dates before leveling read-only, "NA" where leveling
has not run; printed with the same words, under Insert Column and MS Project's Delay table."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.leveling_fields import dates_before_leveling, typed_delay
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, SortKey, TaskSort, sorted_tasks
from app.domain.task import Task
from app.report.columns import COLUMNS, CellText
from app.report.saved_view import printed_key
from app.report.tables import task_table
from app.ui.column_catalog import COLUMN_GROUPS
from app.ui.document import Document
from app.ui.find_query import FindQuery, FindTest, Matcher
from app.ui.models.task_edits import HEADERS, Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_tables import REPORT_KEYS, SHEET_COLUMNS

MONDAY = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _plan(delay: int = 0) -> Plan:
    return Plan(
        project=Project(name="Level", start=MONDAY),
        tasks=[
            Task(1, "Phase", 1, duration_minutes=0),
            Task(2, "Design", 2, duration_minutes=5 * DAY),
            Task(3, "Build", 2, duration_minutes=3 * DAY, leveling_delay_minutes=delay),
            Task(4, "Sketch", 1, duration_minutes=DAY, manual=True, start=MONDAY),
        ],
    )


def _with_done_task(plan: Plan) -> Plan:
    """``plan`` with task 5, 'Done': started and finished on the first day."""
    finished = datetime(2027, 1, 4, 17, 0)
    done = Task(5, "Done", 1, DAY, percent_complete=100.0, actual_start=MONDAY)
    plan.append_task(replace(done, actual_finish=finished))
    return plan


def _cell(model: TaskTreeModel, uid: int, column: Column) -> str:
    return model.index_of_uid(uid, column).data()


def _type(model: TaskTreeModel, uid: int, column: Column, text: str) -> bool:
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def test_s22lc_a_delay_typed_in_elapsed_days_delays_the_task_one_step():
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    assert _cell(model, 3, Column.LEVELING_DELAY) == "0ed"
    assert _cell(model, 3, Column.PRELEVELED_START) == "NA"  # leveling never ran
    assert _type(model, 3, Column.LEVELING_DELAY, "7ed")  # a week: five working days
    assert doc.plan.task(3).leveling_delay_minutes == 5 * DAY
    assert doc.schedule[3].start == datetime(2027, 1, 11, 8, 0)
    assert _cell(model, 3, Column.LEVELING_DELAY) == "7ed"
    assert _cell(model, 3, Column.PRELEVELED_START) == "Mon 2027-01-04"
    assert _cell(model, 3, Column.PRELEVELED_FINISH) == "Wed 2027-01-06"
    assert _cell(model, 2, Column.PRELEVELED_START) == "Mon 2027-01-04"  # every task has them now
    assert doc.undo_stack.undoText() == "Set leveling delay of 'Build'"
    doc.undo_stack.undo()
    assert doc.plan.task(3).leveling_delay_minutes == 0
    assert _cell(model, 3, Column.PRELEVELED_FINISH) == "NA"
    doc.undo_stack.redo()
    assert doc.plan.task(3).leveling_delay_minutes == 5 * DAY


def test_s22lc_a_bare_number_is_elapsed_days_and_working_days_are_taken_as_typed():
    plan = _plan()
    found = schedule(plan)
    assert typed_delay(plan, found, 3, "3") == 3 * DAY  # Mon -> Thu, no weekend between
    assert typed_delay(plan, found, 3, "7") == 5 * DAY
    assert typed_delay(plan, found, 3, "7d") == 7 * DAY  # working days, as typed
    assert typed_delay(plan, found, 3, "") == typed_delay(plan, found, 3, "0ed") == 0


def test_s22lc_zero_clears_the_delay_and_the_cell_text_again_changes_nothing():
    doc = Document(_plan(delay=5 * DAY))
    model = TaskTreeModel(doc)
    shown = _cell(model, 3, Column.LEVELING_DELAY)
    assert shown == "7ed"
    depth = doc.undo_stack.count()
    assert _type(model, 3, Column.LEVELING_DELAY, shown)
    assert doc.undo_stack.count() == depth  # its own text committed again: no step
    assert _type(model, 3, Column.LEVELING_DELAY, "0")
    assert doc.plan.task(3).leveling_delay_minutes == 0
    assert doc.undo_stack.undoText() == "Clear leveling delay of 'Build'"
    assert doc.schedule[3].start == MONDAY


@pytest.mark.parametrize(
    ("uid", "text", "message"),
    [
        (3, "-2ed", "'-2ed': a leveling delay cannot be negative"),
        (3, "soon", "'soon' is not a duration"),
        (1, "2ed", "summary task 'Phase' is not delayed itself"),
        (4, "2ed", "'Sketch' is scheduled manually: a leveling delay does not move it"),
        (5, "2d", "'Done' has no work left to pause"),
    ],
)
def test_s22lc_what_takes_no_delay_is_refused_in_one_line(uid, text, message):
    doc = Document(_with_done_task(_plan()))
    model = TaskTreeModel(doc)
    assert not _type(model, uid, Column.LEVELING_DELAY, text)
    assert doc.plan.task(uid).leveling_delay_minutes == 0
    assert doc.undo_stack.count() == 0
    with pytest.raises(InputError, match="^" + re.escape(message)):
        command_for_cell(doc, uid, Column.LEVELING_DELAY, text)


def test_s22lc_the_preleveled_dates_are_read_only():
    doc = Document(_plan(delay=5 * DAY))
    model = TaskTreeModel(doc)
    for column in (Column.PRELEVELED_START, Column.PRELEVELED_FINISH):
        flags = model.flags(model.index_of_uid(3, column))
        assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index_of_uid(3, Column.LEVELING_DELAY)) & Qt.ItemFlag.ItemIsEditable


def test_s22lc_printed_with_the_sheets_words():
    plan = _plan(delay=5 * DAY)
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(3, "leveling_delay") == "7ed"
    assert cells.text(3, "preleveled_start") == "2027-01-04"
    assert cells.text(3, "preleveled_finish") == "2027-01-06"
    unleveled = _plan()
    assert CellText(unleveled, schedule(unleveled), {}).text(3, "preleveled_start") == "NA"
    assert dates_before_leveling(unleveled) == {}


def test_s22lc_offered_titled_and_printed_as_the_sheet_names_them():
    ours = (Column.LEVELING_DELAY, Column.PRELEVELED_START, Column.PRELEVELED_FINISH)
    assert set(ours) <= set(COLUMN_GROUPS["Schedule"])  # Insert Column > Schedule
    for column in ours:
        key = REPORT_KEYS[column]
        assert SHEET_COLUMNS[key] is column
        assert COLUMNS[key].title == HEADERS[column]
        assert printed_key(column.name.lower()) == key  # a saved view prints it
    assert COLUMNS["leveling_delay"].numeric
    delay = task_table("delay")  # MS Project's Delay table, the Leveling Gantt's
    assert delay.name == "Delay"
    assert delay.columns[:6] == ("id", "name", "leveling_delay", "duration", "start", "finish")


def _sorted(plan: Plan, field: SortField, descending: bool = False) -> list[int]:
    key = SortKey(field, descending=descending)
    return [t.uid for t in sorted_tasks(plan, schedule(plan), TaskSort((key,), False))]


def test_s22lc_sorted_by_leveling_delay_and_preleveled_dates():
    plan = _plan(delay=5 * DAY)
    plan.update_task(replace(plan.task(2), leveling_delay_minutes=DAY))
    assert _sorted(plan, SortField.LEVELING_DELAY, descending=True) == [3, 2, 4]
    assert SortField.from_name("leveling-delay").title == "Leveling Delay"
    plan.update_task(replace(plan.task(2), duration_minutes=DAY))
    # before leveling: Design and Sketch finish on Monday (a tie keeps the ID order), Build
    # on Wednesday; its delay made it the last to finish, Design's the second
    assert _sorted(plan, SortField.PRELEVELED_FINISH) == [2, 4, 3]
    assert _sorted(plan, SortField.FINISH) == [4, 2, 3]
    assert _sorted(_plan(), SortField.PRELEVELED_START) == [2, 3, 4]  # all NA: by ID


def test_s22lc_find_compares_the_delay_and_the_dates_before_leveling():
    doc = Document(_plan(delay=5 * DAY))
    model = TaskTreeModel(doc)
    longer = FindQuery("2ed", Column.LEVELING_DELAY, FindTest.GREATER)
    assert Matcher(model, longer).every([1, 2, 3, 4]) == [3]
    early = FindQuery("2027-01-05", Column.PRELEVELED_FINISH, FindTest.LESS)
    assert Matcher(model, early).every([1, 2, 3, 4]) == [4]
    unleveled = TaskTreeModel(Document(_plan()))
    assert Matcher(unleveled, early).every([1, 2, 3, 4]) == []  # NA: neither before nor after


def test_s22lc_the_dates_before_leveling_stay_until_the_leveling_changes():
    doc = Document(_plan(delay=5 * DAY))
    model = TaskTreeModel(doc)
    assert _cell(model, 2, Column.PRELEVELED_FINISH) == "Fri 2027-01-08"  # Design: 5d
    assert _type(model, 2, Column.DURATION, "2d")
    assert _cell(model, 2, Column.FINISH) == "Tue 2027-01-05"
    assert _cell(model, 2, Column.PRELEVELED_FINISH) == "Fri 2027-01-08"  # as MS Project keeps them
    assert _type(model, 3, Column.LEVELING_DELAY, "14ed")  # the leveling changed: again
    assert _cell(model, 2, Column.PRELEVELED_FINISH) == "Tue 2027-01-05"
