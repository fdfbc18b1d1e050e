"""Task Usage's Delay column: hidden while nobody is delayed, added from the header menu,
typed on an assignment row (2d); the row's work moves to the days after the delay, the
task stretches, undo puts it back; a negative delay is refused in one line naming the
row and the field."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import DELAY, RowKeyRole
from app.ui.usage.view import UsageView

DAY = 480


def _document() -> Document:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 2 * DAY))
    return Document(plan)


def _view(qtbot) -> UsageView:
    view = UsageView(_document())
    qtbot.addWidget(view)
    view.set_mode(Mode.TASKS)
    view.resize(1200, 400)
    with qtbot.waitExposed(view):
        view.show()
    return view


def _row(view: UsageView, key: tuple[str, int]) -> int:
    model = view.tree_model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(RowKeyRole) == key)


def test_the_delay_column_is_added_typed_and_undone(qtbot, tmp_path):
    view = _view(qtbot)
    assert view.tree.isColumnHidden(DELAY)
    delay = next(a for a in view.header_menu().actions() if a.text() == "Delay")
    delay.trigger()
    assert not view.tree.isColumnHidden(DELAY)
    row = _row(view, ("assignment", 2))
    model = view.tree_model
    assert model.index(row, DELAY).data() == "0d"
    assert (
        model.flags(model.index(row, DELAY)) & model.flags(model.index(row, DELAY)).ItemIsEditable
    )
    assert model.index(_row(view, ("task", 1)), DELAY).data() is None
    assert model.setData(model.index(row, DELAY), "4d")
    view.wait_built()
    doc = view.document
    assert doc.plan.assignment(2).delay_minutes == 4 * DAY
    assert doc.plan.task(1).duration_minutes == 6 * DAY
    assert view.tree_model.index(_row(view, ("assignment", 2)), DELAY).data() == "4d"
    header = view.tree.horizontalHeader()
    right = header.sectionViewportPosition(DELAY) + header.sectionSize(DELAY)
    assert right <= view.tree.viewport().width()  # the pane fitted to show it
    view.grab().save(str(tmp_path / "usage_delay.png"))
    doc.undo_stack.undo()
    view.wait_built()
    assert doc.plan.assignment(2).delay_minutes == 0
    assert doc.plan.task(1).duration_minutes == 5 * DAY


def test_a_plan_with_a_delay_shows_the_column(qtbot):
    view = _view(qtbot)
    doc = view.document
    from app.ui.assignment_delay_command import AssignmentDelayCommand
    from app.ui.commands import execute

    execute(doc, AssignmentDelayCommand(doc, 2, 2 * DAY, False))  # Assignment Information
    view.wait_built()
    assert not view.tree.isColumnHidden(DELAY)


def test_a_negative_delay_is_refused_naming_the_row_and_field(qtbot):
    view = _view(qtbot)
    model = view.tree_model
    row = _row(view, ("assignment", 2))
    assert not model.setData(model.index(row, DELAY), "-1d")
    assert view.last_refusal == "Write, Ben: Delay: '-1d' cannot be negative; type 0d for no delay"
    assert view.document.undo_stack.count() == 0
