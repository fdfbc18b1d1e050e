"""``gantry diff`` lists the tasks whose scheduled dates moved, by how much, and a summary.

Found: a GanttProject plan leveled (``gantry level x.gan -o y.gan``) and diffed with its
original said "no changes": a .gan keeps each task's start, not its leveling delay, and
diff compared only what a user entered, never the dates the scheduler gives.
"""

from __future__ import annotations

import json
from datetime import datetime
from io import StringIO
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.diff_moves import MOVES_SHOWN
from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.diff_dates import date_moves
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

HOUSE = "ganttproject-HouseBuildingSample.gan"
MON = datetime(2026, 3, 2, 8)  # a Monday
DAY = 480
# What `gantry level` moves in the GanttProject sample (MS Project's Standard order, the
# earlier start first: s31lo): 'Equipment planning' (an earlier start than the work left of
# 'Prepare construction documents') goes first, so that work resumes a week later and the
# construction phase with it; 'Walls' waits three weeks, its successors with it.
HOUSE_MOVES = {
    "Walls": "Start 2024-09-30 08:00 -> 2024-10-21 08:00, "
    "Finish 2024-10-04 17:00 -> 2024-10-25 17:00 (+15d working, +21 calendar days)",
    "Furniture": "Start 2024-10-07 08:00 -> 2024-10-28 08:00, "
    "Finish 2024-10-09 17:00 -> 2024-10-30 17:00 (+15d working, +21 calendar days)",
    "Bring your family here": "Start and Finish 2024-10-11 17:00 -> 2024-10-30 17:00 "
    "(+13d working, +19 calendar days)",
    "Foundation building": "Start 2024-07-01 08:00 -> 2024-07-08 08:00, "
    "Finish 2024-07-19 17:00 -> 2024-07-26 17:00 (+5d working, +7 calendar days)",
}
HOUSE_MOVED = 12  # with the rest of the construction phase and 'Equipment planning'
HOUSE_FINISH = "Finish 2024-10-11 17:00 -> 2024-10-30 17:00 (+13d working, +19 calendar days)"


def _has_moves(found: dict[str, str]) -> None:
    """The moves of HOUSE_MOVES are listed as said there, among HOUSE_MOVED in all."""
    assert {name: found.get(name) for name in HOUSE_MOVES} == HOUSE_MOVES
    assert len(found) == HOUSE_MOVED


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    capsys.readouterr()
    assert main([str(a) for a in args]) == 0
    return capsys.readouterr().out


