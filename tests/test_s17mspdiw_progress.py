"""MS Project XML written as MS Project would show its progress: summaries rolled up, a
started task's actual dates, the project summary task's figures.

MS Project (and MPXJ, ProjectLibre) show a summary's <PercentComplete>, <ActualStart>
and <ActualFinish> as the file says: a summary written with its own stored 0 % showed
not started though its subtasks were half done. A task with a % complete always has an
Actual Start in MS Project (its scheduled start, set when the % is typed) and an
Actual Finish at 100 %. Each case: the written values, then the plan read back through
our reader (the same plan, and `gantry schedule --json` the same) and, where a shared
MS Project file has the case, the values MS Project wrote there.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

MON = datetime(2027, 1, 4, 8)
DAY = 480


def _plan(*, started: bool = True) -> Plan:
    """Phase (Build 2d 50 % started Monday, Buy 1d 100 %, Sub (Test 1d 25 %, Ship 1d 0 %))
    and an inactive Spare 1d at 100 % the roll-up leaves out; Buy and Test were given a %
    without actual dates (as a GanttProject plan or a workbook gives them)."""
    plan = Plan(Project(name="Roll", start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "Phase", outline_level=1),
            Task(2, "Build", outline_level=2, duration_minutes=2 * DAY, percent_complete=50,
                 actual_start=MON if started else None),
            Task(3, "Buy", outline_level=2, duration_minutes=DAY, percent_complete=100),
            Task(4, "Sub", outline_level=2),
            Task(5, "Test", outline_level=3, duration_minutes=DAY, percent_complete=25),
            Task(6, "Ship", outline_level=3, duration_minutes=DAY),
            Task(7, "Spare", outline_level=2, duration_minutes=DAY, percent_complete=100,
                 active=False),
        ],
    )  # fmt: skip
    plan.add_resource(Resource(1, "Ann", standard_rate=100.0))
    plan.assignments = [Assignment(1, 2, 1, 1.0, 2 * DAY), Assignment(2, 3, 1, 1.0, DAY)]
    return plan


def _rows(path: Path) -> dict[str, dict[str, str | None]]:
    root = ET.parse(path).getroot()
    ns = root.tag.partition("}")[0] + "}"
    keys = ("PercentComplete", "PercentWorkComplete", "ActualStart", "ActualFinish")
    return {
        t.findtext(ns + "UID") or "": {k: t.findtext(ns + k) for k in keys}
        for t in root.iter(ns + "Task")
        if t.findtext(ns + "IsNull") != "1"
    }


def _schedule_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["schedule", "--json", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_summary_is_written_with_its_subtasks_progress(tmp_path: Path):
    plan = _plan()
    path = tmp_path / "roll.xml"
    write_mspdi(plan, path)
    rows = _rows(path)
    times = schedule(plan)
    # Phase: (2d x 50 + 1d x 100 + 1d x 25 + 1d x 0) / 5d = 45 %, as the sheet shows it
    assert times.get(1).percent_complete == 45.0
    assert rows["1"]["PercentComplete"] == "45"
    assert rows["4"]["PercentComplete"] == "13"  # Sub: 12.5 %, halves up as every row
    # work done over work, rolled up: Ann's 1d of Build and 1d of Buy, of 3d
    assert rows["1"]["PercentWorkComplete"] == "67"
    # the earliest actual start below; no actual finish while a subtask is not done
    assert rows["1"]["ActualStart"] == "2027-01-04T08:00:00"
    assert rows["1"]["ActualFinish"] is None
    assert rows["4"]["ActualStart"] == times.get(5).start.isoformat()
    assert rows["4"]["ActualFinish"] is None


def test_a_summary_is_finished_when_every_active_subtask_is(tmp_path: Path):
    plan = _plan()
    for uid in (2, 5, 6):
        plan.update_task(replace(plan.task(uid), percent_complete=100))
    path = tmp_path / "done.xml"
    write_mspdi(plan, path)
    rows = _rows(path)
    times = schedule(plan)
    last = max(times.get(uid).finish for uid in (2, 3, 5, 6))  # Spare, inactive, not counted
    assert rows["1"]["PercentComplete"] == "100"
    assert rows["1"]["ActualFinish"] == last.isoformat()
    assert rows["4"]["ActualFinish"] == times.get(6).finish.isoformat()
    assert rows["0"]["ActualFinish"] == last.isoformat()


def test_a_started_task_gets_the_actual_dates_ms_project_gives_it(tmp_path: Path):
    plan = _plan()
    path = tmp_path / "started.xml"
    write_mspdi(plan, path)
    rows = _rows(path)
    times = schedule(plan)
    # Buy 100 % without dates: started at its start, finished at its finish
    assert rows["3"]["ActualStart"] == times.get(3).start.isoformat()
    assert rows["3"]["ActualFinish"] == times.get(3).finish.isoformat()
    # Test 25 %: started at its scheduled start, not finished
    assert rows["5"]["ActualStart"] == times.get(5).start.isoformat()
    assert rows["5"]["ActualFinish"] is None
    # Build keeps the actual start it has; Ship, not started, gets none
    assert rows["2"]["ActualStart"] == "2027-01-04T08:00:00"
    assert rows["6"]["ActualStart"] is None


def test_a_plan_with_actual_dates_reads_back_the_same(tmp_path: Path, capsys):
    """Every leaf already holds what MS Project would: the plan reads back unchanged and
    `gantry schedule --json` gives every leaf the same row. A summary now holds what MS
    Project's own files hold on it: its rolled-up % (the figure the sheet showed) and
    actual start, by which a started summary's total slack is its finish slack, as the
    scheduler counts it for any task with an actual start (Sub: one day, not critical)."""
    plan = _plan()
    times = schedule(plan)
    for uid in (3, 5, 7):
        t = plan.task(uid)
        finish = times.get(uid).finish if t.percent_complete >= 100 else None
        plan.update_task(replace(t, actual_start=times.get(uid).start, actual_finish=finish))
    mine = tmp_path / "plan.gantry"
    write_plan(plan, mine)
    first = tmp_path / "first.xml"
    write_mspdi(plan, first)
    back = read_mspdi(first)
    assert diff_plans(plan, back) == []
    assert (back.task(1).percent_complete, back.task(4).percent_complete) == (45.0, 13.0)
    before, after = _schedule_json(mine, capsys), _schedule_json(first, capsys)
    assert after["project"] == before["project"]
    summary_only = {"percent_complete", "total_slack_minutes", "critical"}
    for was, now in zip(before["tasks"], after["tasks"], strict=True):
        changed = {key for key in was if was[key] != now[key]}
        assert changed <= (summary_only if was["summary"] else set()), (was["name"], changed)
    sub = next(row for row in after["tasks"] if row["uid"] == 4)
    assert (sub["total_slack_minutes"], sub["critical"]) == (DAY, False)
    # read back and written again, the file is the same: nothing drifts save after save
    second = tmp_path / "second.xml"
    write_mspdi(back, second)
    third = tmp_path / "third.xml"
    write_mspdi(read_mspdi(second), third)
    assert third.read_bytes() == second.read_bytes()


def test_a_percent_without_dates_reads_back_started(tmp_path: Path):
    """What the file adds is MS Project's: the started tasks' actual dates, on the dates
    they had, so every task keeps its start and finish."""
    plan = _plan()
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    times = schedule(plan)
    assert diff_plans(plan, back) == []  # the dates MS Project holds: the diff sees none
    changes = {(c.uid, c.field): c.new for c in diff_plans(plan, back, exact=True)}

    def at(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M")

    assert changes == {  # Buy and Spare (inactive) done, Test under way
        (3, "actual_start"): at(times.get(3).start),
        (3, "actual_finish"): at(times.get(3).finish),
        (5, "actual_start"): at(times.get(5).start),
        (7, "actual_start"): at(times.get(7).start),
        (7, "actual_finish"): at(times.get(7).finish),
    }
    again = schedule(back)
    for task in plan.tasks:
        if task.active:
            assert (again.get(task.uid).start, again.get(task.uid).finish) == (
                times.get(task.uid).start,
                times.get(task.uid).finish,
            ), task.name


# MS Project files with progress (shared data): what MS Project wrote on each task row and
# on the project summary task is what we write for the plan read from them.
_PROGRESS_FILES = [
    *(f"assignment-assignments-project{v}-mspdi.xml" for v in (2002, 2007, 2010, 2019)),
    "mspdiassignmentfields.xml",
    "mspditimephasedsegments.xml",
    "mspdiresource.xml",
]


@pytest.mark.parametrize("name", _PROGRESS_FILES)
def test_written_progress_equals_what_ms_project_wrote(shared_data: Path, tmp_path: Path, name):
    source = shared_data / "mspdi" / name
    path = tmp_path / "ours.xml"
    write_mspdi(read_mspdi(source), path)
    theirs, ours = _rows(source), _rows(path)
    assert set(ours) == set(theirs)
    for uid, row in theirs.items():
        # (the project row's actual start is the project's, 25 August in mspdiresource.xml,
        # though its one started task started on the 26th: as MS Project wrote it, s18t)
        assert ours[uid] == row, (name, uid)


def test_mspdiresource_project_row_rounds_half_a_percent_up(shared_data: Path, tmp_path: Path):
    """16 h of 128 h of work done is 12.5 %: MS Project wrote 13 on the project row, as a
    task's 12.5 % is written 13 (our project row rounded halves to even: 12)."""
    source = shared_data / "mspdi" / "mspdiresource.xml"
    assert _rows(source)["0"]["PercentWorkComplete"] == "13"
    path = tmp_path / "ours.xml"
    write_mspdi(read_mspdi(source), path)
    assert _rows(path)["0"]["PercentWorkComplete"] == "13"


