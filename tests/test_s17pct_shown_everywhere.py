"""A 12.5 % complete shows 13 % everywhere, as the sheet's % Complete cell shows it
(app/domain/percent_shown.py: halves up, never 0 or 100 under way), not 12 % by Python's
half-to-even ``.0f``: group header rows (sheet and printout), the group bar's hover text,
the status report's tables and its phase chart; and a summary's shown % typed back
changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPicture

from app.domain.costs import compute_costs
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.grouping_rows import group_tasks, is_group_key
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.report.group_rows import group_text
from app.report.status_chart import paint_phase_chart
from app.report.status_tables import critical_table, headline_cards, late_table
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.canvas import group_tip
from app.ui.gantt.view import GanttView
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from tests.gui.conftest import build_plan
from tests.test_s16g_sheet_groups import _plan as grouped_plan

DAY = 480
MON = datetime(2026, 3, 2, 8, 0)
CODE, DESIGN, REVIEW, SPECS, TEST = 5, 1, 3, 2, 6


@pytest.fixture
def window(qtbot, tmp_path):
    """Grouped by resource: Ann has Specs (3d, 0 %) and Code (5d, 20 % = 1d): 1d of 8d."""
    plan = grouped_plan()
    plan.update_task(replace(plan.task(CODE), percent_complete=20.0, actual_start=MON))
    path = tmp_path / "pct.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.action_collection["group_resource"].trigger()
    yield win
    for w in list(session.windows):
        w.close()


def test_s17pct_group_rows_and_the_group_bar_show_13_percent(window, qtbot):
    model = window.model
    view = window.findChild(GanttView)
    qtbot.waitUntil(lambda: any(is_group_key(r.uid) for r in view.visible_rows()))
    head = next(r for r in view.visible_rows() if is_group_key(r.uid))
    group = model.group_of(head.uid)
    assert group.label == "Resource Names: Ann"
    assert group.rollup.percent_complete == 12.5
    assert model.index(0, Column.NAME).data() == "Resource Names: Ann"
    assert model.index(0, Column.PERCENT).data() == "13%"  # the sheet's group row
    project = window.document.plan.project
    assert group_text(group, "percent", project, str) == "13%"  # the printout's
    scale = view.chart_painter().scale
    x = (scale.x_of(group.rollup.start) + scale.x_of(group.rollup.finish)) / 2 - view.hscroll
    tip = group_tip(view, QPointF(x, head.top + head.height / 2))
    assert tip is not None
    assert "% Complete: 13%" in tip.splitlines()


def _dig(status: datetime, percent: float = 12.5):
    """One 8-day task, 1 day done (12.5 %), reported at ``status``."""
    plan = Plan(project=Project(name="Pct", start=MON, status_date=status))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=8 * DAY))
    plan.update_task(replace(plan.task(1), percent_complete=percent, actual_start=MON))
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), status)


def test_s17pct_status_tables_show_13_percent():
    on_time = _dig(datetime(2026, 3, 2, 17, 0))  # one day of eight due: on schedule
    cards = {c.label: c.value for c in headline_cards(on_time)}
    assert on_time.headline.percent_complete == 12.5
    assert cards["% complete"] == "13%"
    (row,) = critical_table(on_time, on_time.critical_in_progress).rows
    assert row[4] == "13%"
    late = _dig(datetime(2026, 3, 5, 17, 0))  # four days due, one done
    (row,) = late_table(late, late.late_tasks).rows
    assert row[4] == "13% done, 50% expected by now"
    behind = _dig(datetime(2026, 3, 2, 17, 0), percent=5.0)  # 12.5 % due by now
    (row,) = late_table(behind, behind.late_tasks).rows
    assert row[4] == "5% done, 13% expected by now"


class _Texts(QPainter):
    """A painter that keeps the texts drawn."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args):  # Qt's name: every drawText overload lands here
        self.texts.append(next(a for a in args if isinstance(a, str)))
        super().drawText(*args)


def test_s17pct_status_phase_chart_shows_13_percent(qapp):
    report = _dig(datetime(2026, 3, 2, 17, 0))
    (phase,) = report.phases
    assert phase.percent_complete == 12.5
    picture = QPicture()
    painter = _Texts(picture)
    paint_phase_chart(painter, 0.0, 500.0, report.phases, report.status_date)
    painter.end()
    assert "13%" in painter.texts
    assert "12%" not in painter.texts


def test_s17pct_a_summarys_shown_percent_typed_back_changes_nothing():
    plan = build_plan()  # Design: Specs 3d, Review 1d; Review half done is 12.5 % of it
    plan.update_task(replace(plan.task(REVIEW), percent_complete=50.0, actual_start=MON))
    doc = Document(plan)
    model = TaskTreeModel(doc)
    cell = model.index_of_uid(DESIGN, Column.PERCENT)
    assert doc.schedule.get(DESIGN).percent_complete == 12.5
    assert cell.data() == "13%"
    editing = cell.data(Qt.ItemDataRole.EditRole)
    assert editing == "13"
    model.setData(cell, editing, Qt.ItemDataRole.EditRole)  # the editor committed as it opened
    assert doc.undo_stack.count() == 0
    assert (plan.task(SPECS).percent_complete, plan.task(REVIEW).percent_complete) == (0, 50)


def test_s17pct_grouped_by_percent_complete_as_the_sheet_shows_it():
    plan = build_plan()  # Code 2d done of 9d (22.22... %), Test a typed 22 %: both show 22 %
    started = {"actual_start": MON}
    plan.update_task(replace(plan.task(CODE), duration_minutes=9 * DAY))
    plan.update_task(replace(plan.task(CODE), percent_complete=100 * 2 / 9, **started))
    plan.update_task(replace(plan.task(TEST), percent_complete=22.0, **started))
    plan.update_task(replace(plan.task(REVIEW), percent_complete=12.5, **started))
    by_percent = GroupBy((GroupKey(GroupField.PERCENT_COMPLETE),))
    groups = group_tasks(plan, schedule(plan), by_percent)
    labelled = {g.label: set(g.uids) for g in groups}
    assert labelled["% Complete: 22%"] == {CODE, TEST}
    assert labelled["% Complete: 13%"] == {REVIEW}
    assert len(labelled) == 3  # and 0 %: Specs, Go-live
