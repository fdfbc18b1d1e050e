"""A .gan saved by Gantry gives each assignment its person's role (not GanttProject's
'Default:0'), a whole-number column stays one, and what a read leaves out is said: the
roles no one holds, a calculated column's formula."""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import fromstring

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import write_plan
from app.io.gan import read_gan


def _plan() -> Plan:
    fields = (CustomField("Number1", "Story points"), CustomField("Number2", "Risk"))
    plan = Plan(project=Project(name="P", start=datetime(2024, 1, 8, 8), custom_fields=fields))
    plan.append_task(
        Task(1, "Walls", 1, duration_minutes=480, custom=(("Number1", 3.0), ("Number2", 0.5)))
    )
    plan.append_task(Task(2, "Roof", 1, duration_minutes=480, custom=(("Number1", 5.0),)))
    plan.add_resource(Resource(1, "Tom", role="Bricklayer"))
    plan.add_resource(Resource(2, "Jack", role="Project manager"))
    plan.add_assignment(Assignment(1, 1, 1))
    plan.add_assignment(Assignment(2, 2, 2))
    return plan


def test_each_assignment_carries_its_persons_role(tmp_path):
    path = tmp_path / "out.gan"
    write_plan(_plan(), path)
    root = fromstring(path.read_bytes())
    roles = {r.get("name"): r.get("id") for r in root.findall("roles/role")}
    people = {r.get("id"): r.get("function") for r in root.findall("resources/resource")}
    assert people == {"0": roles["Bricklayer"], "1": "Default:1"}
    given = {
        a.get("resource-id"): a.get("function") for a in root.findall("allocations/allocation")
    }
    assert given == people
    back = read_gan(path)
    assert [(r.name, r.role) for r in back.resources] == [
        ("Tom", "Bricklayer"),
        ("Jack", "Project manager"),
    ]


def test_a_column_of_whole_numbers_is_written_as_int(tmp_path):
    path = tmp_path / "out.gan"
    write_plan(_plan(), path)
    root = fromstring(path.read_bytes())
    kinds = {
        p.get("name"): p.get("valuetype")
        for p in root.findall("tasks/taskproperties/taskproperty")
        if p.get("type") == "custom"
    }
    assert kinds == {"Story points": "int", "Risk": "double"}
    back = read_gan(path)
    assert dict(back.task(2).custom)["Number1"] == 5


def test_roles_no_one_holds_and_a_calculated_column_are_said(tmp_path):
    path = tmp_path / "in.gan"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<project name="P"><tasks><taskproperties>'
        '<taskproperty id="tpc0" name="Is done" type="custom" valuetype="boolean" '
        'defaultvalue="false"><simple-select select="completion=100"/></taskproperty>'
        '</taskproperties><task id="0" name="A" start="2024-01-08" duration="1" complete="100">'
        '<customproperty taskproperty-id="tpc0" value="true"/></task></tasks>'
        '<resources><resource id="0" name="Tom" function="1"/></resources>'
        '<roles><role id="1" name="Bricklayer"/><role id="3" name="Decorator"/></roles>'
        "</project>",
        encoding="utf-8",
    )
    heard: list[str] = []
    read_gan(path, warn=heard.append)
    said = " ".join(heard)
    assert "1 role no one holds as their own ('Decorator')" in said
    assert "the formula of 1 calculated column ('Is done': completion=100;" in said
