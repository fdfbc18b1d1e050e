"""``gantry diff`` names a risk's tasks as it names tasks elsewhere: ``ID 1 'Pour'`` (by
their ID since s27di; the uids here are 4 and 7, at IDs 1 and 2).

The line read ``task_uids '4' -> '4, 7'``: uids a user never sees without the
task's name. It now reads ``Tasks ID 1 'Pour' -> ID 1 'Pour', ID 2 'Cure'``; ``--json``
keeps the uids in old/new and adds the texts the line shows.
"""

from __future__ import annotations

import json
from dataclasses import replace

from app.cli import main as cli_main
from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan


def _plan(*task_uids: int) -> Plan:
    plan = Plan(
        project=Project(name="Slab"),
        tasks=[Task(4, "Pour", 1, duration_minutes=480), Task(7, "Cure", 1, duration_minutes=960)],
    )
    plan.add_risk(Risk(1, "Late concrete", 0.3, 1000.0, task_uids=task_uids))
    return plan


def _risk_change(old: Plan, new: Plan):
    (change,) = (c for c in diff_plans(old, new) if c.entity == "risk")
    return change


def test_the_line_names_each_task_by_uid_and_name():
    old, new = _plan(4), _plan(4, 7)
    change = _risk_change(old, new)
    line = DiffWriter(old, new).line(change)
    assert line.endswith(": Tasks ID 1 'Pour' -> ID 1 'Pour', ID 2 'Cure'")
    assert "task_uids" not in line


def test_no_task_reads_none():
    old, new = _plan(7), _plan()
    line = DiffWriter(old, new).line(_risk_change(old, new))
    assert line.endswith(": Tasks ID 2 'Cure' -> none")


def test_a_task_removed_since_is_named_from_the_plan_that_had_it():
    old = _plan(4, 7)
    new = Plan(project=old.project, tasks=[old.tasks[0]])
    new.add_risk(replace(old.risks[0], task_uids=(4,)))
    line = DiffWriter(old, new).line(_risk_change(old, new))
    assert line.endswith(": Tasks ID 1 'Pour', ID 2 'Cure' -> ID 1 'Pour'")


def test_json_keeps_the_uids_and_adds_the_texts():
    old, new = _plan(4), _plan(4, 7)
    change = _risk_change(old, new)
    extra = DiffWriter(old, new).json_extra(change)
    assert (change.old, change.new) == ("4", "4, 7")
    assert extra == {"old_text": "ID 1 'Pour'", "new_text": "ID 1 'Pour', ID 2 'Cure'"}


def test_gantry_diff_on_two_files(tmp_path, capsys):
    a, b = tmp_path / "a.gantry", tmp_path / "b.gantry"
    write_plan(_plan(4), a)
    write_plan(_plan(7), b)
    assert cli_main(["diff", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "risk 1 'Late concrete': Tasks ID 1 'Pour' -> ID 2 'Cure'" in out
    assert cli_main(["diff", str(a), str(b), "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)["changes"]
    assert change["new"] == "7"
    assert change["new_text"] == "ID 2 'Cure'"
