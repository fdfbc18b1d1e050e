"""Through the window's own commands and undo stack: the Document's lookups and the chart's
rows follow link, outline and people edits, and read as a fresh build after each.

Needs Qt (Document, sheet and chart), offscreen like every test here.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QSplitter

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.report.plan_lookups import PlanLookups
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.gantt.rows import RowIndex
from app.ui.gantt.view import GanttView
from app.ui.link_commands import AddLinkCommand
from app.ui.models.task_model import TaskTreeModel
from app.ui.outline_commands import IndentCommand, MoveTasksCommand, OutdentCommand
from app.ui.task_tree import TaskTreeView
from app.ui.team.commands import SetAssignmentsCommand
from tests.unit.test_plan_lookups import _chart_reads

MONDAY = datetime(2026, 1, 5, 8, 0)


def _plan(n: int = 120, seed: int = 5) -> Plan:
    rnd = random.Random(seed)
    tasks = [Task(k, f"T{k}", 1 if k % 8 == 1 else 2, duration_minutes=480) for k in range(1, n)]
    plan = Plan(project=Project(name="Edits", start=MONDAY), tasks=tasks)
    leaves = [t.uid for t in tasks if t.outline_level == 2]
    for _ in range(n):
        a, b = sorted(rnd.sample(leaves, 2))
        if plan.find_link(a, b) is None and b - a > 1:
            plan.add_link(Link(a, b))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for k, uid in enumerate(leaves[::2], start=1):
        plan.add_assignment(Assignment(k, uid, 1 + k % 2))
    return plan


@pytest.fixture
def window(qtbot):
    plan = _plan()
    doc = Document(plan)
    model = TaskTreeModel(doc)
    tree = TaskTreeView(model)
    gantt = GanttView(doc, tree, clock=lambda: datetime(2026, 1, 7, 12))
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1200, 600)
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.row_index()
    gantt.chart_painter()
    yield doc, model, tree, gantt
    splitter.close()


def _check(doc, tree, gantt, kept):
    """Same tables as before the edit, reading as a fresh build; rows and arrows likewise."""
    assert doc.lookups() is kept
    assert _chart_reads(kept) == _chart_reads(PlanLookups(doc.plan))
    painter = gantt.chart_painter()
    assert painter.lookups is kept
    rows = gantt.row_index()
    fresh = RowIndex(tree, doc.plan)
    fresh.index_links(doc.plan.links)
    assert rows.uids == fresh.uids
    assert rows.row_of == fresh.row_of
    last = len(fresh.uids) - 1
    for first in range(0, last + 1, 17):
        assert rows.links_near(first, min(first + 25, last)) == fresh.links_near(
            first, min(first + 25, last)
        )
    assert rows.links_near(0, last) == fresh.links_near(0, last)


def _do_undo_redo(doc, tree, gantt, command):
    kept = doc.lookups()
    execute(doc, command)
    _check(doc, tree, gantt, kept)
    doc.undo_stack.undo()
    _check(doc, tree, gantt, kept)
    doc.undo_stack.redo()
    _check(doc, tree, gantt, kept)
    doc.undo_stack.undo()
    _check(doc, tree, gantt, kept)


def test_a_link_added_through_the_chart(window):
    doc, _model, tree, gantt = window
    plan = doc.plan
    a, b = next(
        (t.uid, u.uid)
        for t in plan.tasks[2:]
        for u in plan.tasks[-20:]
        if t.outline_level == u.outline_level == 2
        and plan.find_link(t.uid, u.uid) is None
        and plan.link_path(u.uid, t.uid) is None
    )
    before = gantt.row_index().links_near(0, len(plan.tasks))
    execute(doc, AddLinkCommand(doc, a, b))
    assert Link(a, b) in gantt.row_index().links_near(0, len(plan.tasks))
    doc.undo_stack.undo()
    assert gantt.row_index().links_near(0, len(plan.tasks)) == before
    _do_undo_redo(doc, tree, gantt, AddLinkCommand(doc, a, b))


def _unlinked_below_a_sibling(plan: Plan, start: int) -> int:
    for above, t in zip(plan.tasks[start:], plan.tasks[start + 1 :], strict=False):
        linked = plan.find_link(above.uid, t.uid) or plan.find_link(t.uid, above.uid)
        if above.outline_level == t.outline_level == 2 and not linked:
            return t.uid
    raise AssertionError("no task to indent")


def test_indent_outdent_and_move_through_the_sheet(window):
    doc, _model, tree, gantt = window
    plan = doc.plan
    uid = _unlinked_below_a_sibling(plan, 30)
    _do_undo_redo(doc, tree, gantt, IndentCommand(doc, [uid]))
    phase = next(t.uid for t in plan.tasks[40:] if t.outline_level == 1)
    i = plan.index_of(phase)
    last_child = plan.tasks[plan.subtree_end(i) - 1].uid  # outdented, nothing goes under it
    _do_undo_redo(doc, tree, gantt, OutdentCommand(doc, [last_child]))
    order = [t.uid for t in plan.tasks]
    moved = order[i : plan.subtree_end(i)]
    rest = [u for u in order if u not in moved]
    levels = {t.uid: t.outline_level for t in plan.tasks}
    _do_undo_redo(doc, tree, gantt, MoveTasksCommand(doc, moved + rest, "Move a phase up", levels))


def test_edits_with_a_collapsed_summary(window):
    doc, model, tree, gantt = window
    plan = doc.plan
    phases = [t.uid for t in plan.tasks if t.outline_level == 1]
    model.set_collapsed_uids(phases[2:4])
    _check(doc, tree, gantt, doc.lookups())
    uid = _unlinked_below_a_sibling(plan, 60)
    _do_undo_redo(doc, tree, gantt, IndentCommand(doc, [uid]))
    model.set_collapsed_uids([])
    _check(doc, tree, gantt, doc.lookups())


def test_people_through_the_people_cell(window):
    doc, _model, tree, gantt = window
    plan = doc.plan
    staffed = plan.assignments[3].task_uid
    bare = next(
        t.uid for t in plan.tasks if t.outline_level == 2 and not plan.assignments_of_task(t.uid)
    )
    for uid, text in ((staffed, "Ben, Ana[50%]"), (staffed, ""), (bare, "Ana")):
        _do_undo_redo(doc, tree, gantt, SetAssignmentsCommand(doc, uid, text))
    execute(doc, SetAssignmentsCommand(doc, bare, "Ben[25%]"))
    assert gantt.chart_painter().resource_label(bare) == "Ben[25%]"


def test_a_new_lag_reaches_the_arrows(window):
    doc, _model, tree, gantt = window
    plan = doc.plan
    kept = doc.lookups()
    link = plan.links[len(plan.links) // 2]
    with plan.batch():
        plan.update_link(replace(link, lag_minutes=link.lag_minutes + 960))
    _check(doc, tree, gantt, kept)
    assert replace(link, lag_minutes=link.lag_minutes + 960) in gantt.row_index().links_near(
        0, len(plan.tasks)
    )
