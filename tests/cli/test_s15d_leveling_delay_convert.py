"""A leveled plan saved as MS Project XML says its delays in elapsed days and reads back equal.

``gantry convert plan.gantry plan.xml`` wrote each leveling delay as working days
(<LevelingDelayFormat> 7), and MS Project's own files, in elapsed days, were read
as working days. Now the file holds MS Project's elapsed days (three working days
from a Wednesday: 5 edays), and ``gantry diff`` between the plan and its XML, and
their schedules, find nothing apart.
"""

from __future__ import annotations

import json
from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile

DAY = 480
WED = datetime(2026, 3, 4, 8, 0)


def _leveled() -> Plan:
    plan = Plan(project=Project(name="Lev", start=WED))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY, leveling_delay_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def test_convert_writes_elapsed_days_and_diff_finds_nothing(tmp_path, capsys):
    gantry, xml = tmp_path / "lev.gantry", tmp_path / "lev.xml"
    GantryFile.create(gantry, _leveled()).close()
    assert main(["convert", str(gantry), str(xml)]) == 0
    text = xml.read_text(encoding="utf-8")
    five_edays = 5 * 1440 * 10  # tenths of a minute
    assert (
        f"<LevelingDelay>{five_edays}</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>"
        in text
    )
    capsys.readouterr()
    assert main(["diff", str(gantry), str(xml), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []
    starts = []
    for path in (gantry, xml):
        assert main(["schedule", str(path), "--json"]) == 0
        tasks = json.loads(capsys.readouterr().out)["tasks"]
        starts.append({t["name"]: (t["start"], t["finish"]) for t in tasks})
    assert starts[0] == starts[1]
    assert starts[1]["Build"][0] == "2026-03-09T08:00:00"  # Monday, as MS Project shows it
