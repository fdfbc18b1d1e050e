"""A summary task's free slack, as MS Project stores it (tester s31xm: always 0 here, 15 days
on 'Testing' in Software-Development.xml): the room before its own successors, else before
the project finish, no more than its total slack. Checked against every real file's stored
<FreeSlack> of summaries, through both ways a schedule gives it (one task, every row)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.conformance.oracle import stored_tasks

DAY = 480


def _files(shared: Path) -> list[Path]:
    return sorted((shared / "mspdi").glob("*.xml")) + sorted((shared / "mpp").glob("*.xml"))


def test_every_stored_summary_free_slack_matches(shared_data):
    compared = nonzero = 0
    wrong: list[str] = []
    for path in _files(shared_data):
        result = schedule(read_mspdi(path))
        columns = result.times.columns()  # type: ignore[attr-defined]
        row_of = {uid: row for row, uid in enumerate(columns.uids)}
        for stored in stored_tasks(path):
            if not stored.summary or stored.manual:
                continue
            compared += 1
            nonzero += stored.free_slack != 0
            one = result[stored.uid].free_slack_minutes
            every = columns.free_slack_minutes[row_of[stored.uid]]
            if not one == every == stored.free_slack:
                wrong.append(
                    f"{path.name} {stored.uid} {stored.name}: {one}/{every}, file {stored.free_slack}"
                )
    assert compared > 60
    assert nonzero >= 20  # Software-Development alone has 11
    assert not wrong, "\n".join(wrong)


def test_software_development_testing_has_15_days(shared_data, tmp_path):
    path = shared_data / "mspdi" / "Software-Development.xml"
    if not path.exists():
        path = next(shared_data.rglob("Software-Development.xml"))
    plan = read_mspdi(path)
    testing = next(t for t in plan.tasks if t.name == "Testing")
    assert schedule(plan)[testing.uid].free_slack_minutes == 15 * DAY
    out = tmp_path / "back.xml"
    write_mspdi(plan, out)  # written back as MS Project stored it (tenths of a minute)
    back = {s.uid: s for s in stored_tasks(out)}
    assert back[testing.uid].free_slack == 15 * DAY


def test_a_phase_with_a_successor_has_the_room_before_it():
    """Design (2 tasks, 3d and 5d) then Launch after Design by FS, Build 10d alongside."""
    plan = Plan(project=Project(start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Design", duration_minutes=0))
    plan.append_task(Task(2, "Sketch", duration_minutes=3 * DAY, outline_level=2))
    plan.append_task(Task(3, "Review", duration_minutes=5 * DAY, outline_level=2))
    plan.append_task(Task(4, "Build", duration_minutes=10 * DAY))
    plan.append_task(Task(5, "Launch", duration_minutes=DAY))
    plan.add_link(Link(1, 5))
    plan.add_link(Link(4, 5))
    result = schedule(plan)
    assert result[1].free_slack_minutes == 5 * DAY  # Launch waits for Build
    assert result[1].total_slack_minutes == 5 * DAY
    columns = result.times.columns()  # type: ignore[attr-defined]
    assert columns.free_slack_minutes[0] == 5 * DAY
    # Launch right after it: no room; a phase with no successor: up to the project finish
    plan.remove_link(4, 5)
    assert schedule(plan)[1].free_slack_minutes == 0
    plan.remove_link(1, 5)
    plan.add_link(Link(4, 5))
    assert schedule(plan)[1].free_slack_minutes == 6 * DAY
