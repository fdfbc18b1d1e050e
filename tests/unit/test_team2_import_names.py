"""Resource names holding , ; [ ] come in from a file as names the People column can hold."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from app.domain.assigning import format_assignments, parse_assignments
from app.domain.diff import diff_plans
from app.domain.resource import NAME_SEPARATORS, Resource, people_cell_name, with_safe_names
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.io.gan import read_gan
from app.io.mspdi import read_mspdi
from tests.unit.excel_plans import sample_plan


def _people_cell_round_trips(plan):
    """Each staffed task's People cell reads back as the same people: nothing split."""
    staffed = {a.task_uid for a in plan.assignments}
    assert staffed
    for uid in staffed:
        got = [r for r, _ in parse_assignments(plan, format_assignments(plan, uid))]
        assert got == [a.resource_uid for a in plan.assignments_of_task(uid)]


def test_a_name_keeps_its_words_in_order():
    assert people_cell_name("Doe, Jane") == "Doe Jane"
    assert people_cell_name("Crane [50 t]") == "Crane (50 t)"
    assert people_cell_name("Night shift; east") == "Night shift east"
    assert people_cell_name(" , ") == ""


def test_safe_names_stay_unique_and_say_what_the_file_said():
    people = [
        Resource(1, "Doe, Jane", notes="Site lead"),
        Resource(2, "doe jane"),
        Resource(3, "Doe; Jane"),
        Resource(4, ";"),
        Resource(5, "Ben"),
    ]
    got = with_safe_names(people, "plan.gan")
    assert [r.name for r in got] == [
        "Doe Jane (2)",
        "doe jane",
        "Doe Jane (3)",
        "Resource 4",
        "Ben",
    ]
    assert got[1] is people[1]
    assert got[4] is people[4]
    assert "'Doe, Jane' in plan.gan" in got[0].notes
    assert got[0].notes.endswith("Site lead")
    assert with_safe_names(people[4:], "plan.gan") == people[4:]


def test_gan_with_a_comma_in_a_name(shared_data, tmp_path):
    text = (shared_data / "gan" / "blyoa-task-with-coordinator-assignee.gan").read_text("utf-8")
    assert 'name="Jane Doe"' in text
    path = tmp_path / "team.gan"
    path.write_text(text.replace('name="Jane Doe"', 'name="Doe, Jane"'), "utf-8")
    plan = read_gan(path)
    assert sorted(r.name for r in plan.resources) == ["Doe Jane", "John Doe"]
    jane = next(r for r in plan.resources if r.name == "Doe Jane")
    assert "'Doe, Jane' in team.gan" in jane.notes
    assert "Doe Jane" in format_assignments(plan, plan.assignments[0].task_uid)
    _people_cell_round_trips(plan)


def test_mspdi_with_separators_in_names(shared_data, tmp_path):
    text = (shared_data / "mspdi" / "mspdiresource.xml").read_text("utf-8")
    assert "<Name>Jon Iles</Name>" in text
    assert "<Name>Concrete</Name>" in text
    # The resources and their own calendars are renamed alike.
    text = text.replace("<Name>Jon Iles</Name>", "<Name>Iles, Jon</Name>")
    text = text.replace("<Name>Concrete</Name>", "<Name>Concrete [C30]</Name>")
    path = tmp_path / "resources.xml"
    path.write_text(text, "utf-8")
    plan = read_mspdi(path)
    names = {r.name for r in plan.resources}
    assert {"Iles Jon", "Concrete (C30)", "Wade Golden"} <= names
    assert not any(c in n for n in names for c in ",;[]")
    iles = next(r for r in plan.resources if r.name == "Iles Jon")
    assert "'Iles, Jon' in the MS Project file" in iles.notes
    _people_cell_round_trips(plan)


@pytest.mark.parametrize("name", ["Doe, Jane", "A;B", "x[1]"])
def test_a_made_safe_name_holds_no_separator(name):
    assert not any(c in people_cell_name(name) for c in NAME_SEPARATORS)


@pytest.fixture
def exported(tmp_path):
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _set_team_name(path, row: int, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index("Name") + 1).value = value
    wb.save(path)


def test_a_client_typing_last_comma_first_on_the_team_sheet(exported):
    _set_team_name(exported, 2, "Doe, Jane")
    trip = read_roundtrip_workbook(exported)
    renamed = {(c.uid, c.field, c.new) for c in diff_plans(trip.base, trip.theirs)}
    assert (1, "name", "Doe Jane") in renamed
    _people_cell_round_trips(trip.theirs)
