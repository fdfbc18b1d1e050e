"""A leveled plan that cannot be scheduled without its leveling still marks its leveled tasks.

MS Project XML says a task leveling moved or split by its dates before leveling
(<PreLeveledStart>/<PreLeveledFinish>): MS Project's Leveling Gantt draws them, and the
reader takes the working time between them to tell leveling's pauses from the user's, so
that Clear Leveling after a round trip takes leveling's out (app.io.mspdi_preleveled).
They came from the plan scheduled without leveling; when that schedule failed, none was
written and the round trip read leveling's pauses as the user's, which the not-kept note did
not say. Now they come from the leveled schedule (app.io.mspdi_write_leveling): each task's
start less its own delay, and its duration and own pauses after that.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

import app.io.mspdi_write_leveling as writer
from app.domain.errors import PlanError
from app.domain.leveling import apply_delays, level, without_leveling
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

MON = datetime(2027, 1, 4, 8)
DAY = 480
NS = "{http://schemas.microsoft.com/project}"
_TOLD = (Split(240, DAY), Split(2 * DAY, 2 * DAY, leveling=True))  # the user's and leveling's


def _plan() -> Plan:
    """Ann on A and B at once (leveling delays one of them), a task leveling split beside
    the user's own pause, and a task leveling never touched."""
    plan = Plan(Project(name="Lev", start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "A", duration_minutes=2 * DAY),
            Task(2, "B", duration_minutes=3 * DAY),
            Task(4, "Plain", duration_minutes=DAY),
        ],
    )
    plan.add_resource(Resource(1, "Ann"))
    plan.assignments = [Assignment(1, 1, 1, 1.0, 2 * DAY), Assignment(2, 2, 1, 1.0, 3 * DAY)]
    apply_delays(plan, level(plan, schedule(plan)).delays)
    assert sum(t.leveling_delay_minutes > 0 for t in plan.tasks) == 1
    plan.insert_tasks(2, [Task(3, "Pour", duration_minutes=3 * DAY, splits=_TOLD)])
    return plan


def _unschedulable_without_leveling(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan's own schedule works; the one without leveling fails (a calendar with no
    room, say), as the writer's second schedule would."""

    def refuse(plan: Plan) -> None:
        raise PlanError("calendar 'Shift' has no working time")

    monkeypatch.setattr(writer, "schedule", refuse)


def _preleveled(path: Path) -> dict[int, tuple[str | None, str | None]]:
    return {
        int(t.findtext(NS + "UID") or 0): (
            t.findtext(NS + "PreLeveledStart"),
            t.findtext(NS + "PreLeveledFinish"),
        )
        for t in ET.parse(path).getroot().iter(NS + "Task")
    }


def test_s19sm_dates_before_leveling_are_written_from_the_leveled_schedule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan()
    unleveled = schedule(without_leveling(plan))  # what a schedule would say, to compare
    _unschedulable_without_leveling(monkeypatch)
    path = tmp_path / "lev.xml"
    write_mspdi(plan, path)
    written = _preleveled(path)
    for uid in (1, 2, 3):
        task = plan.task(uid)
        if not task.leveling_delay_minutes and not task.splits:
            assert written[uid] == (None, None)  # the one the delayed one waited for
            continue
        times = unleveled.get(uid)
        assert written[uid] == (times.start.isoformat(), times.finish.isoformat())
    assert written[4] == (None, None)  # never leveled
    assert written[0] == (None, None)


def test_s19sm_clear_leveling_after_the_round_trip_still_clears(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan()
    _unschedulable_without_leveling(monkeypatch)
    path = tmp_path / "lev.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    assert [t.splits for t in back.tasks] == [t.splits for t in plan.tasks]  # marks kept
    assert [t.leveling_delay_minutes for t in back.tasks] == [
        t.leveling_delay_minutes for t in plan.tasks
    ]
    cleared = without_leveling(back)
    assert cleared.task(3).splits == (Split(240, DAY),)  # only the user's pause is left
    assert all(not t.leveling_delay_minutes for t in cleared.tasks)


def test_s19sm_a_task_its_predecessor_moved_starts_where_its_own_delay_began(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the task's own delay is known to be leveling's: where a delayed predecessor
    moved it too, its start before leveling is read later than a schedule says, and the
    span between the two dates (what marks the pauses) is the same."""
    plan = _plan()
    delayed = next(t for t in plan.tasks if t.leveling_delay_minutes > 0)
    plan.insert_tasks(4, [Task(5, "Next", duration_minutes=DAY, leveling_delay_minutes=DAY)])
    plan.links.append(Link(delayed.uid, 5))
    leveled = schedule(plan)
    unleveled = schedule(without_leveling(plan))
    _unschedulable_without_leveling(monkeypatch)
    path = tmp_path / "lev.xml"
    write_mspdi(plan, path)
    start, finish = _preleveled(path)[5]
    moved = leveled.get(5).start
    assert datetime.fromisoformat(start) < moved  # its own day taken back
    assert datetime.fromisoformat(start) > unleveled.get(5).start  # not its predecessor's
    assert datetime.fromisoformat(finish) - datetime.fromisoformat(start) == (
        unleveled.get(5).finish - unleveled.get(5).start
    )
