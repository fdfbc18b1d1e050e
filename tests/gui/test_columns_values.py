"""The sheet's optional columns show what the rest of the app shows, summaries rolled up."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.domain.notation import format_column_span
from app.domain.resource import Assignment, Resource
from app.domain.task import ConstraintType, DurationUnit, TaskType
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.models.custom_columns import CUSTOM_COUNT
from app.ui.models.task_date_edits import format_date, format_date_edit
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc():
    """The sample plan with Ana on Code at 80/h, a fixed cost, a baseline, then a slip."""
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 5, 1, work_minutes=5 * 480))
    plan.update_task(replace(plan.task(6), fixed_cost=250.0, notes="Smoke first\nthen the rest"))
    document = Document(plan)
    plan.set_baseline(snapshot(plan, document.schedule, document.costs, 0, datetime(2026, 3, 1)))
    # Specs slips by two days after the baseline: everything after it finishes later
    plan.update_task(replace(plan.task(2), duration_minutes=5 * 480))
    return document


def cell(model, uid, column, role=Qt.ItemDataRole.DisplayRole):
    return model.index_of_uid(uid, column).data(role)


def test_slack_early_and_late_dates_come_from_the_schedule(doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(3), duration_minutes=0, milestone=True))
    model = TaskTreeModel(doc)
    for uid in (2, 3, 4, 6):
        t = doc.schedule.get(uid)
        assert cell(model, uid, Column.TOTAL_SLACK) == format_column_span(
            t.total_slack_minutes, plan.project
        )
        assert cell(model, uid, Column.FREE_SLACK) == format_column_span(
            t.free_slack_minutes, plan.project
        )
        assert cell(model, uid, Column.EARLY_START) == format_date(t.early_start)
        assert cell(model, uid, Column.LATE_FINISH) == format_date(t.late_finish)


def test_a_task_with_slack_shows_it_in_days(doc):
    plan = doc.plan
    # Review no longer feeds Code: it may slip until Go-live's predecessors end
    from app.ui.commands import execute
    from app.ui.link_commands import SetPredecessorsCommand

    execute(doc, SetPredecessorsCommand(doc, 5, []))
    model = TaskTreeModel(doc)
    slack = doc.schedule.get(3).total_slack_minutes
    assert slack > 0
    assert cell(model, 3, Column.TOTAL_SLACK) == format_column_span(slack, plan.project)
    assert cell(model, 3, Column.TOTAL_SLACK).endswith("d")


def test_baseline_dates_and_finish_variance_against_baseline_0(doc):
    model = TaskTreeModel(doc)
    base = doc.plan.baselines[0]
    test = base.entry(6)
    assert cell(model, 6, Column.BASELINE_START) == format_date(test.start)
    assert cell(model, 6, Column.BASELINE_FINISH) == format_date(test.finish)
    # Specs took two days more: Test finishes two working days late, signed as Variance does
    assert cell(model, 6, Column.FINISH_VARIANCE) == "+2d"
    assert cell(model, 1, Column.FINISH_VARIANCE) == "+2d"  # the summary too
    # a summary's baseline dates are its own roll-up when the baseline was saved
    design = base.entry(1)
    assert cell(model, 1, Column.BASELINE_FINISH) == format_date(design.finish)


def test_without_a_baseline_the_baseline_columns_are_blank():
    document = Document(build_plan())
    model = TaskTreeModel(document)
    for column in (Column.BASELINE_START, Column.BASELINE_FINISH):
        assert cell(model, 5, column) == "NA"  # MS Project's date without one (s26bl)
    for column in (
        Column.FINISH_VARIANCE,
        Column.BASELINE_COST,
        Column.COST_VARIANCE,
    ):
        assert cell(model, 5, column) == ""


def test_work_and_costs_roll_up_to_summaries(doc):
    model = TaskTreeModel(doc)
    project = doc.plan.project
    assert cell(model, 5, Column.WORK) == "40h"
    assert cell(model, 4, Column.WORK) == "40h"  # Build = Code + Test
    assert cell(model, 1, Column.WORK) == "0h"
    assert cell(model, 6, Column.FIXED_COST) == money(project, 250.0)
    assert cell(model, 4, Column.FIXED_COST) == money(project, 0.0)  # its own, not rolled up
    assert cell(model, 4, Column.BASELINE_COST) == money(project, 40 * 80 + 250.0)
    assert cell(model, 6, Column.COST_VARIANCE) == money(project, 0.0)


def test_cost_variance_is_signed_as_in_the_variance_view(doc):
    from app.ui.commands import EditTaskCommand, execute

    execute(doc, EditTaskCommand(doc, 6, "more", fixed_cost=400.0))
    model = TaskTreeModel(doc)
    project = doc.plan.project
    assert cell(model, 6, Column.COST_VARIANCE) == "+" + money(project, 150.0)
    assert cell(model, 4, Column.COST_VARIANCE) == "+" + money(project, 150.0)


def test_task_fields_constraint_deadline_priority_type_and_notes(doc):
    plan = doc.plan
    when = datetime(2026, 3, 20, 8, 0)
    plan.update_task(
        replace(
            plan.task(5),
            constraint_type=ConstraintType.SNET,
            constraint_date=when,
            deadline=datetime(2026, 4, 1, 17, 0),
            priority=800,
            task_type=TaskType.FIXED_WORK,
        )
    )
    model = TaskTreeModel(doc)
    assert cell(model, 5, Column.CONSTRAINT_TYPE) == "Start No Earlier Than"
    assert cell(model, 5, Column.CONSTRAINT_DATE) == format_date(when)
    assert cell(model, 5, Column.CONSTRAINT_DATE, EDIT) == format_date_edit(when)
    assert cell(model, 5, Column.DEADLINE) == "Wed 2026-04-01"
    assert cell(model, 5, Column.PRIORITY) == "800"
    assert cell(model, 5, Column.TASK_TYPE) == "Fixed work"
    assert cell(model, 4, Column.TASK_TYPE) == "Fixed duration"  # a summary, as in MS Project
    assert cell(model, 6, Column.CONSTRAINT_TYPE) == "As Soon As Possible"
    assert cell(model, 6, Column.CONSTRAINT_DATE) == ""
    assert cell(model, 6, Column.NOTES) == "Smoke first"
    assert cell(model, 6, Column.NOTES, Qt.ItemDataRole.ToolTipRole) == "Smoke first\nthen the rest"


def test_successors_are_written_as_predecessors_are(doc):
    from app.domain.link import Link, LinkType
    from app.ui.commands import execute
    from app.ui.link_commands import SetPredecessorsCommand

    model = TaskTreeModel(doc)
    assert cell(model, 2, Column.SUCCESSORS) == "3"
    assert cell(model, 7, Column.SUCCESSORS) == ""
    # a new link out of Specs shows at once (the index follows link edits)
    links = [Link(2, 6, LinkType.SS, 480)]
    execute(doc, SetPredecessorsCommand(doc, 6, [*doc.plan.links_into(6), *links]))
    assert cell(model, 2, Column.SUCCESSORS) == "3,6SS+1d"
    doc.undo_stack.undo()
    assert cell(model, 2, Column.SUCCESSORS) == "3"


def test_remaining_duration_in_the_tasks_own_unit(doc):
    """A task's Remaining Duration is in its Duration's unit, as MS Project shows both from the
    task's one duration format (9feed5e5; it was in days for every task before)."""
    from app.ui.commands import EditTaskCommand, execute

    execute(
        doc,
        EditTaskCommand(doc, 5, "half", percent_complete=50.0, duration_unit=DurationUnit.HOURS),
    )
    model = TaskTreeModel(doc)
    assert cell(model, 5, Column.REMAINING_DURATION) == "20h"  # 2.5d left, in hours
    assert cell(model, 7, Column.REMAINING_DURATION) == "0d"


