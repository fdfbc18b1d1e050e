"""A finished plan's S-curve spans the plan, not the years since.

Testers opened a 2013 plan without a status date: earned value is measured at today, as
MS Project does, so the curves ran to today and the whole plan sat squashed at the left
edge of the Budget view and of the status report. The time axis now covers what the
curves show changing (plus a status date the plan sets), and the status line says that
earned value is read at today, after the plan's finish.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.costs import compute_costs
from app.domain.earned_value import s_curve
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.report.status_curve import PV, curve_height, curve_span, paint_cost_curve
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.unit.test_user2_s_curve import _plan

TODAY = datetime(2026, 11, 26, 9, 0)
OLD_START = datetime(2013, 3, 4, 8, 0)


def _old_plan():
    """The two-task plan moved to 2013, without a status date (it finishes 2013-03-29)."""
    plan = _plan()
    shift = OLD_START - plan.project.start
    plan.project = replace(plan.project, start=OLD_START, status_date=None)
    for task in plan.tasks:
        if task.actual_start is not None:
            plan.update_task(replace(task, actual_start=task.actual_start + shift))
    s = schedule(plan)
    from app.domain.baselines import snapshot

    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, OLD_START))
    return plan


def test_the_span_ends_where_the_curves_stop_changing():
    plan = _old_plan()
    s = schedule(plan)
    curve = s_curve(plan, s, compute_costs(plan, s), TODAY)
    first, last = curve_span(curve, TODAY, status_set=False)
    assert first.date() == OLD_START.date()
    assert s.finish <= last <= s.finish + timedelta(days=8)  # one sampling step at most
    # a status date the plan sets stays on the axis
    _, last = curve_span(curve, TODAY, status_set=True)
    assert last == TODAY


def test_the_budget_view_shows_the_plan_and_says_ev_is_read_today(qtbot):
    view = BudgetView(Document(_old_plan()), clock=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    low, high = view.chart.plot.getViewBox().viewRange()[0]
    assert low >= OLD_START.timestamp() - 10 * 86400
    assert high <= datetime(2013, 4, 15).timestamp()  # not 2026
    text = view.status_label.text()
    assert "Earned value at 2026-11-26 (today" in text
    assert "after the plan's finish on 2013-" in text


def test_a_plan_in_progress_keeps_today_on_the_axis(qtbot):
    plan = _plan()  # March 2026, no status date: "today" is within the plan
    plan.project = replace(plan.project, status_date=None)
    today = datetime(2026, 3, 6, 17, 0)
    view = BudgetView(Document(plan), clock=lambda: today)
    qtbot.addWidget(view)
    view.show()
    low, high = view.chart.plot.getViewBox().viewRange()[0]
    assert low <= today.timestamp() <= high
    assert "after the plan's finish" not in view.status_label.text()


def test_the_status_reports_curve_spreads_the_plan_over_the_width(qapp):
    plan = _old_plan()
    s = schedule(plan)
    curve = s_curve(plan, s, compute_costs(plan, s), TODAY)
    width = 400
    image = QImage(width, int(curve_height()) + 2, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    paint_cost_curve(p, 0, width, curve, TODAY, Project(status_date=None))
    p.end()
    rising = [  # planned value half-way up the box: in the middle of the plan
        x for x in range(width) for y in range(45, 85) if _near(QColor(image.pixel(x, y)), PV)
    ]
    assert rising
    assert max(rising) > width // 3  # not squashed into the left edge


def _near(c: QColor, ref: QColor) -> bool:
    return abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue()) < 60
