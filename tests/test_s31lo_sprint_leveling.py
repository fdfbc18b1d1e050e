"""Leveling a sprint plan as MS Project's Standard order would (KB 197106: the task with the
later scheduled start is delayed first, before slack is weighed).

A team lead's release: three two-week sprints, each a summary that starts no earlier than
its Monday, no links between them, each developer given more stories than a sprint holds.
Leveling put total slack first, so the later sprints (less slack: nothing links the
sprints) went first and Sprint 1's leftover stories finished after Sprint 3's. Now the
earlier start is placed first: each person works through the sprints in order. And the
recurring sprint review's occurrences, leveled as MS Project levels them, keep their
order and are named, with Priority 1000 as the way to keep them on their dates.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from app.domain.calendar import Recurrence, RecurrenceKind, standard_calendar
from app.domain.leveling import apply_delays, level
from app.domain.leveling_meetings import meetings_text
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.leveling_rules import DO_NOT_LEVEL
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime

MON = datetime(2027, 1, 4, 8, 0)
HOUR = 60
DAY = 480
PEOPLE = ("Ana", "Ben", "Cy")
SPRINTS = 3
REVIEW = 900  # the recurring summary's uid; its occurrences follow it


def _sprint_plan(review: bool = False, review_priority: int = 500) -> tuple[Plan, dict[int, int]]:
    """Three sprints; each person has 4 stories of 3 days in each (12 days in a 10-day
    sprint, so 2 days spill into the next sprint). Returns the plan and each story's sprint.
    ``review``: a 2-hour sprint review every other Friday with everyone, as a recurring
    task (MS Project's Recurring Task: a summary whose occurrences start no earlier than
    their dates)."""
    plan = Plan(project=Project(name="Release", start=MON))
    for r, name in enumerate(PEOPLE, 1):
        plan.add_resource(Resource(r, name))
    sprint_of: dict[int, int] = {}
    uid = 1
    for k in range(SPRINTS):
        monday = MON + timedelta(weeks=2 * k)
        plan.append_task(
            Task(
                100 + k,
                f"Sprint {k + 1}",
                constraint_type=ConstraintType.SNET,
                constraint_date=monday,
            )
        )
        for r in range(1, len(PEOPLE) + 1):
            for _ in range(4):
                plan.append_task(Task(uid, f"Story {uid}", 2, duration_minutes=3 * DAY))
                plan.add_assignment(Assignment(uid, uid, r, 1.0, 3 * DAY))
                sprint_of[uid] = k
                uid += 1
    if review:
        rec = TaskRecurrence(
            Recurrence(RecurrenceKind.WEEKLY, period=2, weekdays=(4,), occurrences=SPRINTS),
            date(2027, 1, 15),
            duration_minutes=2 * HOUR,
        )
        plan.append_task(Task(REVIEW, "Sprint review"))
        cal = standard_calendar()
        wt = WorkTime.for_calendar(cal, {cal.uid: cal})
        for occ in occurrence_tasks(rec, "Sprint review", REVIEW + 1, 2, time(15), wt):
            plan.append_task(replace(occ, priority=review_priority))
            for r in range(1, len(PEOPLE) + 1):
                plan.add_assignment(Assignment(occ.uid * 10 + r, occ.uid, r, 1.0, 2 * HOUR))
        plan.set_recurrence(REVIEW, rec)
    return plan, sprint_of


def _leveled(plan: Plan, options: LevelingOptions | None = None) -> tuple[Schedule, object]:
    result = level(plan, schedule(plan), options=options)
    apply_delays(plan, result.delays)
    return schedule(plan), result


def _sprints_in_order(plan: Plan, sched: Schedule, sprint_of: dict[int, int]) -> list[str]:
    """Where a person starts a story of a later sprint before finishing one of an earlier."""
    wrong = []
    for r in range(1, len(PEOPLE) + 1):
        mine = [a.task_uid for a in plan.assignments if a.resource_uid == r]
        stories = [u for u in mine if u in sprint_of]
        for a in stories:
            for b in stories:
                if sprint_of[a] < sprint_of[b] and sched[a].finish > sched[b].start:
                    wrong.append(f"{PEOPLE[r - 1]}: Story {a} after Story {b}")
    return wrong


def test_s31lo_standard_order_keeps_earlier_sprints_first() -> None:
    plan, sprint_of = _sprint_plan()
    sched, _ = _leveled(plan)
    assert _sprints_in_order(plan, sched, sprint_of) == []
    # Sprint 1's leftover runs at the start of Sprint 2, not after Sprint 3.
    last_of = {k: max(sched[u].finish for u, s in sprint_of.items() if s == k) for k in range(3)}
    assert last_of[0] < last_of[1] < last_of[2]
    assert last_of[0] < MON + timedelta(weeks=3)


def test_s31lo_priority_standard_also_keeps_sprints_in_order_at_equal_priority() -> None:
    plan, sprint_of = _sprint_plan()
    sched, _ = _leveled(plan, LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD))
    assert _sprints_in_order(plan, sched, sprint_of) == []


def test_s31lo_priority_standard_puts_priority_before_the_start() -> None:
    """Priority, Standard: a Sprint 3 story of priority 900 is placed before Sprint 2's
    stories of the same person that start on its day (priority comes first there)."""
    plan, sprint_of = _sprint_plan()
    late = next(u for u, s in sprint_of.items() if s == 2)  # Ana's first Sprint 3 story
    plan.update_task(replace(plan.task(late), priority=900))
    sched, _ = _leveled(plan, LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD))
    assert sched[late].start == MON + timedelta(weeks=4)  # on its sprint's first day


def test_s31lo_no_splits_option_leaves_every_story_whole() -> None:
    """Splits in remaining work off: no story is laid in parts."""
    plan, _ = _sprint_plan(review=True)
    sched, result = _leveled(plan, LevelingOptions(split_remaining=False))
    assert not any(m.split or m.resumes for m in result.moves)  # type: ignore[attr-defined]
    assert [t.name for t in plan.tasks if t.splits] == []
    stories = [t for t in plan.tasks if t.name.startswith("Story")]
    assert all(sched[t.uid].duration_minutes == 3 * DAY for t in stories)


def test_s31lo_review_occurrences_keep_their_order_and_are_named() -> None:
    plan, sprint_of = _sprint_plan(review=True)
    sched, result = _leveled(plan)
    starts = [sched[REVIEW + 1 + i].start for i in range(SPRINTS)]
    assert starts == sorted(starts)
    said = meetings_text(plan, result.moves)  # type: ignore[attr-defined]
    assert "occurrences of 'Sprint review'" in said
    assert "Priority 1000" in said
    assert _sprints_in_order(plan, sched, sprint_of) == []


def test_s31lo_reviews_at_priority_1000_stay_and_say_nothing() -> None:
    plan, _ = _sprint_plan(review=True, review_priority=DO_NOT_LEVEL)
    before = schedule(plan)
    sched, result = _leveled(plan)
    for i in range(SPRINTS):
        assert sched[REVIEW + 1 + i].start == before[REVIEW + 1 + i].start
    assert meetings_text(plan, result.moves) == ""  # type: ignore[attr-defined]
