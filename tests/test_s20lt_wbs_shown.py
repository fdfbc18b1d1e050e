"""Printouts and ``gantry schedule --json`` show a task's own MS Project WBS code where it has
one (sample.xml's ``<WBS>1.3</WBS>`` on outline number 2), as the window's WBS column does,
and the outline number elsewhere: one helper (app.domain.wbs_shown) for all of them."""

from __future__ import annotations

import json

from app import formats
from app.cli.schedule_json import schedule_to_dict
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.wbs_shown import shown_wbs_codes
from app.report.columns import CellText
from app.report.plan_lookups import PlanLookups
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.cli.test_cli import gantry


def test_s20lt_print_json_and_window_show_the_same_codes(shared_data):
    path = shared_data / "mspdi" / "sample.xml"
    doc = Document(formats.read_plan(path))
    plan = doc.plan
    model = TaskTreeModel(doc)
    window = [model.index_of_uid(t.uid, Column.WBS).data() for t in plan.tasks]
    cells = CellText(plan, doc.schedule, PlanLookups(plan).resources, doc.costs)
    printed = [cells.text(t.uid, "wbs") for t in plan.tasks]
    result = gantry("schedule", path, "--json")
    assert result.returncode == 0, result.stderr
    listed = [t["wbs"] for t in json.loads(result.stdout)["tasks"]]
    assert printed == window == listed
    # the typed codes, not the outline numbers 2, 2.1, 2.2
    assert [c for c in listed if c.startswith("1.3")] == ["1.3", "1.3.1", "1.3.2"]
    assert "2" not in listed
    assert listed != plan.wbs_codes()


def test_s20lt_a_plan_without_codes_lists_its_outline_numbers():
    plan = Plan(project=Project(name="P"))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Work", 2, duration_minutes=480))
    plan.append_task(Task(3, "Coded", 1, duration_minutes=480))
    assert shown_wbs_codes(plan) == ["1", "1.1", "2"]
    assert [t["wbs"] for t in schedule_to_dict(plan, schedule(plan))["tasks"]] == [
        "1",
        "1.1",
        "2",
    ]
    plan.tasks[2] = Task(3, "Coded", 1, duration_minutes=480, wbs="B-7")
    assert shown_wbs_codes(plan) == ["1", "1.1", "B-7"]
    assert [t["wbs"] for t in schedule_to_dict(plan, schedule(plan))["tasks"]][2] == "B-7"