def test_the_project_row_rounds_half_a_percent_up_as_the_tasks(tmp_path: Path):
    """One day done of eight: 12.5 % complete and of work done; the project row says 13 %,
    as a task at 12.5 % does (round() gave 12)."""
    plan = Plan(Project(name="Half", start=MON))
    plan.insert_tasks(
        0,
        [
            Task(1, "Done", duration_minutes=DAY, percent_complete=100, actual_start=MON),
            Task(2, "Rest", duration_minutes=7 * DAY),
            Task(3, "Alone", duration_minutes=8 * DAY, percent_complete=12.5, actual_start=MON),
        ],
    )
    plan.add_resource(Resource(1, "Ann"))
    plan.assignments = [Assignment(1, 1, 1, 1.0, DAY), Assignment(2, 2, 1, 1.0, 7 * DAY)]
    plan.update_task(replace(plan.task(3), active=False))
    path = tmp_path / "half.xml"
    write_mspdi(plan, path)
    rows = _rows(path)
    assert rows["0"]["PercentComplete"] == "13"
    assert rows["0"]["PercentWorkComplete"] == "13"
    assert rows["3"]["PercentComplete"] == rows["0"]["PercentComplete"]


def test_every_shared_ms_project_file_reads_back_to_the_same_schedule(
    shared_data: Path, tmp_path: Path, capsys
):
    for source in sorted((shared_data / "mspdi").glob("*.xml")):
        path = tmp_path / source.name
        write_mspdi(read_plan(source), path)
        assert diff_plans(read_plan(source), read_mspdi(path)) == [], source.name
        assert _schedule_json(path, capsys)["tasks"] == _schedule_json(source, capsys)["tasks"]
