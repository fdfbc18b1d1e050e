"""gantry risks --task: a controller reviewing a work package lists only the risks linked to
its tasks (by ID, range or WBS), the note saying which tasks; a task not in the plan is one
line naming the option."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def test_s30rk_risks_of_the_tasks_named(capsys):
    assert main(["risks", str(DEMO), "--task", "44-46"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["R-03", "R-04"]
    assert lines[-1] == "Showing: linked to tasks 44, 45, 46; 4 risks not shown"

    assert main(["risks", str(DEMO), "--task", "27", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["risks"]] == ["R-02"]


def test_s30rk_task_filter_with_status_counts_what_is_left_out(capsys):
    assert main(["risks", str(DEMO), "--task", "46", "--status", "open"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:2]] == ["R-03"]
    assert lines[-1] == "Showing: not closed, linked to task 46; 5 risks not shown"


def test_s30rk_a_task_not_in_the_plan_is_one_line(capsys):
    assert main(["risks", str(DEMO), "--task", "999"]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == ["gantry: --task: there is no task with ID 999"]
    assert captured.out == ""
