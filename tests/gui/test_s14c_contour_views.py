"""The contour shows: the Team view's Work contour column and Dates per assignment, the
Usage view's contour indicator (icon and tooltip) on assignments with shaped work."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.domain.assignment_work import apply_edit, contour_edit
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView
from app.ui.usage.view import UsageView

MON = datetime(2026, 1, 5, 8)
HOUR = 60
CONTOUR, DATES = 6, 5


def _plan() -> Plan:
    """Build: Ana Back Loaded 80 h (stretching it to 133 h 20), Ben flat 80 h; Test: Ana flat."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=80 * HOUR))
    plan.append_task(Task(2, "Test", duration_minutes=16 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Fee", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 80 * HOUR))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 80 * HOUR))
    plan.add_assignment(Assignment(3, 2, 1, 1.0, 16 * HOUR))
    plan.add_assignment(Assignment(4, 1, 3, 0.0, cost=100.0))
    apply_edit(plan, contour_edit(plan, 1, WorkContour.BACK_LOADED))
    return plan


def _cells(view: TeamView, column: int) -> dict[str, str]:
    table = view.assignments
    return {table.item(r, 0).text(): table.item(r, column).text() for r in range(table.rowCount())}


def test_team_view_shows_each_assignments_contour_and_own_dates(qtbot):
    view = TeamView(Document(_plan()))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitExposed(view):
        view.show()
    assert view.assignments.horizontalHeaderItem(CONTOUR).text() == "Work contour"
    view.select(1)
    assert _cells(view, CONTOUR) == {"Build": "Back Loaded", "Test": "Flat"}
    view.select(2)
    assert _cells(view, CONTOUR) == {"Build": "Flat"}
    # Ben works his 80 h at 100 %: two weeks, while Ana's back-loaded work runs on
    assert _cells(view, DATES) == {"Build": "2026-01-05 to 2026-01-16"}
    item = view.assignments.item(0, CONTOUR)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable  # set in Assignment Information
    view.select(3)
    assert _cells(view, CONTOUR) == {"Build": ""}  # a cost item has no work to shape
    view.select(1)
    view.grab().save("/tmp/s14c_team.png")


def test_usage_view_marks_contoured_assignments(qtbot):
    view = UsageView(Document(_plan()))
    qtbot.addWidget(view)
    view.resize(1100, 500)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    model = view.tree_model
    tree = model.tree
    marked = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        node = model.node(index)
        if tree.is_assignment(node):
            person = tree.name(tree.parent[node]) if tree.parent[node] >= 0 else ""
            marked[(person, tree.name(node))] = (icon is not None and not icon.isNull(), tip)
        else:
            assert icon is None
    assert marked[("Ana", "Build")] == (
        True,
        "This assignment has a back loaded contour (Work contour: Back Loaded)",
    )
    assert marked[("Ana", "Test")] == (False, None)
    assert marked[("Ben", "Build")] == (False, None)
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None  # the Work column
    view.grab().save("/tmp/s14c_usage.png")
