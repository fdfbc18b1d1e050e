"""Team view > workload chart with other plans' work: the axis covers the other plans'
work of the person too, so client C's bookings after (or before) this plan are drawn in
full rather than cut at this plan's finish."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.pool_load import PoolPlan
from app.domain.scheduling.run import schedule_only
from app.ui.document import Document
from app.ui.team.workload_data import fill_chart

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


class _Chart:
    """Records what the chart is given."""

    def set_data(self, periods, period_days, stacks, capacity, unit="hours", **kw):
        self.periods, self.stacks, self.capacity = list(periods), dict(stacks), capacity


@pytest.fixture
def plans(tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2028-01-10", "-o", str(c)]) == 0  # after A
    plan_c = formats.read_plan(c)
    return Document(formats.read_plan(a)), PoolPlan("clientC", plan_c, schedule_only(plan_c)), c


def _priya_hours(pp: PoolPlan) -> float:
    uid = next(r.uid for r in pp.plan.resources if r.name == "Priya Nair")
    return sum(a.work_minutes for a in pp.plan.assignments if a.resource_uid == uid) / 60.0


@pytest.mark.parametrize("weekly", [True, False])
def test_s27op_chart_axis_covers_the_other_plans_work(plans, weekly):
    doc, pp, _c = plans
    uid = next(r.uid for r in doc.plan.resources if r.name == "Priya Nair")
    alone = _Chart()
    fill_chart(alone, doc, uid, weekly)  # type: ignore[arg-type]
    assert alone.periods[-1] <= doc.schedule.finish.date()
    both = _Chart()
    fill_chart(both, doc, uid, weekly, [pp])  # type: ignore[arg-type]
    assert pp.schedule.start.date() > doc.schedule.finish.date()  # C runs after A
    assert both.periods[0] == alone.periods[0]
    assert both.periods[-1] >= date(2028, 1, 10)
    # all of her work in C is drawn, none cut off at A's finish
    assert float(both.stacks["[clientC]"].sum()) == pytest.approx(_priya_hours(pp))
    assert len(both.capacity) == len(both.periods)
    assert float(both.capacity[-1]) > 0  # she has working time there


def test_s27op_team_view_chart_shows_it(qtbot, plans, tmp_path):
    from app.ui.team.view import TeamView

    doc, pp, c = plans
    team = TeamView(doc)
    qtbot.addWidget(team)
    team.resize(1200, 700)
    with qtbot.waitExposed(team):
        team.show()
    uid = next(r.uid for r in doc.plan.resources if r.name == "Priya Nair")
    team.select(uid)
    assert team.other_plans.include([c], keep=False)
    assert "[clientC]" in team.chart.task_labels
    assert float(team.chart.totals.sum()) > _priya_hours(pp)  # hers in A and all of C's
    team.grab().save(str(tmp_path / "team_axis.png"))
    team.close()
