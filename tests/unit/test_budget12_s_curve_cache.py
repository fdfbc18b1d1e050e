"""The S-curve with its planned spans kept between edits (SCurveCache, the Budget view's
outline) equals one worked out from scratch after each kind of edit that moves the plan."""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest

from app.domain.baselines import snapshot
from app.domain.calendar import STANDARD_DAY
from app.domain.cost_earned import EarnedValueBook
from app.domain.earned_value import SCurveCache, s_curve
from app.domain.errors import OutlineError
from app.domain.splits import Split
from app.domain.task import DurationUnit
from tests.unit.test_costs_incremental import START, Kept, _base_plan, _copy


def _leaf(plan, k: int):
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid) and t.duration_minutes >= 960]
    return leaves[k]


def _indent(plan) -> None:
    tasks = plan.tasks
    for k in range(len(tasks) - 1, 0, -1):  # the last row that can go under the one above
        if tasks[k].outline_level == tasks[k - 1].outline_level > 1:
            with contextlib.suppress(OutlineError):  # linked to it
                plan.indent([tasks[k].uid])
                return
    raise AssertionError("no row to indent")


def _split(plan) -> None:
    task = _leaf(plan, 3)
    plan.update_task(replace(task, splits=(Split(480, 960),)))


def _resave_baseline(kept) -> None:
    kept.plan.set_baseline(snapshot(kept.plan, kept.schedule, kept.book.report, 0, START))


def _saturdays(plan) -> None:
    cal = plan.calendar()
    plan.put_calendar(replace(cal, week=(*cal.week[:5], (STANDARD_DAY[0],), ())))


def _split_task_on_its_own_calendar(plan) -> None:
    task = next(t for t in plan.tasks if t.splits)
    night = replace(plan.calendar(), uid=plan.next_calendar_uid(), name="Short", base_uid=None)
    night = replace(night, week=tuple((STANDARD_DAY[0],) if d else d for d in night.week))
    plan.put_calendar(night)
    plan.update_task(replace(task, calendar_uid=night.uid))


EDITS = {
    "progress": lambda kept: kept.plan.update_task(
        replace(_leaf(kept.plan, 0), percent_complete=60.0)
    ),
    "split": lambda kept: _split(kept.plan),
    "split elapsed": lambda kept: kept.plan.update_task(
        replace(next(t for t in kept.plan.tasks if t.splits), elapsed=True)
    ),
    "split calendar": lambda kept: _split_task_on_its_own_calendar(kept.plan),
    "baseline": _resave_baseline,
    "calendar": lambda kept: _saturdays(kept.plan),
    "indent": lambda kept: _indent(kept.plan),
    "delete": lambda kept: kept.plan.remove_tasks([_leaf(kept.plan, 12).uid]),
    "project": lambda kept: kept.plan.set_project(
        replace(kept.plan.project, duration_unit=DurationUnit.WEEKS, minutes_per_day=420)
    ),
}


@pytest.mark.parametrize("order", [list(EDITS), list(reversed(EDITS))], ids=["fwd", "back"])
def test_a_kept_curve_equals_a_fresh_one_after_each_edit(order) -> None:
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    _split(plan)  # a split task from the start, whose pauses the later edits move
    _resave_baseline(kept)
    book, cache = EarnedValueBook(plan), SCurveCache()
    s = kept.schedule
    status = s.start + (s.finish - s.start) / 2

    def check() -> None:
        book.update(kept.schedule, kept.book.report, status)
        kept_curve = s_curve(
            plan, kept.schedule, kept.book.report, status, parents=book.parents, cache=cache
        )
        assert kept_curve == s_curve(plan, kept.schedule, kept.book.report, status)
        assert kept_curve.pv[-1] > 0

    check()
    for name in order:
        if name == "split elapsed" and not any(t.splits for t in plan.tasks):
            continue
        EDITS[name](kept)
        check()
