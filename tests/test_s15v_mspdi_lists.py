"""Value lists of Number, Cost, Date and Duration fields in MS Project XML: each list value
spelled as the field's task values are (a cost in hundredths, a date ISO, a duration
PTnHnMnS), read back as the same typed values; a Flag's list stays the one note.

No shared file holds a <ValueList> (grep of ../shared/data): the lists here are written by
Gantry onto a plan MS Project saved (sample.xml), and read from XML written by hand."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from xml.etree.ElementTree import parse

from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.mspdi_values import Q

LISTS = (
    replace(value_list("Number1", [ListValue(1.0), ListValue(2.5, "half")], True), alias="Size"),
    value_list("Cost1", [ListValue(1200.5), ListValue(99.0)], False),
    value_list("Date1", [ListValue(datetime(2026, 3, 2, 8, 0), "kick-off")], True),
    value_list("Duration1", [ListValue(960), ListValue(2400)], True),
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(1, "Design", custom=(("Number1", 2.5), ("Cost1", 99.0), ("Duration1", 960)))
    )
    for field in LISTS:
        plan.set_custom_field(field)
    return plan


def _entries(path, name):
    defs = parse(path).getroot().find(Q + "ExtendedAttributes").findall(Q + "ExtendedAttribute")
    found = next(d for d in defs if d.findtext(Q + "FieldName") == name)
    restrict = found.findtext(Q + "RestrictValues")
    values = [
        (e.findtext(Q + "Value"), e.findtext(Q + "Description"))
        for e in found.find(Q + "ValueList").findall(Q + "Value")
    ]
    return restrict, values


def test_list_values_are_written_in_the_field_s_own_spelling(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    assert _entries(path, "Number1") == ("1", [("1", None), ("2.5", "half")])
    assert _entries(path, "Cost1") == ("0", [("120050", None), ("9900", None)])  # hundredths
    assert _entries(path, "Date1") == ("1", [("2026-03-02T08:00:00", "kick-off")])
    assert _entries(path, "Duration1") == ("1", [("PT16H0M0S", None), ("PT40H0M0S", None)])


def test_lists_of_every_kind_read_back_as_written(tmp_path):
    path = tmp_path / "p.xml"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.project.custom_fields == _plan().project.custom_fields
    assert back.task(1).custom == _plan().task(1).custom


def test_lists_added_to_a_plan_ms_project_saved_survive_its_xml(shared_data, tmp_path):
    plan = read_plan(shared_data / "mspdi" / "sample.xml")
    for field in LISTS:
        plan.set_custom_field(field)
    first = plan.tasks[0]
    plan.update_task(replace(first, custom=(("Date1", datetime(2026, 3, 2, 8)), ("Cost1", 1200.5))))
    path = tmp_path / "sample-lists.xml"
    write_plan(plan, path)
    back = read_plan(path)
    assert back.project.custom_fields == plan.project.custom_fields
    assert back.task(first.uid).custom == (("Date1", datetime(2026, 3, 2, 8)), ("Cost1", 1200.5))
    assert len(back.tasks) == len(plan.tasks)


def _xml(tmp_path, field: str, entries: str) -> str:
    path = tmp_path / "lists.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project">'
        "<StartDate>2026-01-05T08:00:00</StartDate><ExtendedAttributes>"
        f"<ExtendedAttribute><FieldID>{FIELD_IDS[field]}</FieldID><FieldName>{field}</FieldName>"
        f"<RestrictValues>1</RestrictValues><ValueList>{entries}</ValueList>"
        "</ExtendedAttribute></ExtendedAttributes>"
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>"
        "<Duration>PT8H0M0S</Duration></Task></Tasks></Project>",
        encoding="utf-8",
    )
    return str(path)


def test_a_list_value_that_is_none_of_the_kind_is_left_out_not_the_file(tmp_path):
    path = _xml(
        tmp_path,
        "Cost2",
        "<Value><ID>1</ID><Value>5000</Value></Value>"
        "<Value><ID>2</ID><Value>lots</Value></Value>"
        "<Value><ID>3</ID><Value>5000.0</Value></Value>"  # the same amount again
        "<Value><ID>4</ID><Value>250</Value><Description>small</Description></Value>",
    )
    plan = read_plan(path)
    (field,) = plan.project.custom_fields
    assert field.values == (ListValue(50.0), ListValue(2.5, "small"))
    assert field.restricted


def _notes(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("gantry: note:")]


def test_a_flag_s_list_is_the_one_left_out_with_a_note(tmp_path):
    path = _xml(
        tmp_path,
        "Flag3",
        "<Value><ID>1</ID><Value>1</Value></Value><Value><ID>2</ID><Value>0</Value></Value>",
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", "schedule", "--json", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _notes(result.stderr) == [
        "gantry: note: lists.xml: the value list of Flag3 (2 values) is left out: "
        "a Flag field takes no value list (it is Yes or No)"
    ]
    # a Duration list reads without a note
    path = _xml(tmp_path, "Duration3", "<Value><ID>1</ID><Value>PT8H0M0S</Value></Value>")
    result = subprocess.run(
        [sys.executable, "-m", "app", "schedule", "--json", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert _notes(result.stderr) == []
    assert read_plan(path).project.custom_fields[0].values == (ListValue(480),)
