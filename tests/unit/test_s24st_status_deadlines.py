"""The status report names every missed deadline, however far past the status date,
counts the window's "Scheduling issues", and measures the finish against a missed
deadline beside the baseline (app/domain/status_deadlines.py, app/domain/status_report.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.schedule import IssueKind
from app.domain.scheduler import schedule
from app.domain.status_report import LOOKAHEAD_DAYS, gather_status
from app.domain.task import ConstraintType, Task
from app.domain.workload import DayCalendar

DAY = 480
START = datetime(2026, 3, 2, 8, 0)  # a Monday
STATUS = datetime(2026, 3, 6, 17, 0)  # the first Friday
NOW = datetime(2026, 11, 26, 9, 0)


def _site(handover_deadline: datetime | None = None) -> Plan:
    """Dig (5d, done) -> Pour (10d) -> Gate (milestone, in three weeks); Dig -> Build (100d)
    -> Handover (milestone, in five months)."""
    plan = Plan(project=Project(name="Site", start=START, status_date=STATUS))
    plan.append_task(Task(1, "Dig", duration_minutes=5 * DAY, percent_complete=100.0))
    plan.append_task(Task(2, "Gate", duration_minutes=0, milestone=True))
    plan.append_task(Task(3, "Build", duration_minutes=100 * DAY))
    plan.append_task(
        Task(4, "Handover", duration_minutes=0, milestone=True, deadline=handover_deadline)
    )
    plan.append_task(Task(8, "Pour", duration_minutes=10 * DAY))
    plan.add_link(Link(1, 8, LinkType.FS))
    plan.add_link(Link(8, 2, LinkType.FS))
    plan.add_link(Link(1, 3, LinkType.FS))
    plan.add_link(Link(3, 4, LinkType.FS))
    return plan


def _report(plan: Plan):
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW), sched


def test_s24st_a_deadline_missed_sixty_days_ahead_is_listed():
    deadline = STATUS + timedelta(days=60)  # past the milestones' six weeks
    report, sched = _report(_site(deadline))
    assert LOOKAHEAD_DAYS < 60
    assert "Handover" not in [m.name for m in report.milestones_next]  # Gate is next
    [line] = report.deadlines
    assert (line.name, line.deadline, line.milestone, line.done) == (
        "Handover",
        deadline,
        True,
        False,
    )
    assert line.finish == sched[4].finish
    # working days from the deadline to the forecast, as the negative slack says it
    assert line.late_minutes == -sched[4].total_slack_minutes
    assert line.late_minutes > 20 * DAY
    # the headline counts what the window's status bar counts
    assert report.headline.issue_count == len(sched.issues) == 1
    assert report.issues == ()  # the deadline is listed once, in its own block
    assert report.negative_slack == 2  # Build and Handover (Dig is done)


def test_s24st_no_missed_deadline_no_block():
    report, sched = _report(_site(datetime(2027, 1, 1)))  # met
    assert report.deadlines == ()
    assert report.headline.issue_count == 0 == len(sched.issues)
    assert report.headline.deadline is None
    plain, _ = _report(_site(None))
    assert plain.deadlines == ()
    assert plain.headline.deadline is None


def test_s24st_missed_deadlines_are_sorted_by_lateness():
    plan = _site(STATUS + timedelta(days=30))  # Handover: very late
    for uid, name, days in ((5, "Paint", 10), (6, "Wire", 40), (7, "Sign", 3)):
        plan.append_task(Task(uid, name, duration_minutes=days * DAY, deadline=START))
    plan.update_task(replace(plan.task(2), deadline=STATUS + timedelta(days=12)))  # Gate: 2d late
    report, sched = _report(plan)
    names = [d.name for d in report.deadlines]
    assert names == ["Handover", "Wire", "Paint", "Sign", "Gate"]
    lates = [d.late_minutes for d in report.deadlines]
    assert lates == sorted(lates, reverse=True)
    assert report.headline.issue_count == len(sched.issues) == 5


def test_s24st_a_done_task_past_its_deadline_stays_listed_as_done():
    plan = _site(None)
    plan.update_task(replace(plan.task(1), deadline=START + timedelta(days=1)))
    report, _ = _report(plan)
    [line] = report.deadlines
    assert (line.name, line.done) == ("Dig", True)


def test_s24st_an_inactive_task_is_not_a_missed_deadline():
    plan = _site(START)
    plan.update_task(replace(plan.task(4), active=False))
    report, sched = _report(plan)
    assert report.deadlines == ()
    assert report.headline.issue_count == len(sched.issues) == 0


def test_s24st_a_constraint_conflict_is_a_scheduling_issue_with_negative_slack():
    plan = _site(None)
    plan.update_task(replace(plan.task(1), percent_complete=0.0))
    build = plan.task(3)
    fnlt = START + timedelta(days=20)  # the links put its finish months later
    plan.update_task(replace(build, constraint_type=ConstraintType.FNLT, constraint_date=fnlt))
    report, sched = _report(plan)
    kinds = [i.kind for i in sched.issues]
    assert IssueKind.CONSTRAINT_BROKEN in kinds
    assert report.headline.issue_count == len(sched.issues)
    [issue] = [i for i in report.issues if i.uid == 3]
    assert issue.name == "Build"
    assert "Build" in issue.message
    # Build keeps its date; Dig, before it, shows the conflict
    assert sched[1].total_slack_minutes < 0 <= sched[3].total_slack_minutes
    assert report.negative_slack == 1


def _baselined(plan: Plan) -> Plan:
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, START))
    return plan


def test_s24st_the_finish_is_measured_against_a_missed_deadline_the_baseline_misses_too():
    deadline = STATUS + timedelta(days=60)
    plan = _baselined(_site(deadline))  # the baseline already finishes past it
    # Build, a task, misses a later deadline: the key is a milestone's or a summary's
    plan.update_task(replace(plan.task(3), deadline=deadline + timedelta(days=1)))
    report, sched = _report(plan)
    h = report.headline
    assert h.finish_variance_minutes == 0  # true, but the deadline is missed
    assert (h.deadline, h.deadline_task) == (deadline, "Handover")
    assert h.baseline_finish is not None
    assert h.baseline_finish > deadline
    cal = DayCalendar(plan, None)
    assert h.deadline_variance_minutes == cal.between(deadline, sched[4].finish) > 0
    assert h.deadline_finish == sched[4].finish
    assert h.deadline_baseline_finish is not None
    assert h.deadline_baseline_finish > deadline


def test_s24st_the_key_deadline_is_the_latest_a_milestone_or_summary_misses():
    plan = _site(STATUS + timedelta(days=60))
    plan.update_task(replace(plan.task(2), deadline=STATUS + timedelta(days=12)))  # Gate
    report, _ = _report(plan)
    assert report.headline.deadline_task == "Handover"  # the later deadline, not the later miss
    met = _site(datetime(2027, 1, 1))
    met.update_task(replace(met.task(2), deadline=STATUS + timedelta(days=12)))
    report, sched = _report(met)
    # Handover's deadline is met: the finish is measured against the one missed
    assert report.headline.deadline_task == "Gate"
    # measured at Gate's own finish, not the project's (Handover, months later)
    assert report.headline.deadline_variance_minutes == DayCalendar(met, None).between(
        STATUS + timedelta(days=12), sched[2].finish
    )
    assert sched[2].finish < sched.finish
    assert report.headline.deadline_finish == sched[2].finish
