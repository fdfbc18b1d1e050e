"""MS Project XML carries each task's scheduled <Start>/<Finish>, not the dates it was read with.

Readers that do not reschedule (ProjectLibre, MPXJ's tools, MS Project calculating by
hand) show the file's Start and Finish as the plan: after an edit or leveling those must
be the new schedule's. A manual task's are its own (the user's) dates.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.formats import read_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
_Q = "{http://schemas.microsoft.com/project}"


def _written_dates(path: Path) -> dict[int, tuple[datetime, datetime]]:
    """Task UID -> (<Start>, <Finish>) as written (the project row left out)."""
    out = {}
    for row in ET.parse(path).getroot().iter(_Q + "Task"):
        uid = int(row.findtext(_Q + "UID"))
        if uid:
            out[uid] = (
                datetime.fromisoformat(row.findtext(_Q + "Start")),
                datetime.fromisoformat(row.findtext(_Q + "Finish")),
            )
    return out


def _longer_first_leaf(plan: Plan) -> int:
    """Make the first task without subtasks 20 days long; its UID."""
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid) and not t.milestone)
    plan.update_task(replace(leaf, duration_minutes=20 * plan.project.minutes_per_day))
    return leaf.uid


def test_s21m2_an_edit_moves_the_written_start_and_finish(tmp_path):
    first = tmp_path / "first.xml"
    write_mspdi(read_plan(DEMO), first)
    plan = read_mspdi(first)  # every automatic task now holds the dates it was read with
    _longer_first_leaf(plan)
    times = schedule(plan).times
    again = tmp_path / "again.xml"
    write_mspdi(plan, again)
    written = _written_dates(again)
    before = _written_dates(first)
    moved = [u for u in written if written[u] != before[u]]
    assert len(moved) > 10  # the edit moved most of the plan
    for t in plan.tasks:
        assert written[t.uid] == (times[t.uid].start, times[t.uid].finish), t.name
    # and a reader taking the file's dates as the plan sees the new schedule
    back = read_mspdi(again)
    assert [(t.start, t.finish) for t in back.tasks] == [
        (times[t.uid].start, times[t.uid].finish) for t in plan.tasks
    ]


def test_s21m2_leveling_delays_are_in_the_written_dates(tmp_path):
    from app.domain.leveling import apply_delays, level

    plan = read_plan(DEMO)
    delays = level(plan, schedule(plan)).delays
    assert delays
    apply_delays(plan, delays)
    times = schedule(plan).times
    path = tmp_path / "leveled.xml"
    write_mspdi(plan, path)
    written = _written_dates(path)
    delayed = [t for t in plan.tasks if delays.get(t.uid, 0) > 0]
    assert delayed
    for t in delayed:
        assert written[t.uid][0] == times[t.uid].start, t.name
        assert written[t.uid][0] > t.start, t.name  # its date before leveling is not written


def test_s21m2_a_manual_task_keeps_its_own_dates(tmp_path):
    plan = read_plan(DEMO)
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid) and not t.milestone)
    start, finish = datetime(2027, 2, 3, 13, 0), datetime(2027, 2, 9, 12, 0)
    plan.update_task(replace(leaf, manual=True, start=start, finish=finish))
    path = tmp_path / "manual.xml"
    write_mspdi(plan, path)
    assert _written_dates(path)[leaf.uid] == (start, finish)
