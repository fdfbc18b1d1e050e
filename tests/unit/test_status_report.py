"""The status report's figures, gathered without drawing (app.domain.status_report)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk, RiskStatus
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status, project_percent_complete, top_exposures
from app.domain.status_tasks import TaskStatus, task_status
from app.domain.task import Task
from app.domain.workload import DayCalendar

DAY = 480
START = datetime(2026, 3, 2, 8, 0)  # a Monday
NOW = datetime(2026, 11, 26, 9, 0)


def _plan() -> Plan:
    """Design (A1 -> A2 -> M1) then Build (B1 -> M2); C runs beside A1; Ana does A2 and C2.

    Rows: 1 Design, 2 A1 (5d), 3 A2 (5d), 4 M1, 5 Build, 6 B1 (10d), 7 M2, 8 C (3d), 9 C2 (5d).
    """
    plan = Plan(project=Project(name="Status", start=START, author="Maria Lopez"))
    rows = [
        (1, "Design", 1, 0, False),
        (2, "A1", 2, 5 * DAY, False),
        (3, "A2", 2, 5 * DAY, False),
        (4, "M1", 2, 0, True),
        (5, "Build", 1, 0, False),
        (6, "B1", 2, 10 * DAY, False),
        (7, "M2", 2, 0, True),
        (8, "C", 1, 3 * DAY, False),
        (9, "C2", 1, 5 * DAY, False),
    ]
    for uid, name, level, minutes, milestone in rows:
        plan.append_task(Task(uid, name, level, duration_minutes=minutes, milestone=milestone))
    for a, b in [(2, 3), (3, 4), (4, 6), (6, 7), (2, 9)]:
        plan.add_link(Link(a, b, LinkType.FS))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    plan.add_assignment(Assignment(1, 3, 1))  # Ana on A2 ...
    plan.add_assignment(Assignment(2, 9, 1))  # ... and on C2, the same week
    plan.add_assignment(Assignment(3, 2, 2))
    plan.add_assignment(Assignment(4, 6, 2))
    plan.add_risk(Risk(1, "Small", 0.1, 1000.0, owner="Ana"))
    plan.add_risk(Risk(2, "Big", 0.5, 20000.0, owner="Ben", mitigation="Second supplier"))
    plan.add_risk(Risk(3, "Closed", 0.9, 90000.0, status=RiskStatus.CLOSED))
    plan.add_risk(Risk(4, "Middle", 0.4, 10000.0))
    return plan


def _baselined(plan: Plan) -> Plan:
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, START))
    return plan


def _progress(plan: Plan) -> Plan:
    """A1 done; A2 20 % after 3 of its 5 days; C not started; B1 two days longer."""
    a1 = plan.task(2)
    plan.update_task(
        replace(
            a1,
            percent_complete=100.0,
            actual_start=START,
            actual_finish=datetime(2026, 3, 6, 17),
        )
    )
    a2 = plan.task(3)
    plan.update_task(replace(a2, percent_complete=20.0, actual_start=datetime(2026, 3, 9, 8)))
    b1 = plan.task(6)
    plan.update_task(replace(b1, duration_minutes=12 * DAY))
    # status date: the end of A2's third day (Wednesday 11 March)
    plan.set_project(replace(plan.project, status_date=datetime(2026, 3, 11, 17)))
    return plan


def _gather(plan: Plan, **kw):
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW, **kw), sched


def test_late_tasks_follow_ms_project_status_rule():
    plan = _progress(_baselined(_plan()))
    report, _ = _gather(plan)
    late = {t.name: t for t in report.late_tasks}
    assert set(late) == {"A2", "C", "C2"}  # A1 is done, B1 and the milestones are to come
    assert late["A2"].started
    assert late["A2"].expected_percent == pytest.approx(60.0)
    assert late["A2"].percent_complete == 20.0
    assert not late["C"].started
    assert late["C"].overdue  # three days from the start: due to be finished by Wednesday
    assert late["A2"].critical
    assert not late["C"].critical
    assert next(t.name for t in report.late_tasks) == "A2"  # critical ones first


def test_on_schedule_critical_task_is_listed_as_in_progress_not_late():
    plan = _progress(_baselined(_plan()))
    a2 = plan.task(3)
    plan.update_task(replace(a2, percent_complete=60.0))
    report, _ = _gather(plan)
    assert "A2" not in {t.name for t in report.late_tasks}
    assert [t.name for t in report.critical_in_progress] == ["A2"]


def test_task_status_values():
    plan = _progress(_baselined(_plan()))
    sched = schedule(plan)
    cal = DayCalendar(plan, None)
    status = plan.project.status_date
    assert task_status(plan.task(2), sched[2], status, cal) is TaskStatus.COMPLETE
    assert task_status(plan.task(3), sched[3], status, cal) is TaskStatus.LATE
    assert task_status(plan.task(6), sched[6], status, cal) is TaskStatus.FUTURE
    on_time = replace(plan.task(3), percent_complete=59.5)  # within a point of the 60 % due
    assert task_status(on_time, sched[3], status, cal) is TaskStatus.ON_SCHEDULE


def test_headline_uses_the_budget_views_earned_value_and_baseline_finish():
    plan = _progress(_baselined(_plan()))
    report, sched = _gather(plan)
    h = report.headline
    costs = compute_costs(plan, sched)
    ev = project_earned_value(plan, earned_value(plan, sched, costs, plan.project.status_date))
    assert h.cpi == pytest.approx(ev.cpi)
    assert h.spi == pytest.approx(ev.spi)
    assert h.eac == pytest.approx(ev.eac)
    assert h.spi < 1.0  # behind schedule
    assert h.budget == pytest.approx(costs.budget)
    assert h.forecast == pytest.approx(costs.total_cost)
    assert h.actual == pytest.approx(costs.total_actual_cost)
    assert h.finish_variance_minutes == 2 * DAY  # B1 grew by two days
    assert h.finish > h.baseline_finish
    assert report.status_date == datetime(2026, 3, 11, 17)
    assert report.status_date_set
    assert report.has_baseline


def test_percent_complete_is_weighted_by_duration():
    plan = _progress(_baselined(_plan()))
    sched = schedule(plan)
    # A1 5d at 100 %, A2 5d at 20 %; B1 12d, C 3d, C2 5d at 0; milestones weigh nothing
    expected = 100 * (5 * 100 + 5 * 20) / 100 / (5 + 5 + 12 + 3 + 5)
    assert project_percent_complete(plan, sched) == pytest.approx(round(expected, 1))


def test_milestones_split_at_the_status_date_with_baseline_variance():
    plan = _progress(_baselined(_plan()))
    report, _ = _gather(plan)
    assert report.milestones_passed == ()
    names = [m.name for m in report.milestones_next]
    assert names == ["M1", "M2"]  # both within six weeks
    m2 = report.milestones_next[1]
    assert m2.variance_minutes == 2 * DAY
    assert m2.late
    assert not m2.overdue
    # later, M1's date has passed without it being reached: overdue
    late_report, _ = _gather(plan, status_date=datetime(2026, 3, 20, 17))
    m1 = late_report.milestones_passed[0]
    assert m1.name == "M1"
    assert m1.overdue
    assert m1.late


def test_next_milestone_is_shown_even_beyond_the_lookahead():
    plan = _progress(_baselined(_plan()))
    report, _ = _gather(plan, lookahead_days=1)
    assert [m.name for m in report.milestones_next] == ["M1"]


def test_over_allocated_people_and_their_weeks():
    plan = _progress(_baselined(_plan()))
    report, _ = _gather(plan)
    assert [p.name for p in report.people] == ["Ana"]
    ana = report.people[0]
    assert ana.peak_units == pytest.approx(2.0)
    assert ana.max_units == pytest.approx(1.0)
    assert ana.weeks == (date(2026, 3, 9),)
    assert set(ana.task_names) == {"A2", "C2"}
    # once those weeks are past, nobody is over-allocated from the status date on
    later, _ = _gather(plan, status_date=datetime(2026, 5, 1, 17))
    assert later.people == ()


def test_top_risks_by_exposure_leave_closed_ones_out():
    plan = _plan()
    assert [r.title for r in top_exposures(plan.risks, 2)] == ["Big", "Middle"]
    report, _ = _gather(plan)
    assert [r.title for r in report.risks] == ["Big", "Middle", "Small"]
    assert report.open_risks == 3


def test_without_baseline_or_status_date():
    plan = _plan()
    report, _ = _gather(plan)
    h = report.headline
    assert not report.has_baseline
    assert h.budget is None
    assert h.cpi is None
    assert h.spi is None
    assert h.eac is None
    assert h.baseline_finish is None
    assert h.finish_variance_minutes is None
    assert report.status_date == NOW
    assert not report.status_date_set
    # the whole plan lies before "now" and nothing is done: every leaf task is late
    assert {t.name for t in report.late_tasks} == {"A1", "A2", "B1", "C", "C2", "M1", "M2"}


def test_phases_are_outline_levels_one_and_two():
    plan = _plan()
    plan.append_task(Task(10, "Extra", 1, duration_minutes=0))
    plan.append_task(Task(11, "Sub", 2, duration_minutes=0))
    plan.append_task(Task(12, "Deep", 3, duration_minutes=DAY))
    report, _ = _gather(plan)
    assert [p.name for p in report.phases][:4] == ["Design", "A1", "A2", "M1"]
    names = {p.name for p in report.phases}
    assert {"Extra", "Sub"} <= names
    assert "Deep" not in names
    design = report.phases[0]
    assert design.summary
    assert design.level == 1


def test_long_lists_are_counted_in_full_and_cut_to_the_limit():
    plan = _plan()  # "now" is long after every date: all seven leaf tasks are late
    report, _ = _gather(plan, list_limit=3)
    assert report.late_count == 7
    assert len(report.late_tasks) == 3
    full, _ = _gather(plan)
    assert full.late_tasks[:3] == report.late_tasks


def test_phase_picture_keeps_level_one_past_the_limit(monkeypatch):
    import app.domain.status_report as status_report

    plan = _plan()
    monkeypatch.setattr(status_report, "PHASE_LIMIT", 5)
    report, _ = _gather(plan)
    assert report.phase_count == 9
    assert [p.name for p in report.phases] == ["Design", "Build", "C", "C2"]


def test_cost_curve_comes_with_a_baseline():
    assert _gather(_plan())[0].curve is None
    report, _ = _gather(_progress(_baselined(_plan())))
    curve = report.curve
    assert curve is not None
    assert curve.ev_dates[-1] == report.status_date.date()
    assert curve.ev[-1] == pytest.approx(report.headline.cpi * curve.ac[-1])  # EV = CPI x AC


def test_tasks_are_counted_by_status():
    report, _ = _gather(_progress(_baselined(_plan())))
    c = report.task_counts
    # leaves: A1 done; A2, C, C2 late; M1, B1, M2 not due yet
    assert (c.complete, c.on_schedule, c.late, c.future) == (1, 0, 3, 3)
    assert c.late == report.late_count
