"""A Delay typed as 1w shows back as 1w (MS Project keeps the unit typed), not 5d: in
Assignment Information, in the Usage view's Delay column and after undo and redo; 5d
retyped 1w is an edit of its own that moves nothing."""

from __future__ import annotations

from datetime import datetime

from app.domain.assignment_delay import delay_edit, delay_text, read_typed_delay
from app.domain.assignment_work import apply_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import DELAY, RowKeyRole
from app.ui.usage.view import UsageView

DAY = 480


def _plan() -> Plan:
    """Write (10d): Ana 80h, Ben 16h."""
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 2 * DAY))
    return plan


def test_s30dl_the_domain_keeps_the_unit_typed():
    plan = _plan()
    project = plan.project
    assert read_typed_delay("1w", project) == (5 * DAY, False, DurationUnit.WEEKS)
    apply_edit(plan, delay_edit(plan, 2, 5 * DAY, False, DurationUnit.WEEKS))
    assert delay_text(plan.assignment(2), project) == "1w"
    # the same length typed in days: only the unit changes, the task stays as it is
    task, changed = delay_edit(plan, 2, 5 * DAY, False, DurationUnit.DAYS)
    assert task == plan.task(1)
    assert [a.delay_unit for a in changed] == [DurationUnit.DAYS]
    apply_edit(plan, delay_edit(plan, 2, 0))
    assert plan.assignment(2).delay_unit is None  # no delay, no unit
    assert delay_text(plan.assignment(2), project) == "0d"
    elapsed = read_typed_delay("1ew", project)
    apply_edit(plan, delay_edit(plan, 2, *elapsed))
    assert delay_text(plan.assignment(2), project) == "1ew"


def test_s30dl_assignment_information_shows_1w_back_and_undoes_it(qtbot):
    doc = Document(_plan())
    dialog = AssignmentInfoDialog(doc, 2)
    qtbot.addWidget(dialog)
    dialog.delay.setText("1w")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(2).delay_minutes == 5 * DAY
    again = AssignmentInfoDialog(doc, 2)
    qtbot.addWidget(again)
    assert again.delay.text() == "1w"
    again.delay.setText("5d")  # the same length in days: one step of its own
    again.accept()
    assert again.result() == again.DialogCode.Accepted, again.error.text()
    assert doc.undo_stack.count() == 2
    assert delay_text(doc.plan.assignment(2), doc.plan.project) == "5d"
    doc.undo_stack.undo()
    assert delay_text(doc.plan.assignment(2), doc.plan.project) == "1w"
    doc.undo_stack.undo()
    assert doc.plan.assignment(2).delay_minutes == 0
    doc.undo_stack.redo()
    assert delay_text(doc.plan.assignment(2), doc.plan.project) == "1w"


def test_s30dl_the_usage_delay_cell_shows_the_unit_typed(qtbot):
    view = UsageView(Document(_plan()))
    qtbot.addWidget(view)
    view.set_mode(Mode.TASKS)
    view.resize(1200, 400)
    with qtbot.waitExposed(view):
        view.show()
    model = view.tree_model

    def row() -> int:
        key = ("assignment", 2)
        return next(r for r in range(model.rowCount()) if model.index(r, 0).data(RowKeyRole) == key)

    assert model.setData(model.index(row(), DELAY), "1w")
    view.wait_built()
    assert view.tree_model.index(row(), DELAY).data() == "1w"
    assert view.document.plan.assignment(2).delay_minutes == 5 * DAY
    assert not model.setData(model.index(row(), DELAY), "1w")  # the same again: no step
    assert view.document.undo_stack.count() == 1
