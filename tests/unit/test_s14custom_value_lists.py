"""Value lists of Text custom fields (MS Project's lookup tables): the rules, restriction,
and the .gantry file (schema v12, migrated from v11)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from app.domain.custom_fields import CustomField, ListValue, allowed_text, value_list
from app.domain.custom_values import parse_value
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

RISK = (ListValue("Low", "No action"), ListValue("Medium"), ListValue("High", "Tell the client"))


def _project(restricted: bool) -> Project:
    field = replace(value_list("Text2", RISK, restricted), alias="Risk level")
    return Project(custom_fields=(field,))


def test_a_restricted_field_takes_only_listed_values_in_their_own_spelling():
    project = _project(restricted=True)
    assert parse_value("Text2", "  high ", project, "Risk level") == "High"
    assert parse_value("Text2", "", project, "Risk level") is None  # clearing is allowed
    with pytest.raises(InputError) as caught:
        parse_value("Text2", "Severe", project, "Risk level")
    assert str(caught.value) == "Risk level: 'Severe' is not in its list ('Low', 'Medium', 'High')"
    assert parse_value("Text1", "Severe", project) == "Severe"  # another field: any text


def test_an_open_list_offers_values_but_takes_any_text():
    project = _project(restricted=False)
    assert parse_value("Text2", "medium", project) == "Medium"
    assert parse_value("Text2", "Severe", project) == "Severe"


def test_a_long_list_is_named_in_part():
    field = value_list("Text1", [ListValue(f"V{n}") for n in range(1, 21)], True)
    assert allowed_text(field) == ", ".join(f"'V{n}'" for n in range(1, 13)) + " and 8 more"


def test_lists_are_tidied_and_bad_ones_refused():
    field = value_list("Text1", [ListValue("  In  review ", " waiting\nfor QA ")], True)
    assert field.values == (ListValue("In review", "waiting for QA"),)
    assert field.restricted
    assert not value_list("Text1", [], True).restricted  # nothing to restrict to
    with pytest.raises(InputError, match="Owner: 'low' is in the list twice"):
        value_list("Text1", [ListValue("Low"), ListValue("low")], False, "Owner")
    with pytest.raises(InputError, match="Text1: a value in the list is empty"):
        value_list("Text1", [ListValue(" ")], False)
    with pytest.raises(InputError, match="Flag1: a Flag field takes no list of values"):
        value_list("Flag1", [ListValue(True)], False)


def test_a_definition_with_only_a_list_is_kept_and_an_empty_one_dropped():
    plan = Plan()
    plan.set_custom_field(value_list("Text3", RISK, False))
    assert plan.project.custom_fields == (CustomField("Text3", "", RISK, False),)
    plan.set_custom_field(CustomField("Text3"))
    assert plan.project.custom_fields == ()


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text2", "High"),)))
    plan.set_custom_field(replace(value_list("Text2", RISK, True), alias="Risk level"))
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    return plan


def test_lists_are_kept_in_the_gantry_file_in_their_order(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.project.custom_fields == _plan().project.custom_fields
    with GantryFile.open(path) as file:  # an edit of the list is written at once
        reordered = (RISK[2], RISK[0])
        field = replace(file.plan.project.custom_fields[0], values=reordered, restricted=False)
        file.plan.set_custom_field(field)
    back = read_plan(path)
    assert back.project.custom_fields[0].values == (RISK[2], RISK[0])
    assert not back.project.custom_fields[0].restricted
    assert back.task(1).custom == (("Text2", "High"),)


def _as_v11(path) -> None:
    """The file as schema v11 wrote it: no value lists, no restricted column."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE custom_field_values")
    conn.execute("ALTER TABLE custom_fields DROP COLUMN restricted")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()


def test_a_v11_file_migrates_keeping_its_aliases_and_values(tmp_path):
    path = tmp_path / "old.gantry"
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Text2", "High"),)))
    plan.set_custom_field(CustomField("Text2", "Risk level"))
    write_plan(plan, path)
    _as_v11(path)
    with GantryFile.open(path) as file:
        assert file.plan.project.custom_fields == (CustomField("Text2", "Risk level"),)
        assert file.plan.task(1).custom == (("Text2", "High"),)
        file.plan.set_custom_field(
            replace(file.plan.project.custom_fields[0], values=RISK, restricted=True)
        )
    assert (tmp_path / "old.gantry.v11.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 12
    conn.close()
    field = read_plan(path).project.custom_fields[0]
    assert (field.alias, field.values, field.restricted) == ("Risk level", RISK, True)


def test_a_v11_file_opened_read_only_reads_without_being_written(tmp_path):
    path = tmp_path / "old.gantry"
    plan = Plan()
    plan.set_custom_field(CustomField("Text2", "Risk level"))
    write_plan(plan, path)
    _as_v11(path)
    before = path.read_bytes()
    with GantryFile.open(path, read_only=True) as file:
        assert file.plan.project.custom_fields == (CustomField("Text2", "Risk level"),)
    assert path.read_bytes() == before


def test_a_changed_list_shows_in_the_diff_and_a_written_copy_shows_none(tmp_path):
    from app.domain.diff import diff_plans
    from app.formats import read_plan as read_any
    from app.formats import write_plan as write_any

    old = _plan()
    new = _plan()
    field = next(f for f in new.project.custom_fields if f.name == "Text2")
    new.set_custom_field(replace(field, values=(*field.values, ListValue("Severe"))))
    changes = [(c.field, c.old, c.new) for c in diff_plans(old, new)]
    assert changes == [
        (
            "custom_fields",
            "Text2=Risk level [Low|Medium|High, restricted], Flag1=Client-facing",
            "Text2=Risk level [Low|Medium|High|Severe, restricted], Flag1=Client-facing",
        )
    ]
    for suffix in (".gantry", ".xml"):  # what each file keeps is what was written
        path = tmp_path / f"copy{suffix}"
        write_any(new, path)
        assert diff_plans(new, read_any(path)) == []