@pytest.fixture
def leveled(shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "leveled.gan"
    _run(capsys, "level", shared_data / "gan" / HOUSE, "-o", out)
    return out


def _moved(text: str) -> dict[str, str]:
    """Task name -> what its moved line says, from diff's text."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("moved "):
            head, _, said = line.partition("': ")
            found[head.split(" '", 1)[1]] = said
    return found


def test_s20gn_a_leveled_gan_lists_the_tasks_that_moved(
    shared_data: Path, leveled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _run(capsys, "diff", shared_data / "gan" / HOUSE, leveled)
    assert "no changes" not in text.splitlines()
    _has_moves(_moved(text))
    assert text.splitlines()[-1].endswith(f"{HOUSE_MOVED} tasks moved (12 later); {HOUSE_FINISH}")
    # the other way round: earlier, by as much
    back = _moved(_run(capsys, "diff", leveled, shared_data / "gan" / HOUSE))
    assert back["Walls"].endswith("(-15d working, -21 calendar days)")


def test_s20gn_json_lists_every_move_and_the_counts(
    shared_data: Path, leveled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(_run(capsys, "diff", "--json", shared_data / "gan" / HOUSE, leveled))
    # a .gan keeps no split: the split task reads back a week longer
    assert [c["name"] for c in data["changes"]] == ["Prepare construction documents"]
    walls = next(m for m in data["moved"] if m["name"] == "Walls")
    assert walls["start"] == {
        "old": "2024-09-30T08:00:00",
        "new": "2024-10-21T08:00:00",
        "working_minutes": 15 * DAY,
        "calendar_days": 21,
    }
    assert walls["finish"]["new"] == "2024-10-25T17:00:00"
    summary = data["summary"]
    assert (summary["tasks_moved"], summary["moved_later"]) == (HOUSE_MOVED, HOUSE_MOVED)
    assert summary["finish"]["calendar_days"] == 19


def test_s20gn_leveled_gantry_says_its_delays_and_the_moves(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, leveled = tmp_path / "house.gantry", tmp_path / "leveled.gantry"
    _run(capsys, "convert", shared_data / "gan" / HOUSE, plain)
    _run(capsys, "level", plain, "-o", leveled)
    lines = _run(capsys, "diff", plain, leveled).splitlines()
    assert lines[0].startswith("project: Finish ")  # s27dx: the project's dates lead
    assert lines[1:5] == [
        # s27di: by ID (their UIDs are 15 and 7)
        "changed  ID 3 'Prepare construction documents': Leveling Delay 0ed -> 5d",
        "changed  ID 3 'Prepare construction documents': Splits none -> 'after 11.25d, 5d off'",
        "changed  ID 8 'Equipment planning': Leveling Delay 0ed -> 8.08ed",
        "changed  ID 17 'Walls': Leveling Delay 0ed -> 14ed",
    ]
    _has_moves(_moved("\n".join(lines)))
    assert lines[-1] == (
        f"summary: 4 changes (3 leveling delays); {HOUSE_MOVED} tasks moved (12 later); "
        f"{HOUSE_FINISH}"
    )
    data = json.loads(_run(capsys, "diff", "--json", plain, leveled))
    assert data["summary"]["leveling_delays_changed"] == 3


def _chain(count: int, start: datetime) -> Plan:
    """A summary over ``count`` one-day tasks in a row (no links: each starts with the plan)."""
    plan = Plan(project=Project(name="Many", start=start))
    plan.append_task(Task(1, "Phase", duration_minutes=DAY))
    for uid in range(2, count + 2):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=DAY, outline_level=2))
    return plan


def test_s20gn_a_long_list_of_moves_is_cut_and_summaries_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    formats.write_plan(_chain(MOVES_SHOWN + 7, MON), old)
    formats.write_plan(_chain(MOVES_SHOWN + 7, datetime(2026, 3, 9, 8)), new)  # a week on
    lines = _run(capsys, "diff", old, new).splitlines()
    # s27dx: the project's dates lead the text (the whole plan a week on)
    assert lines[0].startswith("project: Finish 2026-03-02 17:00 -> 2026-03-09 17:00 (+5d")
    assert lines[1].startswith("changed  Project 'Many': Start date")
    moved = [line for line in lines if line.startswith("moved ")]
    assert len(moved) == MOVES_SHOWN
    assert "'Phase'" not in "\n".join(moved)  # a summary's dates are its subtasks'
    assert moved[0] == (
        "moved    ID 2 'T2': Start 2026-03-02 08:00 -> 2026-03-09 08:00, "
        "Finish 2026-03-02 17:00 -> 2026-03-09 17:00 (+5d working, +7 calendar days)"
    )
    assert lines[-2] == "… and 7 more tasks moved (gantry diff --json lists them all)"
    assert lines[-1].startswith("summary: 1 change; 57 tasks moved (57 later); Finish ")
    data = json.loads(_run(capsys, "diff", "--json", old, new))
    assert len(data["moved"]) == MOVES_SHOWN + 7


def test_s20gn_same_dates_add_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.gantry"
    formats.write_plan(_chain(3, MON), path)
    assert _run(capsys, "diff", path, path) == "no changes\n"
    assert json.loads(_run(capsys, "diff", "--json", path, path)) == {"changes": []}


def test_s20gn_a_move_onto_the_same_working_moment_is_none() -> None:
    """A milestone at Friday 17:00 and one at Monday 08:00 are at the same working moment."""
    fri = Plan(project=Project(name="M", start=datetime(2026, 3, 6, 17)))
    fri.append_task(Task(1, "Gate", duration_minutes=0, milestone=True))
    mon = Plan(project=Project(name="M", start=datetime(2026, 3, 9, 8)))
    mon.append_task(Task(1, "Gate", duration_minutes=0, milestone=True))
    a, b = schedule(fri), schedule(mon)
    assert a[1].start != b[1].start  # the dates differ...
    assert date_moves(fri, a, mon, b) == []  # ...but not the working moment


def test_s20gn_a_plan_that_cannot_be_scheduled_is_said_not_compared() -> None:
    """A loop of links (a plan built in code; readers refuse one): the changes still list,
    and the summary says why no dates were compared."""
    old = _chain(2, MON)
    new = _chain(2, MON)
    new.links.extend([Link(2, 3), Link(3, 2)])
    out = StringIO()
    writer = DiffWriter(old, new, ("old.gantry", "new.gantry"))
    writer.write_text(diff_plans(old, new), out)
    lines = out.getvalue().splitlines()
    assert lines[-1] == "summary: 2 changes; dates not compared: new.gantry cannot be scheduled"
    data = writer.json_data(diff_plans(old, new))
    assert data["summary"]["dates_not_compared"] == "new.gantry cannot be scheduled"
