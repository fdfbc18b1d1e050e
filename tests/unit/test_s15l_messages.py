"""What leveling says it cannot resolve names the true reason, in MS Project's words:
"Gantry cannot resolve the overallocation of <person> on <date>: <why>, and <task> holds
<person> then (<how>)"."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.leveling import LevelingOptions, level
from app.domain.leveling_result import Unresolved
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
WED = datetime(2026, 1, 7, 8, 0)


def _plan(*tasks: Task, can_level: bool = True) -> Plan:
    plan = Plan(project=Project(name="Talk", start=MON))
    plan.add_resource(Resource(1, "Ana", can_level=can_level))
    for k, task in enumerate(tasks, start=1):
        plan.append_task(task)
        plan.add_assignment(Assignment(k, task.uid, 1, 1.0, task.duration_minutes))
    return plan


def _said(plan: Plan, options: LevelingOptions | None = None) -> str:
    return level(plan, schedule(plan), options=options).why_left({1: "Ana"}, {1})


def test_two_started_tasks_clash_in_their_work_done_not_in_a_pause_leveling_made():
    # Leveling pauses 'Cure''s work left; what it cannot mend is Monday's work done on both
    # (it used to say "'Cure' has started", of a task it had just paused).
    plan = _plan(
        Task(1, "Pour", duration_minutes=2 * DAY, actual_start=MON, percent_complete=20.0),
        Task(2, "Cure", duration_minutes=2 * DAY, actual_start=MON, percent_complete=20.0),
    )
    result = level(plan, schedule(plan))
    assert [m.name for m in result.moves if m.resumes] == ["Cure"]
    assert result.why_left({1: "Ana"}, {1}) == (
        "Gantry cannot resolve the overallocation of Ana on Mon 2026-01-05 08:00: 'Cure' has "
        "work done then, and 'Pour' holds Ana then (work done)."
    )


def test_a_must_start_on_task_against_work_done():
    plan = _plan(
        Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=75.0),
        Task(
            2,
            "Audit",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 6, 8, 0),
        ),
    )
    assert _said(plan) == (
        "Gantry cannot resolve the overallocation of Ana on Tue 2026-01-06 08:00: 'Audit' has "
        "a 'must start on' constraint, and 'Build' holds Ana then (work done)."
    )


def test_with_splits_off_it_says_the_started_task_could_have_paused():
    plan = _plan(
        Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0),
        Task(
            2,
            "Audit",
            duration_minutes=2 * DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=WED,
        ),
    )
    assert _said(plan, LevelingOptions(split_remaining=False)) == (
        "Gantry cannot resolve the overallocation of Ana on Wed 2026-01-07 08:00: 'Audit' has "
        "a 'must start on' constraint, and 'Build' holds Ana then (started, and splits in "
        "remaining work are off)."
    )
    assert _said(plan) == ""  # with splits Build's work left waits: nothing left to say


def test_a_person_whose_can_level_is_off():
    plan = _plan(
        Task(1, "Design", duration_minutes=2 * DAY),
        Task(2, "Review", duration_minutes=DAY),
        can_level=False,
    )
    assert _said(plan) == (
        "Gantry cannot resolve the overallocation of Ana on Mon 2026-01-05 08:00: Can Level is "
        "off for them (leveling moves none of their work), and 'Design' holds Ana then "
        "(placed first in the leveling order)."
    )


def test_more_clashes_of_one_person_are_counted():
    u = Unresolved(1, 2, "'Audit' has priority 1000 (do not level)", WED, "Build", "started")
    assert u.message("Ana", more=2) == (
        "Gantry cannot resolve the overallocation of Ana on Wed 2026-01-07 08:00: 'Audit' has "
        "priority 1000 (do not level), and 'Build' holds Ana then (started) (and 2 more)."
    )
    bare = Unresolved(1, 2, "their availability ends before 'Audit' fits")
    assert bare.message("Ana") == (
        "Gantry cannot resolve the overallocation of Ana: their availability ends before "
        "'Audit' fits."
    )


def test_gantry_level_says_it(tmp_path, capsys):
    plan = _plan(
        Task(1, "Pour", duration_minutes=2 * DAY, actual_start=MON, percent_complete=20.0),
        Task(2, "Cure", duration_minutes=2 * DAY, actual_start=MON, percent_complete=20.0),
    )
    source = tmp_path / "talk.gantry"
    write_plan(plan, source)
    assert main(["level", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (
        "Still over-allocated: Ana. Gantry cannot resolve the overallocation of Ana on "
        "Mon 2026-01-05 08:00: 'Cure' has work done then, and 'Pour' holds Ana then "
        "(work done)."
    )