def test_actual_dates_show_on_tasks_and_roll_up_to_summaries(doc):
    from app.ui.commands import EditTaskCommand, execute

    start = datetime(2026, 3, 2, 8, 0)
    execute(doc, EditTaskCommand(doc, 2, "start", actual_start=start, percent_complete=10.0))
    model = TaskTreeModel(doc)
    assert cell(model, 2, Column.ACTUAL_START) == format_date(start)
    assert cell(model, 2, Column.ACTUAL_FINISH) == ""
    # Design started when Specs did; it is not finished while Review is not
    assert cell(model, 1, Column.ACTUAL_START) == format_date(start)
    assert cell(model, 1, Column.ACTUAL_FINISH) == ""
    assert cell(model, 4, Column.ACTUAL_START) == ""
    late = datetime(2026, 3, 10, 17, 0)
    execute(doc, EditTaskCommand(doc, 2, "done", percent_complete=100.0, actual_finish=late))
    execute(
        doc,
        EditTaskCommand(
            doc,
            3,
            "done",
            percent_complete=100.0,
            actual_start=datetime(2026, 3, 9, 8, 0),
            actual_finish=datetime(2026, 3, 9, 17, 0),
        ),
    )
    assert cell(model, 1, Column.ACTUAL_FINISH) == format_date(late)  # the last one done
    doc.undo_stack.undo()
    assert cell(model, 1, Column.ACTUAL_FINISH) == ""


def test_figures_are_right_aligned_and_text_is_not(doc):
    model = TaskTreeModel(doc)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    align = Qt.ItemDataRole.TextAlignmentRole
    assert cell(model, 5, Column.WORK, align) == right
    assert cell(model, 5, Column.TOTAL_SLACK, align) == right
    assert cell(model, 5, Column.NOTES, align) is None


def test_the_model_passes_the_model_tester_with_every_column(doc, qtmodeltester):
    model = TaskTreeModel(doc)
    assert model.columnCount() == len(Column) + CUSTOM_COUNT  # then the custom fields
    qtmodeltester.check(model)


def test_the_people_cell_reads_as_format_assignments_and_follows_staffing_edits():
    from app.domain.assigning import format_assignments
    from app.ui.commands import execute
    from app.ui.team.commands import SetAssignmentsCommand
    from tests.bench.generate import make_plan

    plan = make_plan(300, 400, 1, n_resources=12)
    document = Document(plan)
    model = TaskTreeModel(document)
    texts = [model.index(row, Column.RESOURCES).data() for row in range(len(plan.tasks))]
    assert texts == [format_assignments(plan, t.uid) for t in plan.tasks]
    assert any(texts)
    leaf = next(t.uid for t in plan.tasks if not plan.is_summary(t.uid))
    name = plan.resources[0].name
    execute(document, SetAssignmentsCommand(document, leaf, f"{name}[50%]"))
    assert cell(model, leaf, Column.RESOURCES) == f"{name}[50%]"
    document.undo_stack.undo()
    assert cell(model, leaf, Column.RESOURCES) == format_assignments(plan, leaf)
