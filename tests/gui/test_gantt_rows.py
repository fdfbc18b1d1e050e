"""The Gantt's row index: which links cross a range of rows, and the tables it shares.

The chart asks, per paint, for the links whose rows span the viewport; the
answer (and its order, which decides how overlapping arrows look) must be what
walking every link gives. The Document's lookups, warmed by the open's worker,
serve the chart's painter and the task sheet until the plan next changes.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import numpy as np
import pytest
from PySide6.QtWidgets import QSplitter

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document, schedule_plan
from app.ui.gantt.rows import BLOCK, RowIndex, _rows_of
from app.ui.gantt.view import GanttView
from app.ui.models.predecessor_cells import format_predecessors
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView

MONDAY = datetime(2026, 1, 5, 8, 0)


def _plan(n: int = 300, uid_step: int = 1, seed: int = 7) -> Plan:
    """Phases of nine tasks each, with links of every reach, some long."""
    rnd = random.Random(seed)
    plan = Plan(project=Project(name="Rows", start=MONDAY))
    uids = [1 + k * uid_step for k in range(n)]
    plan.insert_tasks(
        0,
        [
            Task(uid, f"T{uid}", 1 if k % 10 == 0 else 2, duration_minutes=480)
            for k, uid in enumerate(uids)
        ],
    )
    keys: set[tuple[int, int]] = set()
    for _ in range(n * 2):
        a, b = sorted(rnd.sample(range(n), 2))
        if a % 10 and b % 10 and (uids[a], uids[b]) not in keys:
            keys.add((uids[a], uids[b]))
            plan.links.append(Link(uids[a], uids[b]))
    return plan


def _walked(index: RowIndex, links: list[Link], first: int, last: int) -> list[Link]:
    """The links crossing rows first..last, in the order the buckets of BLOCK rows give."""
    out: list[tuple[int, int, Link]] = []
    if last < first:  # no rows: no links
        return []
    for k, lk in enumerate(links):
        a, b = index.row_of.get(lk.predecessor), index.row_of.get(lk.successor)
        if a is None or b is None:
            continue
        lo, hi = min(a, b), max(a, b)
        if lo <= last and hi >= first:
            out.append((max(lo, first) // BLOCK, k, lk))
    return [lk for _b, _k, lk in sorted(out, key=lambda t: t[:2])]


@pytest.fixture
def open_window(qtbot):
    """Builds sheet and chart around a Document; closes them after the test."""
    splitters: list[QSplitter] = []
    documents: list[Document] = []  # alive until the views are closed

    def build(doc: Document):
        model = TaskTreeModel(doc)
        tree = TaskTreeView(model)
        gantt = GanttView(doc, tree, clock=lambda: datetime(2026, 1, 7, 12))
        splitter = QSplitter()
        splitter.addWidget(tree)
        splitter.addWidget(gantt)
        splitter.resize(1200, 500)
        qtbot.addWidget(splitter)
        with qtbot.waitExposed(splitter):
            splitter.show()
        splitters.append(splitter)
        documents.append(doc)
        return model, tree, gantt

    yield build
    for splitter in splitters:
        splitter.close()


@pytest.mark.parametrize("uid_step", [1, 1000])
def test_links_near_are_the_links_crossing_the_rows_in_bucket_order(open_window, uid_step):
    # uid_step 1000: uids too sparse for a table by uid
    plan = _plan(uid_step=uid_step)
    doc = Document(plan)
    model, _tree, gantt = open_window(doc)
    summaries = [t.uid for t in plan.tasks if plan.is_summary(t.uid)]
    for collapsed in ([], summaries[1::3]):
        model.set_collapsed_uids(collapsed)
        index = gantt.row_index()
        assert index.uids == model.shown_uids()
        n = len(index.uids)
        for first, last in ((0, 20), (5, 5), (31, 64), (n - 40, n - 1), (0, n - 1), (100, 90)):
            got = index.links_near(first, last)
            assert got == _walked(index, plan.links, first, last)
        assert index.links_near(0, n - 1)  # the plan has links: the check above could fail
    # hidden ends leave a link out
    hidden = {t.uid for t in plan.tasks} - set(index.uids)
    assert hidden
    assert all(
        lk.predecessor not in hidden and lk.successor not in hidden
        for lk in index.links_near(0, len(index.uids) - 1)
    )


@pytest.mark.parametrize(
    "uids",
    [[5, 3, 9, 100, 0], [10**12, 7, 3], [-4, 2, -9]],  # small, sparse, negative (no table)
)
def test_rows_of_each_link_end_minus_one_when_not_shown(uids):
    wanted = [3, 4, 100, -2, 0, 10**12, 7, -9, 9]
    rows = {uid: row for row, uid in enumerate(uids)}
    ends = (np.array(wanted, dtype=np.int64), np.array(wanted[::-1], dtype=np.int64))
    a, b = _rows_of(uids, ends)
    assert a.tolist() == [rows.get(u, -1) for u in wanted]
    assert b.tolist() == [rows.get(u, -1) for u in wanted[::-1]]
    assert [x.tolist() for x in _rows_of([], ends)] == [[-1] * len(wanted)] * 2


def test_link_ends_given_or_not_give_the_same_answer(open_window):
    plan = _plan()
    doc = Document(plan)
    _model, tree, _gantt = open_window(doc)
    given = RowIndex(tree, plan)
    given.index_links(plan.links, doc.lookups().link_ends)
    walked = RowIndex(tree, plan)
    walked.index_links(plan.links)
    assert given.links_near(10, 60) == walked.links_near(10, 60) != []


def test_the_opens_worker_warms_the_tables_the_first_paint_reads():
    plan = _plan()
    scheduled = schedule_plan(plan)
    lookups = scheduled.lookups
    assert lookups is not None
    assert lookups.plan is plan
    for name in ("tasks", "summaries", "baseline", "resources", "links_into", "link_ends"):
        assert name in vars(lookups)  # built, not left for the GUI thread
    assert plan._wbs is not None
    assert plan._index is not None
    assert lookups.links_into[plan.links[0].successor][0] is plan.links[0]
    pred, succ = lookups.link_ends
    assert pred.tolist() == [lk.predecessor for lk in plan.links]
    assert succ.dtype == np.int64


def test_painter_and_sheet_share_the_documents_lookups_through_a_new_link(open_window):
    plan = _plan()
    scheduled = schedule_plan(plan)
    doc = Document(plan, scheduled=scheduled)
    model, _tree, gantt = open_window(doc)
    assert doc.lookups() is scheduled.lookups
    assert gantt.chart_painter().lookups is scheduled.lookups
    succ = plan.links[0].successor
    row = model.shown_uids().index(succ)
    model.index(row, Column.PREDECESSORS).data()
    assert model._cells._links_into is scheduled.lookups.links_into  # one table, not two

    # A new link: the Document's tables follow it; painter, rows and sheet see the link.
    first, last = plan.tasks[1].uid, plan.tasks[-1].uid
    assert plan.find_link(first, last) is None
    doc.plan.add_link(Link(first, last))
    fresh = doc.lookups()
    assert fresh is scheduled.lookups
    assert Link(first, last) in fresh.links_into[last]
    assert gantt.chart_painter().lookups is fresh
    index = gantt.row_index()
    assert Link(first, last) in index.links_near(0, 3)
    text = model.index(model.shown_uids().index(last), Column.PREDECESSORS).data()
    assert text == format_predecessors(plan, last, plan.links_into(last))
    assert str(plan.index_of(first) + 1) in text.split(",")


def test_task_and_people_edits_keep_the_lookups(open_window):
    plan = _plan(n=60)
    doc = Document(plan)
    _model, _tree, gantt = open_window(doc)
    kept = doc.lookups()
    assert gantt.chart_painter().lookups is kept
    task = plan.tasks[3]

    # An edit in place: same tables, the task's entry the new task, the bar redrawn from it.
    renamed = replace(task, name="Renamed", duration_minutes=task.duration_minutes + 480)
    plan.update_task(renamed)
    assert doc.lookups() is kept
    assert kept.tasks[task.uid] is renamed
    assert gantt.chart_painter().lookups is kept
    assert gantt.chart_painter().plan.task(task.uid) is renamed

    # People on a task: that task's label changes, in the same tables.
    plan.add_resource(Resource(900, "Ana"))
    assert doc.lookups() is kept
    plan.add_assignment(Assignment(901, task.uid, 900))
    fresh = doc.lookups()
    assert fresh is kept
    assert fresh.resources[task.uid] == "Ana"
    assert gantt.chart_painter().resource_label(task.uid) == "Ana"
