"""Leveling and people put on a summary task: MS Project never moves a summary, yet its
own people count in their load. Leveling books them over the span the summary has once
its leaves are placed and names the clashes it leaves (app.domain.leveling_summary)."""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling import apply_delays, level
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

DAY = 480
MON = datetime(2026, 3, 2, 8, 0)


def _backend(api_units: float = 1.0, bob_units: float = 1.0) -> Plan:
    plan = Plan(project=Project(name="Double booked", start=MON))
    plan.append_task(Task(1, "Backend", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "API", 2, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, units=bob_units))
    plan.add_assignment(Assignment(2, 2, 1, units=api_units))
    return plan


def test_the_clash_with_a_summary_is_named_with_why_and_when():
    plan = _backend()
    result = level(plan, schedule(plan))
    assert result.delays == {} or set(result.delays.values()) == {0}
    (left,) = result.unresolved
    assert (left.resource_uid, left.task_uid) == (1, 1)
    assert left.message("Bob") == (
        "Gantry cannot resolve the overallocation of Bob on Mon 2026-03-02 08:00: "
        "'Backend' is a summary task, which leveling does not move, and 'API' holds Bob "
        "then (a subtask of 'Backend')."
    )


def test_half_time_on_summary_and_subtask_leaves_nothing_to_name():
    plan = _backend(api_units=0.5, bob_units=0.5)
    assert level(plan, schedule(plan)).unresolved == ()


def test_a_summary_stretched_by_leveling_its_leaves_is_booked_over_its_new_span():
    """Cleo's two parallel tasks under 'Build' are levelled one after the other, so Build
    lasts four days, not two: Bob, on Build and on 'Review' (days 3-4, after 'Prep'), is
    over-allocated only once the leaves are levelled, and leveling says so."""
    plan = Plan(project=Project(name="Stretch", start=MON))
    plan.append_task(Task(1, "Build", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Frame", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Wire", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Prep", 1, duration_minutes=2 * DAY))
    plan.append_task(Task(5, "Review", 1, duration_minutes=2 * DAY))
    plan.add_link(Link(4, 5))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_resource(Resource(2, "Cleo"))
    plan.add_assignment(Assignment(1, 1, 1, units=1.0))  # Bob on the summary
    plan.add_assignment(Assignment(2, 2, 2, units=1.0))
    plan.add_assignment(Assignment(3, 3, 2, units=1.0))
    plan.add_assignment(Assignment(4, 5, 1, units=1.0))
    before = schedule(plan)
    assert overallocated_resources(plan, before) == {2}  # Cleo only, Build is two days
    result = level(plan, before)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after[1].duration_minutes == 4 * DAY
    assert overallocated_resources(plan, after) == {1}
    (left,) = result.unresolved
    assert (left.resource_uid, left.task_uid) == (1, 1)
    assert left.at == datetime(2026, 3, 4, 8, 0)  # Wednesday, when Review starts
    assert left.holder == "Review"


def test_a_person_whose_summary_work_is_off_the_list_is_not_named():
    """Levelling only Cleo leaves Bob's clash on Backend unnamed: he was not asked about."""
    plan = _backend()
    plan.add_resource(Resource(2, "Cleo"))
    assert level(plan, schedule(plan), only=[2]).unresolved == ()


def test_a_task_split_across_a_manual_weekend_task_is_named_or_cleared():
    """Not summary-related (seed 178239309946244781358470179979545764394 of
    test_after_leveling_everything_together): the manual 'T8' books Person 2 over a
    weekend, where Person 2 has no working time; leveling books it there as
    over-allocation counts it, so 'After' is not split across it."""
    from app.domain.contours import WorkContour
    from app.domain.splits import Split as TaskSplit

    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(5, "Phase 5"))
    plan.append_task(
        Task(
            6,
            "T6",
            2,
            duration_minutes=240,
            splits=(TaskSplit(after_minutes=120, gap_minutes=480),),
        )
    )
    plan.append_task(Task(7, "Phase 7"))
    plan.append_task(
        Task(
            8,
            "T8",
            2,
            duration_minutes=240,
            manual=True,
            start=datetime(2026, 1, 10, 8, 0),
            finish=datetime(2026, 1, 12, 8, 0),
        )
    )
    plan.append_task(Task(13, "Long", duration_minutes=2880))
    plan.append_task(Task(14, "Lead", duration_minutes=960))
    plan.append_task(Task(15, "After", duration_minutes=1440))
    plan.add_link(Link(14, 15))
    for r in (1, 2):
        plan.add_resource(Resource(r, f"Person {r}"))
    plan.add_assignment(Assignment(3, 6, 1, 1.0, 240))
    plan.add_assignment(Assignment(4, 6, 2, 1.0, 240))
    plan.add_assignment(Assignment(5, 8, 2, 1.0, 144, contour=WorkContour.BACK_LOADED))
    plan.add_assignment(Assignment(6, 8, 1, 1.0, 240))
    plan.add_assignment(Assignment(12, 13, 2, 1.0, 864))
    plan.add_assignment(Assignment(13, 14, 1, 1.0, 960))
    plan.add_assignment(Assignment(14, 15, 2, 1.0, 0))
    result = level(plan, schedule(plan))
    apply_delays(plan, result.delays)
    named = {u.resource_uid for u in result.unresolved}
    # Person 2's work in T8 over the weekend (their non-working time) stays over-allocated
    # whatever leveling moves; anything else left over is named
    after = schedule(plan)
    left = overallocations(plan, after)
    assert {o.task_uids for o in left if o.off_time} == {(8,)}
    assert {o.resource_uid for o in left if not o.off_time} <= named
    assert overallocated_resources(plan, after) == {o.resource_uid for o in left}
