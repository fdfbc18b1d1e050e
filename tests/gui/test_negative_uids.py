"""A plan whose file gave tasks negative UIDs opens and works like any other.

PySide6 takes a negative internal id for a pointer to a Python object, so the
task sheet and the budget tree crashed the whole window on such a plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.budget_model import BudgetModel
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.ids import index_id, uid_of

DAY = 480


def _plan() -> Plan:
    plan = Plan(
        tasks=[
            Task(-7, "Phase", 1),
            Task(-3, "Design", 2, duration_minutes=2 * DAY),
            Task(0, "Build", 2, duration_minutes=3 * DAY),
            Task(12, "Ship", 1, duration_minutes=DAY),
        ]
    )
    plan.links = [Link(-3, 0), Link(0, 12)]
    plan.resources = [Resource(1, "Ana", standard_rate=50.0)]
    plan.assignments = [Assignment(1, -3, 1, 1.0, 2 * DAY)]
    return plan


def test_internal_ids_stand_for_every_uid():
    for uid in (-(2**40), -7, -1, 0, 1, 2**40):
        assert index_id(uid) >= 0
        assert uid_of(index_id(uid)) == uid


def test_window_on_negative_uids_selects_navigates_and_collapses(qtbot):
    window = MainWindow(Document(_plan()))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    tree = window.tree
    tree.setFocus()
    tree.select_uids([-3])
    assert tree.selected_uids() == [-3]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(tree, key)
    # Ctrl: Home and End alone stay on the row, as in MS Project (test_s14odds_home_end).
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(tree, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(tree, Qt.Key.Key_Control)  # else Qt keeps Ctrl held for later tests
    assert tree.selected_uids() == [-7]
    model = tree.model()
    rows = range(model.rowCount() - 1)  # the last row is the empty one new tasks go into
    assert [uid_of(model.index(r, 0).internalId()) for r in rows] == [
        -7,
        -3,
        0,
        12,
    ]
    tree.collapse(model.index(0, 0))
    assert model.rowCount() == 3  # the phase's two subtasks hidden; the empty row
    for view in ("team", "budget", "risks", "gantt"):
        window.show_view(view)


def test_budget_tree_on_negative_uids(qtmodeltester):
    model = BudgetModel(Document(_plan()))
    qtmodeltester.check(model)
    phase = model.index(0, 0)
    assert phase.data() == "Phase"
    assert [model.index(r, 0, phase).data() for r in range(model.rowCount(phase))] == [
        "Design",
        "Build",
    ]
