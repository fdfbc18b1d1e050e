"""A task under way whose work left waits for its predecessor is written to MSPDI paused
there (as MS Project's "Split in-progress tasks" writes it); read back it must be no typed
split, or the round-tripped plan kept pausing when the predecessor later finished early
(week3 task 1009: "Splits none -> 'after 1.5d, 3d off'")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app import formats
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday; the day is 8-12, 13-17
DAY = 480


def _plan(splits: tuple[Split, ...] = ()) -> Plan:
    """Design (5d, not started) -> Build (4d), Build started early on Monday, 1 day done."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=5 * DAY))
    plan.append_task(
        Task(
            2,
            "Build",
            duration_minutes=4 * DAY,
            actual_start=MON,
            percent_complete=25.0,
            splits=splits,
        )
    )
    plan.add_link(Link(1, 2))
    return plan


def test_s27sf_a_wait_for_a_link_comes_back_as_no_split(tmp_path):
    plan = _plan()
    first = schedule(plan)
    assert first[2].finish == datetime(2026, 1, 14, 17)  # Mon done; Mon 12 - Wed 14 after Design
    path = tmp_path / "shop.xml"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    assert back.task(2).splits == ()
    again = schedule(back)
    assert (again[2].start, again[2].finish) == (first[2].start, first[2].finish)
    # Design finishing two days early lets Build's work left resume two days earlier.
    back.update_task(replace(back.task(1), duration_minutes=3 * DAY))
    assert schedule(back)[2].finish == datetime(2026, 1, 12, 17)


def test_s27sf_a_typed_pause_longer_than_the_wait_stays_a_split(tmp_path):
    plan = _plan((Split(DAY, 8 * DAY),))  # paused 8 days after Monday: past Design's finish
    first = schedule(plan)
    path = tmp_path / "shop.xml"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    assert back.task(2).splits == (Split(DAY, 8 * DAY),)
    assert schedule(back)[2].finish == first[2].finish
