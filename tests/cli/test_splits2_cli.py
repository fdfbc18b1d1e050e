"""Split tasks on the command line: ``schedule --json`` names the pauses, ``diff`` their changes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app import formats
from app.cli import main
from app.cli.json_text import dumps
from app.cli.schedule_command import json_default
from app.cli.schedule_json import schedule_to_dict, schedule_to_json_data
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(splits: tuple[Split, ...] = (Split(2 * DAY, 3 * DAY),)) -> Plan:
    """'Pour' (5d) stops Tuesday night and resumes Monday 12; 'Sign' (2d) is not split."""
    plan = Plan(project=Project(name="Slab", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=splits))
    plan.append_task(Task(2, "Sign", duration_minutes=2 * DAY))
    return plan


def _json(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["schedule", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_schedule_json_lists_each_pause_as_stop_and_resume(tmp_path, capsys):
    path = tmp_path / "slab.gantry"
    formats.write_plan(_plan(), path)
    tasks = {t["uid"]: t for t in _json(path, capsys)["tasks"]}
    # "splits": one {"stop", "resume"} per pause, in order: the moment work stops
    # (the end of a working part) and the moment it goes on (the next part's start).
    assert tasks[1]["splits"] == [{"stop": "2026-01-06T17:00:00", "resume": "2026-01-12T08:00:00"}]
    assert tasks[1]["finish"] == "2026-01-14T17:00:00"
    assert tasks[1]["duration_minutes"] == 5 * DAY  # the pause is not duration
    assert "splits" not in tasks[2]  # an unsplit task has no such key


def test_fast_json_writer_gives_the_same_text_with_splits():
    plan = _plan(splits=(Split(DAY, DAY), Split(3 * DAY, 2 * DAY)))
    result = schedule(plan)
    fast = dumps(schedule_to_json_data(plan, result), json_default)
    assert fast == json.dumps(schedule_to_dict(plan, result), indent=2, ensure_ascii=False)
    pauses = json.loads(fast)["tasks"][0]["splits"]
    assert [p["stop"] for p in pauses] == ["2026-01-05T17:00:00", "2026-01-08T17:00:00"]
    assert [p["resume"] for p in pauses] == ["2026-01-07T08:00:00", "2026-01-13T08:00:00"]


def test_schedule_text_output_is_unchanged_by_splits(tmp_path, capsys):
    path = tmp_path / "split.gantry"
    formats.write_plan(_plan(), path)
    capsys.readouterr()
    assert main(["schedule", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # the same columns as ever: no pause column or line, the finish past the pause
    assert lines[0].split() == ["WBS", "Name", "Start", "Finish", "Duration", "Slack", "Critical"]
    assert lines[1].split() == [
        "1",
        "Pour",
        "2026-01-05",
        "08:00",
        "2026-01-14",
        "17:00",
        "5d",
        "0d",
        "yes",
    ]
    assert len([x for x in lines if x.strip()]) == 4


@pytest.mark.parametrize("suffix", [".gantry", ".xml"])
def test_diff_reports_a_change_of_pauses_between_plans_that_hold_them(tmp_path, capsys, suffix):
    old, new = tmp_path / f"old{suffix}", tmp_path / f"new{suffix}"
    formats.write_plan(_plan(), old)
    plan = _plan()
    plan.update_task(replace(plan.task(1), splits=(Split(2 * DAY, DAY),)))
    formats.write_plan(plan, new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert changes == [
        {
            "entity": "task",
            "uid": 1,
            "name": "Pour",
            "kind": "changed",
            "field": "splits",
            "old": f"{2 * DAY}/{3 * DAY}",
            "new": f"{2 * DAY}/{DAY}",
            "id": 1,  # s27di: the ID the text names it by, beside its uid
        }
    ]
    assert main(["diff", str(old), str(new)]) == 0
    # s27dx: the project's dates lead the text; then the change, then the finish it moved
    line = capsys.readouterr().out.splitlines()[1]
    assert line == "changed  ID 1 'Pour': Splits 'after 2d, 3d off' -> 'after 2d, 1d off'"


def test_diff_reports_splits_removed_between_gantry_and_xml(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.xml"
    formats.write_plan(_plan(), old)
    formats.write_plan(_plan(splits=()), new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (  # s27dx: after the project's dates
        "changed  ID 1 'Pour': Splits 'after 2d, 3d off' -> none"
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_format_without_splits_does_not_look_changed(tmp_path, capsys, suffix):
    old, new = tmp_path / "plan.gantry", tmp_path / f"plan{suffix}"
    formats.write_plan(_plan(), old)
    formats.write_plan(_plan(), new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [c for c in changes if c.get("field") == "splits"] == []


def test_the_same_split_plan_as_gantry_and_xml_has_no_changes(tmp_path, capsys):
    plan = _plan(splits=(Split(DAY, DAY), Split(3 * DAY, 2 * DAY)))
    old, new = tmp_path / "plan.gantry", tmp_path / "plan.xml"
    formats.write_plan(plan, old)
    formats.write_plan(plan, new)
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []
