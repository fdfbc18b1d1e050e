"""gantry diff shows a leveling delay as MS Project's Leveling Delay: elapsed days.

Gantry keeps the delay in working minutes; MS Project shows the field in elapsed
days ("5 edays" for three working days over a weekend). The text line now reads
"Leveling Delay 0ed -> 5ed"; --json keeps the raw working minutes (the contract's
old/new) and adds their unit and the text shown.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.cli.diff_text import DiffWriter
from app.domain.diff import diff_plans
from app.domain.leveling_elapsed import elapsed_delay
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile

DAY = 480
WED = datetime(2026, 3, 4, 8, 0)


def _plan(delay: int = 0, started: bool = False) -> Plan:
    plan = Plan(project=Project(name="Lev", start=WED))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    build = Task(2, "Build", duration_minutes=3 * DAY, leveling_delay_minutes=delay)
    if started:
        build = replace(build, actual_start=WED, percent_complete=10.0)
    plan.append_task(build)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def test_three_working_days_over_a_weekend_are_five_elapsed_days():
    plan = _plan(3 * DAY)
    found = schedule(plan)
    assert found[2].start == datetime(2026, 3, 9, 8, 0)  # Wed + 3 working days: Monday
    assert elapsed_delay(plan, found, 2) == 5 * 1440
    assert elapsed_delay(plan, found, 1) == 0
    assert elapsed_delay(plan, found, 99) is None


def test_a_started_tasks_pause_is_not_measured_in_elapsed_time():
    plan = _plan(2 * DAY, started=True)
    assert elapsed_delay(plan, schedule(plan), 2) is None
    (change,) = diff_plans(_plan(0, started=True), plan)
    line = DiffWriter(_plan(0, started=True), plan).line(change)
    assert line.endswith("Leveling Delay 0ed -> 2d")  # working days, said as such


def test_text_line_reads_elapsed_days(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    GantryFile.create(old, _plan()).close()
    GantryFile.create(new, _plan(3 * DAY)).close()
    assert main(["diff", str(old), str(new)]) == 0
    # s27dx: after the project's dates (the text's first line), then the dates it moved
    assert capsys.readouterr().out.splitlines()[1:2] == [
        "changed  ID 2 'Build': Leveling Delay 0ed -> 5ed"
    ]
    assert main(["diff", str(new), str(old)]) == 0
    assert capsys.readouterr().out.splitlines()[1:2] == [
        "changed  ID 2 'Build': Leveling Delay 5ed -> 0ed"
    ]


def test_json_keeps_working_minutes_and_adds_unit_and_text(tmp_path, capsys):
    old, leveled = tmp_path / "old.gantry", tmp_path / "leveled.gantry"
    GantryFile.create(old, _plan()).close()
    GantryFile.create(leveled, _plan(3 * DAY)).close()
    assert main(["diff", str(old), str(leveled), "--json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)["changes"]
    assert change["field"] == "leveling_delay_minutes"
    assert (change["old"], change["new"]) == (0, 3 * DAY)
    assert change["unit"] == "working minutes"
    assert (change["old_text"], change["new_text"]) == ("0ed", "5ed")


def test_other_changes_get_no_extra_keys():
    old, new = _plan(), _plan()
    new.update_task(replace(new.task(1), name="Design it"))
    (change,) = diff_plans(old, new)
    assert DiffWriter(old, new).json_extra(change) == {}


def test_a_plan_that_cannot_be_scheduled_keeps_working_days():
    from app.domain.link import Link

    old, new = _plan(), _plan(3 * DAY)
    writer = DiffWriter(old, new)
    # a loop of links, as a hand-edited file may hold: no dates to measure from
    for plan in (old, new):
        plan.links.extend([Link(1, 2), Link(2, 1)])
    (change,) = diff_plans(_plan(), _plan(3 * DAY))
    assert writer.line(change).endswith("Leveling Delay 0ed -> 3d")
