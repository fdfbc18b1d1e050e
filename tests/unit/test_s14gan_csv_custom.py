"""Custom fields in the CSV task table: one column per field titled 'Owner (Text1)',
values written exactly and read back by the field's kind; a bad cell names its row and
column; titles that name fields do not pass for the table's own columns."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.custom_fields import CustomField, ListValue, value_list
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import not_kept, read_plan, write_plan
from app.io.csv_plan import csv_rows, guess_csv_mapping, read_csv
from app.io.sheet_mapping import guess_mapping


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(
        Task(
            1,
            "Design",
            duration_minutes=960,
            custom=(
                ("Text1", "=1+1"),
                ("Text2", "Ana, Ben"),
                ("Number1", 1 / 3),
                ("Number2", -5.0),
                ("Flag1", True),
                ("Date1", datetime(2026, 3, 2, 13, 30)),
                ("Cost1", 1234.56),
                ("Duration1", 450),
            ),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=480, custom=(("Text1", "Cy"),)))
    plan.append_task(Task(3, "Ship", duration_minutes=0, milestone=True))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Text2", "Notes"))  # an alias like a table column
    plan.set_custom_field(CustomField("Cost1", "Budget"))
    plan.set_custom_field(CustomField("Date3", "Unused"))
    return plan


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_the_values_and_aliases_come_back(tmp_path):
    plan = _plan()
    path = tmp_path / "plan.csv"
    write_plan(plan, path)
    back = read_plan(path)
    assert [t.custom for t in back.tasks] == [t.custom for t in plan.tasks]
    assert back.project.custom_fields == plan.project.custom_fields
    assert [t.notes for t in back.tasks] == ["", "", ""]  # 'Notes (Text2)' is no Notes column
    assert back.resources == []  # nor is 'Owner (Text1)' the People column


def test_one_column_per_field_titled_by_alias_and_name(tmp_path):
    path = tmp_path / "plan.csv"
    write_plan(_plan(), path)
    header, first, second = _rows(path)[:3]
    custom = header[13:]
    assert custom == [
        "Owner (Text1)",
        "Notes (Text2)",
        "Number1",
        "Number2",
        "Flag1",
        "Date1",
        "Unused (Date3)",
        "Budget (Cost1)",
        "Duration1",
    ]
    assert first[13:] == [
        "'=1+1",  # guarded against formulas, as the table's own text
        "Ana, Ben",
        "0.3333333333333333",
        "-5",  # a number, not guarded
        "Yes",
        "2026-03-02 13:30",
        "",
        "1234.56",
        "7.5h",  # 450 minutes: 0.94d would read back as 451
    ]
    assert second[13:] == ["Cy", "", "", "", "No", "", "", "", ""]


def test_a_plan_without_custom_fields_writes_the_table_as_before(tmp_path):
    plan = Plan()
    plan.append_task(Task(1, "Design", duration_minutes=480))
    write_plan(plan, tmp_path / "plain.csv")
    assert len(_rows(tmp_path / "plain.csv")[0]) == 13


def test_owner_does_not_take_the_people_column(tmp_path):
    plan = _plan()
    plan.resources.append(Resource(1, "Dana"))
    plan.assignments.append(Assignment(1, 2, 1, work_minutes=480))
    path = tmp_path / "people.csv"
    write_plan(plan, path)
    back = read_plan(path)
    assert [r.name for r in back.resources] == ["Dana"]
    assert [(a.task_uid, a.resource_uid) for a in back.assignments] == [(2, 1)]
    assert dict(back.task(1).custom)["Text1"] == "=1+1"


def test_a_hand_made_table_names_fields_in_any_case(tmp_path):
    path = tmp_path / "hand.csv"
    path.write_text(
        "Task,Duration,number 2,Due (date 1),Client ref,Done ( Flag3 )\n"
        "Dig,2d,12.5,2026-04-01,A-17,yes\n"
        "Pour,1d,,,B-2,\n"
    )
    plan = read_plan(path)
    assert plan.tasks[0].custom == (
        ("Number2", 12.5),
        ("Flag3", True),
        ("Date1", datetime(2026, 4, 1, 8, 0)),  # a day alone: the project's start time
    )
    assert plan.tasks[1].custom == ()
    assert [(f.name, f.alias) for f in plan.project.custom_fields] == [
        ("Flag3", "Done"),
        ("Date1", "Due"),
    ]


@pytest.mark.parametrize(
    ("title", "cell", "said"),
    [
        ("Points (Number1)", "lots", "Points: 'lots' is not a number (try 12 or 12.5)"),
        ("Flag2", "maybe", "Flag2: 'maybe' is not Yes or No"),
        ("Due (Date1)", "soon", "Due: 'soon' is not a date"),
        ("Duration3", "long", "Duration3: 'long' is not a duration"),
    ],
)
def test_a_cell_that_does_not_read_names_row_and_column(tmp_path, title, cell, said):
    path = tmp_path / "bad.csv"
    path.write_text(f"Task,Duration,{title}\nDig,2d,\nPour,1d,{cell}\n")
    with pytest.raises(FileFormatError) as caught:
        read_csv(path)
    assert str(caught.value).startswith(f"bad!C3: {said}")


def test_two_columns_naming_one_field_are_refused(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("Task,Duration,Owner (Text1),text1\nDig,2d,Ana,Ben\n")
    with pytest.raises(FileFormatError, match=r"^twice: columns C and D both hold Text1$"):
        read_csv(path)


def test_columns_the_dialog_keeps_take_the_text_fields_left_free(tmp_path):
    path = tmp_path / "kept.csv"
    path.write_text("Task,Duration,Client ref,Owner (Text1),Site\nDig,2d,A-17,Ana,North\n")
    data = csv_rows(path)
    guessed = guess_mapping(data.sheet, data.rows)  # the dialog's guess: Owner is People
    assert guessed is not None
    assert guessed.columns["resources"] == 3
    # the user keeps every other column as text (Text1, Text2, Text3)
    mapping = replace(guessed, custom=((2, "Text1"), (3, "Text2"), (4, "Text3")))
    plan = read_csv(path, mapping=mapping)
    assert plan.tasks[0].custom == (("Text1", "Ana"), ("Text2", "A-17"), ("Text3", "North"))
    assert [(f.name, f.alias) for f in plan.project.custom_fields] == [
        ("Text1", "Owner"),
        ("Text2", "Client ref"),
        ("Text3", "Site"),
    ]
    assert plan.resources == []  # the column feeds Owner, not People


def test_a_plan_without_tasks_keeps_its_aliases(tmp_path):
    plan = Plan()
    plan.set_custom_field(CustomField("Number4", "Story points"))
    write_plan(plan, tmp_path / "empty.csv")
    back = read_plan(tmp_path / "empty.csv")
    assert back.tasks == []
    assert back.project.custom_fields == (CustomField("Number4", "Story points"),)


def test_a_value_list_is_named_as_not_kept(tmp_path):
    plan = _plan()
    assert not_kept(plan, ".csv") == []
    listed = value_list("Text1", [ListValue("Ana"), ListValue("Cy")], False)
    plan.set_custom_field(CustomField("Text1", "Owner", listed.values))
    assert not_kept(plan, ".csv") == [
        ".csv keeps no value list: the value list of 'Owner' is not saved (the values are)"
    ]


def test_the_csv_guess_leaves_custom_columns_to_their_fields(tmp_path):
    path = tmp_path / "plan.csv"
    write_plan(_plan(), path)
    data = csv_rows(path)
    plain = guess_mapping(data.sheet, data.rows)
    assert plain is not None
    assert plain.titles[plain.columns["notes"]] == "Notes (Text2)"  # folded: 'notes'
    mapping = guess_csv_mapping(data)
    assert mapping is not None
    assert mapping.titles[mapping.columns["notes"]] == "Notes"
    assert mapping.titles[mapping.columns["resources"]] == "People"
    assert mapping.titles[13] == "Owner (Text1)"  # the titles as written
