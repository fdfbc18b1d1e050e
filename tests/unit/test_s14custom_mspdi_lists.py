"""Value lists in MS Project XML: <ExtendedAttribute><RestrictValues/><ValueList><Value>
(ID, Value, Description), as MS Project's XML schema lays them out."""

from __future__ import annotations

from dataclasses import replace
from xml.etree.ElementTree import parse

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.mspdi_values import Q

RISK = (ListValue("Low", "No action"), ListValue("Medium"), ListValue("High", "Tell the client"))
PHASE = (ListValue("Design"), ListValue("Build"))


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text2", "High"), ("Text5", "Build"))))
    plan.set_custom_field(replace(value_list("Text2", RISK, True), alias="Risk level"))
    plan.set_custom_field(value_list("Text5", PHASE, False))
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    return plan


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def test_lists_are_written_in_the_schema_order_with_ids_unique_in_the_file(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    defs = parse(path).getroot().find(Q + "ExtendedAttributes").findall(Q + "ExtendedAttribute")
    by_name = {d.findtext(Q + "FieldName"): d for d in defs}
    risk = by_name["Text2"]
    assert [_local(c.tag) for c in risk] == [
        "FieldID",
        "FieldName",
        "CFType",
        "Alias",
        "RestrictValues",
        "ValueList",
    ]
    assert risk.findtext(Q + "RestrictValues") == "1"
    entries = risk.find(Q + "ValueList").findall(Q + "Value")
    assert [
        (e.findtext(Q + "ID"), e.findtext(Q + "Value"), e.findtext(Q + "Description"))
        for e in entries
    ] == [("1", "Low", "No action"), ("2", "Medium", None), ("3", "High", "Tell the client")]
    phase = by_name["Text5"]
    assert phase.findtext(Q + "Alias") is None
    assert phase.findtext(Q + "RestrictValues") == "0"
    ids = [e.findtext(Q + "ID") for e in phase.find(Q + "ValueList").findall(Q + "Value")]
    assert ids == ["4", "5"]
    assert by_name["Flag1"].find(Q + "ValueList") is None


def test_lists_read_back_as_written(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.project.custom_fields == _plan().project.custom_fields
    assert back.task(1).custom == (("Text2", "High"), ("Text5", "Build"))


def test_a_list_from_another_writer_is_read_leniently(tmp_path):
    """RestrictValues spelled true, a value listed twice or empty, a list on a Number field
    (kept as numbers since Number fields take lists) and no alias."""
    text2, number1 = FIELD_IDS["Text2"], FIELD_IDS["Number1"]
    path = tmp_path / "other.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project">'
        "<StartDate>2026-01-05T08:00:00</StartDate><ExtendedAttributes>"
        f"<ExtendedAttribute><FieldID>{text2}</FieldID><FieldName>Text2</FieldName>"
        "<RestrictValues>true</RestrictValues><ValueList>"
        "<Value><ID>7</ID><Value> Low </Value><Description>fine</Description></Value>"
        "<Value><ID>8</ID><Value>low</Value></Value>"
        "<Value><ID>9</ID><Value></Value></Value>"
        "<Value><ID>10</ID><Value>High</Value></Value>"
        "</ValueList></ExtendedAttribute>"
        f"<ExtendedAttribute><FieldID>{number1}</FieldID><FieldName>Number1</FieldName>"
        "<ValueList><Value><ID>11</ID><Value>3</Value></Value></ValueList>"
        "</ExtendedAttribute></ExtendedAttributes>"
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration><ExtendedAttribute><FieldID>{text2}</FieldID>"
        "<Value>Severe</Value></ExtendedAttribute></Task></Tasks></Project>",
        encoding="utf-8",
    )
    plan = read_plan(path)
    assert plan.project.custom_fields == (
        CustomField("Text2", "", (ListValue("Low", "fine"), ListValue("High")), True),
        CustomField("Number1", "", (ListValue(3.0),), False),
    )
    # a value the file holds outside its own list is kept: the file is what it is
    assert plan.task(1).custom == (("Text2", "Severe"),)
