"""The note on custom field values a format leaves out (how many values in how many
fields, said as a recurring task's pattern not kept is said). Since .csv and .gan keep
the values (test_s14gan_*), no format in the registry leaves them out: what those two
leave out is a Text field's value list, and they say so only when a list exists."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.custom_not_kept import custom_values_held, custom_values_not_kept
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import keeps_custom_fields, keeps_value_lists, not_kept, read_plan, write_plan
from tests.unit.test_s13follow_recurring import _meetings


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(1, "Design", custom=(("Text1", "Ana"), ("Number1", 5.0), ("Flag1", True)))
    )
    plan.append_task(Task(2, "Build", custom=(("Text1", "Ben"), ("Date1", datetime(2026, 3, 2)))))
    plan.append_task(Task(3, "Ship"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Number1", "Story points"))
    return plan


def test_the_note_counts_values_and_names_fields_by_alias():
    plan = _plan()
    assert custom_values_held(plan) == {"Text1": 2, "Number1": 1, "Flag1": 1, "Date1": 1}
    assert custom_values_not_kept(plan, ".csv") == (
        ".csv keeps no custom field: 5 values in 4 fields "
        "('Owner', 'Story points', 'Flag1' and 1 more) are not saved"
    )


def test_one_value_reads_in_the_singular():
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Cost2", 12.5),)))
    assert custom_values_not_kept(plan, ".gan") == (
        ".gan keeps no custom field: 1 value in 1 field ('Cost2') is not saved"
    )


def test_empty_values_and_aliases_alone_are_nothing_lost():
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Flag1", False), ("Text2", ""))))
    plan.set_custom_field(CustomField("Text1", "Owner"))  # a name, no value
    assert custom_values_held(plan) == {}
    assert custom_values_not_kept(plan, ".csv") == ""
    assert not_kept(plan, ".csv") == []


def test_which_formats_keep_custom_fields():
    for ext in (".csv", ".GAN", ".gantry", ".xml", ".xlsx", ".pdf", ".png"):
        assert keeps_custom_fields(ext)
        assert not_kept(_plan(), ext) == []  # no value list in the plan: nothing to say
    assert not keeps_value_lists(".csv")
    assert not keeps_value_lists(".Gan")
    assert keeps_value_lists(".gantry")
    assert keeps_value_lists(".xml")


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_convert_from_xml_keeps_the_values_and_says_nothing(tmp_path, capsys, ext):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    assert sum(len(t.custom) for t in read_plan(source).tasks) == 5  # the XML holds them
    target = tmp_path / f"out{ext}"
    assert main(["convert", str(source), str(target)]) == 0
    assert capsys.readouterr().err == ""
    back = read_plan(target)
    assert [t.name for t in back.tasks] == ["Design", "Build", "Ship"]
    assert [t.custom for t in back.tasks] == [t.custom for t in _plan().tasks]


@pytest.mark.parametrize("ext", [".xml", ".xlsx", ".gantry"])
def test_convert_to_formats_keeping_them_says_nothing(tmp_path, capsys, ext):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(tmp_path / f"out{ext}")]) == 0
    assert "custom field" not in capsys.readouterr().err


def test_recurring_and_value_list_notes_come_one_line_each(tmp_path, capsys):
    plan = _meetings()
    first = plan.tasks[0]
    plan.update_task(replace(first, custom=(("Text3", "Room 4"),)))
    plan.set_custom_field(value_list("Text3", [ListValue("Room 4"), ListValue("Room 5")], True))
    source = tmp_path / "meetings.xml"
    write_plan(plan, source)
    assert main(["convert", str(source), str(tmp_path / "out.csv")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "gantry: note: .csv keeps no recurring pattern: 'Sync' is saved as its 4 occurrences",
        "gantry: note: .csv keeps no value list: the value list of 'Text3' is not saved "
        "(the values are)",
    ]


@pytest.mark.parametrize("ext", [".csv", ".gan", ".xml"])
def test_move_keeps_the_values_and_says_nothing_of_them(tmp_path, capsys, ext):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    target = tmp_path / f"moved{ext}"
    assert main(["move", str(source), "--start", "2027-01-04", "-o", str(target)]) == 0
    assert "custom field" not in capsys.readouterr().err
    assert read_plan(target).tasks[0].custom[0] == ("Text1", "Ana")
