"""Custom task fields in MS Project XML: definitions with aliases and task values."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from xml.etree.ElementTree import parse

import pytest

from app.domain.custom_fields import CustomField
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.mspdi_values import Q

VALUES = (
    ("Text1", "ACME & Sons <Pte>"),
    ("Text12", "North"),
    ("Number1", 12.5),
    ("Flag1", True),
    ("Date1", datetime(2026, 11, 2, 8, 0)),
    ("Cost3", 1250.75),
    ("Duration2", 960),
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=VALUES))
    plan.append_task(Task(2, "Build", custom=(("Flag1", True),)))
    plan.append_task(Task(3, "Ship"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    plan.set_custom_field(CustomField("Number1", "Story points"))
    return plan


def test_field_ids_follow_ms_project_numbering():
    assert FIELD_IDS["Text1"] == 188743731
    assert FIELD_IDS["Text10"] == 188743750
    assert FIELD_IDS["Text11"] == 188743997
    assert FIELD_IDS["Flag1"] == 188743752
    assert FIELD_IDS["Flag11"] == 188743972
    assert FIELD_IDS["Number6"] == 188743982
    assert FIELD_IDS["Cost4"] == 188743938
    assert FIELD_IDS["Duration10"] == 188743961
    assert FIELD_IDS["Date10"] == 188743954
    assert len(set(FIELD_IDS.values())) == 100


def test_xml_keeps_aliases_and_values(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    root = parse(path).getroot()
    defs = root.find(Q + "ExtendedAttributes").findall(Q + "ExtendedAttribute")
    shown = [(d.findtext(Q + "FieldName"), d.findtext(Q + "Alias")) for d in defs]
    assert shown[:3] == [("Text1", "Owner"), ("Text12", None), ("Number1", "Story points")]
    task = next(t for t in root.iter(Q + "Task") if t.findtext(Q + "Name") == "Design")
    cost = next(
        a
        for a in task.findall(Q + "ExtendedAttribute")
        if a.findtext(Q + "FieldID") == str(FIELD_IDS["Cost3"])
    )
    assert cost.findtext(Q + "Value") == "125075"  # cents, as MS Project writes costs
    back = read_plan(path)
    assert back.task(1).custom == VALUES
    assert back.task(2).custom == (("Flag1", True),)
    assert back.task(3).custom == ()
    assert back.project.custom_fields == _plan().project.custom_fields


def test_xml_gantry_xml_keeps_them(tmp_path):
    write_plan(_plan(), tmp_path / "a.xml")
    write_plan(read_plan(tmp_path / "a.xml"), tmp_path / "b.gantry")
    write_plan(read_plan(tmp_path / "b.gantry"), tmp_path / "c.xml")
    back = read_plan(tmp_path / "c.xml")
    assert [t.custom for t in back.tasks] == [t.custom for t in _plan().tasks]
    assert back.project.custom_fields == _plan().project.custom_fields


def test_a_bad_value_names_the_task(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    text = path.read_text(encoding="utf-8").replace("<Value>125075</Value>", "<Value>lots</Value>")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"UID 1.*Cost3 'lots' is not an amount"):
        read_plan(path)


@pytest.mark.parametrize("name", ["TestRecurringTask2016.xml", "schedule-conflict.xml"])
def test_enterprise_fields_are_left_out(shared_data, name):
    plan = read_plan(shared_data / "mpp" / name)
    assert plan.project.custom_fields == ()  # Project Server's own fields: not ours to keep
    assert all(t.custom == () for t in plan.tasks)


@pytest.mark.parametrize("name", ["Residential-Construction.xml", "Software-Development.xml"])
def test_real_plans_carry_values_through_gantry_and_back(shared_data, tmp_path, name):
    plan = read_plan(shared_data / "mpp" / name)
    first, last = plan.tasks[0], plan.tasks[-1]
    plan.update_task(replace(first, custom=(("Text3", "Crew A"), ("Flag20", True))))
    plan.update_task(replace(last, custom=(("Duration1", 2400), ("Cost10", 99.5))))
    plan.set_custom_field(CustomField("Text3", "Crew"))
    write_plan(plan, tmp_path / "a.xml")
    write_plan(read_plan(tmp_path / "a.xml"), tmp_path / "b.gantry")
    write_plan(read_plan(tmp_path / "b.gantry"), tmp_path / "c.xml")
    back = read_plan(tmp_path / "c.xml")
    assert back.task(first.uid).custom == (("Text3", "Crew A"), ("Flag20", True))
    assert back.task(last.uid).custom == (("Cost10", 99.5), ("Duration1", 2400))
    assert back.project.custom_fields == (CustomField("Text3", "Crew"),)
    assert sum(1 for t in back.tasks if t.custom) == 2
