"""A pause leveling puts in a task, and Clear Leveling taking it out, move the work typed
into its Usage periods as Split Task and Remove Splits do (each typed piece keeps the task's
work done before it): Anna's 16 h typed into week 3 of Design no longer sit in the pause
leveling made, and clearing the leveling brings them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.leveling_resume import LevelingDelay
from app.domain.resource import Assignment
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.usage_typed_work import typed_work_paused
from tests.test_s23us_typed_period import DAY, MON, H, anna_plan, typed, weekly

TYPED = [40.0, 40.0, 16.0, 40.0, 0.0]  # weeks 1-5, the 16 h typed into week 3


def _started_with_a_review_in_week_3():
    """Design under way (week 1 done) with 16 h typed into week 3, and Anna's Review fixed
    in week 3: leveling pauses Design's work left."""
    plan = anna_plan()
    plan.update_task(replace(plan.task(1), actual_start=MON, percent_complete=25))
    typed(plan, 3, 16 * H)
    assert weekly(plan) == TYPED
    review = MON + timedelta(weeks=2)
    plan.append_task(
        Task(
            2,
            "Review",
            duration_minutes=5 * DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=review,
        )
    )
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    return plan


def test_s24ov_a_pause_leveling_makes_moves_the_typed_week_past_it():
    plan = _started_with_a_review_in_week_3()
    before = plan.assignment(1)
    unleveled = without_leveling(plan)  # a copy, for Split Task's rule below
    result = level(plan, schedule(plan))
    old = apply_delays(plan, result.delays)
    (pause,) = plan.task(1).splits
    assert (pause.after_minutes, pause.gap_minutes) == (5 * DAY, 10 * DAY)
    assert weekly(plan) == [40.0, 0.0, 0.0, 40.0, 16.0]  # the typed week after the pause
    assert plan.assignment(1).work_minutes == before.work_minutes
    # the pieces Split Task makes of the same pause
    (split,) = typed_work_paused(unleveled, 1, plan.task(1).splits)
    assert plan.assignment(1).edited_work == split.edited_work
    apply_delays(plan, old)  # undo: the pause and the typed week back
    assert plan.task(1).splits == ()
    assert plan.assignment(1) == before
    assert weekly(plan) == TYPED


def test_s24ov_clear_leveling_brings_the_typed_week_back():
    plan = _started_with_a_review_in_week_3()
    before = plan.assignment(1)
    apply_delays(plan, level(plan, schedule(plan)).delays)
    cleared = clear_delays(plan)
    assert plan.task(1).splits == ()
    assert plan.assignment(1) == before
    assert weekly(plan)[:3] == [40.0, 40.0, 16.0]
    apply_delays(plan, cleared)  # Clear Leveling undone: paused again, typed week after it
    assert weekly(plan) == [40.0, 0.0, 0.0, 40.0, 16.0]


def test_s24ov_work_typed_after_a_leveling_split_goes_back_when_it_is_cleared():
    """Leveling split Design (not started) before anyone typed: the week typed into its
    third working week (week 4, after the pause) moves back into week 3 with Clear
    Leveling, as Remove Splits moves it."""
    plan = anna_plan()
    apply_delays(plan, {1: LevelingDelay(0, (Split(5 * DAY, 5 * DAY),))})
    assert weekly(plan) == [40.0, 0.0, 40.0, 40.0, 40.0]
    typed(plan, 4, 16 * H)
    assert weekly(plan) == [40.0, 0.0, 40.0, 16.0, 40.0]
    kept = plan.assignment(1)
    old = clear_delays(plan)
    assert plan.task(1).splits == ()
    assert weekly(plan) == TYPED
    apply_delays(plan, old)  # undone: the split and the typed week where they were
    assert plan.assignment(1) == kept


def test_s24ov_tasks_without_typed_work_keep_their_assignments():
    plan = anna_plan()
    before = plan.assignment(1)
    apply_delays(plan, {1: LevelingDelay(0, (Split(5 * DAY, 5 * DAY),))})
    assert plan.assignment(1) is before
