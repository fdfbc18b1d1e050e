"""The Budget view's S-curve of a short plan (task s17x1).

A two-week plan was sampled once a week: three points joined by straight lines, so the
curve read 3,300 where the plan had 4,000 planned by Friday and sloped through the
weekend; and it began at the first day's end, not at nought where the plan starts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.baseline_dialog import SetBaselineDialog
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from app.ui.local_axes import stamp

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 10, 17, 0)
DAY = 480


def _plan() -> Plan:
    """Design (Mon-Fri, 4,000) then Build (the next Mon-Fri, 4,000), one person at 100/h."""
    plan = Plan(project=Project(start=MON, status_date=STATUS))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    return plan


@pytest.fixture
def view(qtbot, monkeypatch):
    widget = BudgetView(Document(_plan()), clock=lambda: STATUS)
    qtbot.addWidget(widget)
    widget.show()
    monkeypatch.setattr(
        SetBaselineDialog, "ask", classmethod(lambda cls, p, sel, bases: (0, False, ""))
    )
    widget.set_baseline()
    doc = widget.document
    with doc.plan.batch():
        doc.plan.update_task(replace(doc.plan.task(1), percent_complete=100.0, actual_start=MON))
        doc.plan.update_task(replace(doc.plan.task(2), percent_complete=40.0))
    return widget


def _pv_at(view: BudgetView, moment: datetime) -> float:
    xs, ys = view.chart.pv.getData()
    assert stamp(moment) in list(xs), f"no point at {moment}"
    return float(ys[list(xs).index(stamp(moment))])


def test_s17x1_a_short_plan_is_sampled_every_day(view):
    # Friday evening: Design's 4,000 planned; the weekend adds nothing
    friday_end = datetime(2027, 3, 6)  # the end of Friday 5 March
    assert _pv_at(view, friday_end) == pytest.approx(4000.0)
    assert _pv_at(view, friday_end + timedelta(days=2)) == pytest.approx(4000.0)
    assert _pv_at(view, datetime(2027, 3, 9)) == pytest.approx(4800.0)  # Monday's 800 more


def test_s17x1_the_curves_start_at_nought_where_the_plan_starts(view):
    for line in (view.chart.pv, view.chart.ev, view.chart.ac):
        xs, ys = line.getData()
        assert xs[0] == stamp(datetime(2027, 3, 1))
        assert ys[0] == 0.0
    _xs, ev = view.chart.ev.getData()
    assert ev[-1] == pytest.approx(4000.0 + 0.4 * 4000.0)  # at the status date
