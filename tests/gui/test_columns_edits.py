"""Typing into the optional columns: one undo step each, refused where MS Project refuses."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.task import ConstraintType, TaskType
from app.report.columns import CONSTRAINT_NAMES
from app.ui.document import Document
from app.ui.models.task_date_edits import parse_optional_date
from app.ui.models.task_edits import Column, parse_choice, parse_priority
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def type_into(model, uid, column, text):
    return model.setData(model.index_of_uid(uid, column), text, EDIT)


def one_step(doc, before, after, check):
    """The edit is one undo step: done, undone, redone."""
    stack = doc.undo_stack
    assert stack.count() == before + 1
    check(after=True)
    stack.undo()
    check(after=False)
    stack.redo()
    check(after=True)


def test_constraint_type_from_the_list_takes_the_scheduled_start(doc, model):
    start = doc.schedule.get(5).start
    assert type_into(model, 5, Column.CONSTRAINT_TYPE, "Start no earlier than")

    def check(after):
        task = doc.plan.task(5)
        if after:
            assert task.constraint_type is ConstraintType.SNET
            assert task.constraint_date == start
        else:
            assert task.constraint_type is ConstraintType.ASAP
            assert task.constraint_date is None

    one_step(doc, 0, True, check)
    assert doc.undo_stack.text(0) == "Set constraint type of 'Code'"


def test_a_finish_constraint_takes_the_scheduled_finish(doc, model):
    finish = doc.schedule.get(6).finish
    assert type_into(model, 6, Column.CONSTRAINT_TYPE, "fnlt")
    assert doc.plan.task(6).constraint_type is ConstraintType.FNLT
    assert doc.plan.task(6).constraint_date == finish


def test_a_constraint_date_typed_pins_the_task_and_clearing_it_frees_it(doc, model):
    assert type_into(model, 6, Column.CONSTRAINT_DATE, "2026-03-23")
    task = doc.plan.task(6)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 3, 23, 8, 0)
    assert doc.schedule.get(6).start == datetime(2026, 3, 23, 8, 0)
    assert model.index_of_uid(6, Column.START).data() == "Mon 2026-03-23"
    assert type_into(model, 6, Column.CONSTRAINT_DATE, "")
    assert doc.plan.task(6).constraint_type is ConstraintType.ASAP
    assert doc.plan.task(6).constraint_date is None
    assert doc.undo_stack.count() == 2


def test_a_summary_takes_only_the_constraints_the_scheduler_honours(doc, model):
    errors = []
    model.sig_error.connect(errors.append)
    assert not type_into(model, 4, Column.CONSTRAINT_TYPE, "Must finish on")
    assert errors == [
        "summary task 'Build' can only be 'As Soon As Possible', 'Start No Earlier Than' "
        "or 'Finish No Later Than'"
    ]
    assert type_into(model, 4, Column.CONSTRAINT_DATE, "2026-03-30")
    assert doc.plan.task(4).constraint_type is ConstraintType.SNET
    assert doc.schedule.get(5).start >= datetime(2026, 3, 30, 8, 0)


def test_deadline_set_and_cleared(doc, model):
    assert type_into(model, 7, Column.DEADLINE, "2026-03-10")

    def check(after):
        expected = datetime(2026, 3, 10, 17, 0) if after else None
        assert doc.plan.task(7).deadline == expected

    one_step(doc, 0, True, check)
    assert type_into(model, 7, Column.DEADLINE, "NA")
    assert doc.plan.task(7).deadline is None


def test_actual_start_marks_the_task_started_where_it_was_typed(doc, model):
    assert type_into(model, 6, Column.ACTUAL_START, "2026-03-16 08:00")

    def check(after):
        task = doc.plan.task(6)
        assert task.actual_start == (datetime(2026, 3, 16, 8, 0) if after else None)

    one_step(doc, 0, True, check)
    assert doc.schedule.get(6).start == datetime(2026, 3, 16, 8, 0)


def test_actual_finish_completes_the_task_as_typing_100_percent_does(doc, model):
    scheduled = doc.schedule.get(5)
    assert type_into(model, 5, Column.ACTUAL_FINISH, "2026-03-13 12:00")
    task = doc.plan.task(5)
    assert task.percent_complete == 100
    assert task.actual_start == scheduled.start
    assert task.actual_finish == datetime(2026, 3, 13, 12, 0)
    assert doc.undo_stack.count() == 1
    # clearing it reopens the task: still started, no work known done (as MS Project)
    assert type_into(model, 5, Column.ACTUAL_FINISH, "")
    task = doc.plan.task(5)
    assert task.actual_finish is None
    assert task.actual_start == scheduled.start
    assert task.percent_complete == 0
    # clearing the actual start takes the progress back altogether
    assert type_into(model, 5, Column.ACTUAL_START, "")
    task = doc.plan.task(5)
    assert (task.actual_start, task.percent_complete) == (None, 0)


def test_actual_dates_out_of_order_are_refused_with_one_message(doc, model):
    errors = []
    model.sig_error.connect(errors.append)
    assert not type_into(model, 5, Column.ACTUAL_FINISH, "2026-03-01")
    assert errors == ["actual finish 2026-03-01 17:00 is before the start 2026-03-06 08:00"]
    assert type_into(model, 5, Column.ACTUAL_FINISH, "2026-03-13")
    assert doc.undo_stack.count() == 1
    # an actual start past the finish of a finished task moves its finish (MS Project keeps
    # the actual duration: app/domain/tracking_edits.py), so it is never out of order
    assert type_into(model, 5, Column.ACTUAL_START, "2026-03-20")
    assert doc.plan.task(5).actual_finish == datetime(2026, 3, 27, 17, 0)  # 6d: Fri to Fri
    assert len(errors) == 1


def test_summaries_roll_up_actuals_and_type_so_those_cells_are_read_only(doc, model):
    for column in (Column.ACTUAL_START, Column.ACTUAL_FINISH, Column.TASK_TYPE):
        assert not model.index_of_uid(4, column).flags() & Qt.ItemFlag.ItemIsEditable
        assert model.index_of_uid(5, column).flags() & Qt.ItemFlag.ItemIsEditable
    assert not type_into(model, 4, Column.ACTUAL_START, "2026-03-06")
    assert doc.undo_stack.count() == 0


def test_priority_type_fixed_cost_and_notes(doc, model):
    assert type_into(model, 5, Column.PRIORITY, "900")
    assert type_into(model, 5, Column.TASK_TYPE, "Fixed work")
    assert type_into(model, 5, Column.FIXED_COST, "€1,250.50")
    task = doc.plan.task(5)
    assert (task.priority, task.task_type, task.fixed_cost) == (900, TaskType.FIXED_WORK, 1250.5)
    assert doc.costs.task_cost[5] == pytest.approx(1250.5)
    assert doc.undo_stack.count() == 3
    assert doc.undo_stack.text(2) == "Set fixed cost of 'Code'"
    # the cell edits the first line of the notes; the lines below it stay
    assert type_into(model, 5, Column.NOTES, "Old first")
    from app.ui.commands import EditTaskCommand, execute

    execute(doc, EditTaskCommand(doc, 5, "notes", notes="Old first\nkeep me"))
    assert type_into(model, 5, Column.NOTES, "New first")
    assert doc.plan.task(5).notes == "New first\nkeep me"
    assert model.index_of_uid(5, Column.NOTES).data() == "New first"


def test_the_same_value_again_makes_no_undo_step(doc, model):
    assert type_into(model, 5, Column.PRIORITY, "500")
    assert type_into(model, 5, Column.CONSTRAINT_TYPE, "As soon as possible")
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (Column.PRIORITY, "high", "'high' is not a priority (a whole number, 0 to 1000)"),
        (Column.PRIORITY, "1001", "priority 1001 is out of range: it goes from 0 to 1000"),
        (Column.FIXED_COST, "12k", "Fixed Cost: '12k' is not an amount (try 12000 or 12,500.50)"),
        (Column.DEADLINE, "soon", "'soon' is not a date (try 2026-03-02 or 2026-03-02 13:00)"),
        (Column.CONSTRAINT_TYPE, "Whenever", "'Whenever' is not a constraint (one of: "),
        (Column.TASK_TYPE, "Fixed", "'Fixed' is not a task type (one of: "),
    ],
)
def test_bad_input_is_refused_with_one_clear_line(doc, model, column, text, message):
    errors = []
    model.sig_error.connect(errors.append)
    assert not type_into(model, 5, column, text)
    assert len(errors) == 1
    assert errors[0].startswith(message)
    assert doc.undo_stack.count() == 0


def test_a_read_only_plan_refuses_every_optional_edit(plan):
    class _ReadOnlyFile:
        read_only = True
        path = None

    document = Document(plan, _ReadOnlyFile())
    model = TaskTreeModel(document)
    for column in Column:
        assert not model.index_of_uid(5, column).flags() & Qt.ItemFlag.ItemIsEditable
    assert not type_into(model, 5, Column.PRIORITY, "900")
    assert plan.task(5).priority == 500


def test_computed_columns_are_read_only_and_the_empty_row_takes_only_default_ones(doc, model):
    for column in (
        Column.TOTAL_SLACK,
        Column.FINISH_VARIANCE,  # Baseline Start is typed, as in MS Project (s26bl)
        Column.SUCCESSORS,
        Column.EARLY_START,
        Column.COST_VARIANCE,
    ):
        assert not model.index_of_uid(5, column).flags() & Qt.ItemFlag.ItemIsEditable
        assert not type_into(model, 5, column, "1")
    assert not model.blank_index(Column.PRIORITY).flags() & Qt.ItemFlag.ItemIsEditable


def test_the_parsers():
    assert parse_choice("snet", CONSTRAINT_NAMES, "constraint") is ConstraintType.SNET
    assert parse_choice("must start", CONSTRAINT_NAMES, "constraint") is ConstraintType.MSO
    with pytest.raises(InputError):
        parse_choice("must", CONSTRAINT_NAMES, "constraint")  # start or finish?
    assert parse_priority(" 0 ") == 0
    assert parse_optional_date("na", datetime(2026, 1, 1).time()) is None
    assert parse_optional_date("Mon 2026-03-02", datetime(2026, 1, 1, 9).time()) == datetime(
        2026, 3, 2, 9, 0
    )


def test_notes_with_blank_lines_first_edit_the_line_shown(doc, model):
    from app.ui.commands import EditTaskCommand, execute

    execute(doc, EditTaskCommand(doc, 5, "notes", notes="\r\nCall Ana\r\nthen Ben\r\n"))
    assert model.index_of_uid(5, Column.NOTES).data() == "Call Ana"
    assert type_into(model, 5, Column.NOTES, "Call Bo")
    assert doc.plan.task(5).notes == "Call Bo\nthen Ben"


def test_a_summarys_type_is_fixed_duration(doc):
    from app.ui.models.task_edits import command_for_cell

    with pytest.raises(InputError, match="summary task 'Build' is always fixed duration"):
        command_for_cell(doc, 4, Column.TASK_TYPE, "Fixed work")
