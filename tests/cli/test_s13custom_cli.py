"""gantry schedule --json gives custom field values; gantry diff compares them (and the
assignment contour and notes) between formats that hold them."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.domain.contours import WorkContour
from app.domain.custom_fields import CustomField
from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan, write_plan
from tests.cli.test_cli import gantry


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(
            1,
            "Design",
            custom=(
                ("Text1", "Maria"),
                ("Number1", 5.0),
                ("Flag1", True),
                ("Date1", datetime(2026, 2, 2, 8, 0)),
                ("Duration1", 960),
            ),
        )
    )
    plan.append_task(Task(2, "Build"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Number1", "Story points"))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1))
    return plan


def test_schedule_json_gives_custom_values_by_alias(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    result = gantry("schedule", path, "--json")
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)["tasks"]
    assert tasks[0]["custom"] == {
        "Owner": "Maria",
        "Story points": 5.0,
        "Flag1": True,
        "Date1": "2026-02-02T08:00:00",
        "Duration1": 960,
    }
    assert "custom" not in tasks[1]
    assert tasks[0]["name"] == "Design"  # the other keys as before


def test_diff_reports_custom_values_aliases_contour_and_notes(tmp_path):
    old = _plan()
    new = _plan()
    new.update_task(replace(new.task(1), custom=(("Text1", "Tom"), ("Flag1", True))))
    new.set_custom_field(CustomField("Text1", "Lead"))
    a = new.assignments[0]
    new.update_assignment(replace(a, contour=WorkContour.BACK_LOADED, notes="nights only"))
    write_plan(old, tmp_path / "old.xml")
    write_plan(new, tmp_path / "new.gantry")
    result = gantry("diff", tmp_path / "old.xml", tmp_path / "new.gantry", "--json")
    assert result.returncode == 0, result.stderr
    changes = {(c["entity"], c.get("field")): c for c in json.loads(result.stdout)["changes"]}
    assert changes[("task", "Text1")]["old"] == "Maria"
    assert changes[("task", "Text1")]["new"] == "Tom"
    assert changes[("task", "Number1")]["new"] is None
    assert changes[("task", "Date1")]["old"] == "2026-02-02T08:00"
    assert changes[("task", "Duration1")]["new"] is None
    assert ("task", "Flag1") not in changes
    assert changes[("project", "custom_fields")]["new"] == "Text1=Lead, Number1=Story points"
    assert changes[("assignment", "contour")]["new"] == "BACK_LOADED"
    assert changes[("assignment", "notes")]["new"] == "nights only"


def test_formats_without_custom_fields_show_no_change(tmp_path):
    write_plan(_plan(), tmp_path / "p.xml")
    for ext in ("csv", "gan", "xlsx", "gantry"):
        target = tmp_path / f"p.{ext}"
        write_plan(read_plan(tmp_path / "p.xml"), target)
        result = gantry("diff", tmp_path / "p.xml", target, "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["changes"] == [], ext


def test_same_values_give_no_change():
    assert diff_plans(_plan(), _plan()) == []


def test_the_fast_json_text_equals_the_general_writer_with_custom_values():
    from app.cli.json_text import dumps
    from app.cli.schedule_command import json_default
    from app.cli.schedule_json import schedule_to_dict, schedule_to_json_data
    from app.domain.scheduler import schedule

    plan = _plan()
    plan.append_task(Task(3, "Ship", custom=(("Text1", 'quote " and\nline'),)))
    result = schedule(plan)
    fast = dumps(schedule_to_json_data(plan, result), json_default)
    slow = dumps(schedule_to_dict(plan, result), json_default)
    assert fast == slow
    assert json.loads(fast)["tasks"][2]["custom"] == {"Owner": 'quote " and\nline'}


def test_diff_text_shows_custom_values_as_the_column_does(tmp_path):
    old = _plan()
    new = _plan()
    new.update_task(replace(new.task(1), custom=(("Text1", "Maria"), ("Duration1", 480))))
    write_plan(old, tmp_path / "old.gantry")
    write_plan(new, tmp_path / "new.gantry")
    result = gantry("diff", tmp_path / "old.gantry", tmp_path / "new.gantry")
    assert result.returncode == 0, result.stderr
    assert "Duration1 2d -> 1d" in result.stdout
    assert "Flag1 Yes -> No" in result.stdout  # as the column shows a flag unset
