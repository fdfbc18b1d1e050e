"""``gantry convert`` to .csv or .gan leaves the tasks' custom field values out (neither
format has them): it says how many values in how many fields, as it says a recurring
task's pattern is not kept; formats that keep them say nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.custom_fields import CustomField
from app.domain.custom_not_kept import custom_values_held, custom_values_not_kept
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import keeps_custom_fields, not_kept, read_plan, write_plan
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
    assert not keeps_custom_fields(".csv")
    assert not keeps_custom_fields(".GAN")
    for ext in (".gantry", ".xml", ".xlsx", ".pdf", ".png"):
        assert keeps_custom_fields(ext)
        assert not_kept(_plan(), ext) == []


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_convert_from_xml_says_the_values_are_not_kept(tmp_path, capsys, ext):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    assert sum(len(t.custom) for t in read_plan(source).tasks) == 5  # the XML holds them
    target = tmp_path / f"out{ext}"
    assert main(["convert", str(source), str(target)]) == 0
    assert capsys.readouterr().err == (
        f"gantry: note: {ext} keeps no custom field: 5 values in 4 fields "
        "('Owner', 'Story points', 'Flag1' and 1 more) are not saved\n"
    )
    back = read_plan(target)
    assert [t.name for t in back.tasks] == ["Design", "Build", "Ship"]
    assert all(not t.custom for t in back.tasks)  # the note tells the truth


@pytest.mark.parametrize("ext", [".xml", ".xlsx", ".gantry"])
def test_convert_to_formats_keeping_them_says_nothing(tmp_path, capsys, ext):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    assert main(["convert", str(source), str(tmp_path / f"out{ext}")]) == 0
    assert "custom field" not in capsys.readouterr().err


def test_recurring_and_custom_notes_come_one_line_each(tmp_path, capsys):
    plan = _meetings()
    first = plan.tasks[0]
    plan.update_task(replace(first, custom=(("Text3", "Room 4"),)))
    source = tmp_path / "meetings.xml"
    write_plan(plan, source)
    assert main(["convert", str(source), str(tmp_path / "out.csv")]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "gantry: note: .csv keeps no recurring pattern: 'Sync' is saved as its 4 occurrences",
        "gantry: note: .csv keeps no custom field: 1 value in 1 field ('Text3') is not saved",
    ]


@pytest.mark.parametrize(("ext", "said"), [(".csv", True), (".gan", True), (".xml", False)])
def test_move_to_a_format_without_them_says_so_too(tmp_path, capsys, ext, said):
    source = tmp_path / "plan.xml"
    write_plan(_plan(), source)
    target = tmp_path / f"moved{ext}"
    assert main(["move", str(source), "--start", "2027-01-04", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert (f"gantry: note: {ext} keeps no custom field: 5 values in 4 fields" in err) is said
    assert target.exists()
