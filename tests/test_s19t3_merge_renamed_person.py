"""A person renamed in a client's returned Team sheet renames their own calendar too, as a
rename in the window does (app.domain.vacations.update_person): taking Ana -> Anna back left
her calendar named 'Ana', so Change Working Time listed Anna and its refusal said "calendar
'Ana' ...". Undo of the client's changes puts back both, an older file's stale calendar name
too; a shared calendar keeps its name. Through a real workbook: exported, renamed with
openpyxl, taken back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.domain.calendar import Calendar
from app.domain.merge import copy_plan, three_way
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.store.document import GantryFile, read_plan
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.exchange.commands import ApplyClientChangesCommand
from app.ui.team.commands import AddVacationCommand
from tests.test_s19tm_renamed_person_calendar import NIGHT, _plan


def _with_day_off(doc: Document) -> Calendar:
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 4), "Dentist"))
    own = doc.plan.calendars[doc.plan.resource(1).calendar_uid]
    assert (own.name, own.base_uid) == ("Ana", doc.plan.project.calendar_uid)
    return own


def _client_renames(doc: Document, tmp_path: Path, names: dict[str, str]) -> Path:
    """The plan exported for the client, who renames people in the Team sheet."""
    path = tmp_path / "client.xlsx"
    write_plan(doc.plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    column = [c.value for c in ws[1]].index("Name") + 1
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row=row, column=column)
        if cell.value in names:
            cell.value = names[cell.value]
    wb.save(path)
    return path


def _take_back(doc: Document, path: Path) -> None:
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(doc.plan))
    assert [(i.change.entity, i.change.field, i.conflict) for i in items] == [
        ("resource", "name", False)
    ] * len(items)
    execute(doc, ApplyClientChangesCommand(doc, trip.theirs, [i.change for i in items]))


@pytest.fixture
def doc() -> Document:
    return Document(_plan())


def test_s19t3_a_person_renamed_by_the_client_renames_her_calendar(doc, tmp_path):
    own = _with_day_off(doc)
    steps = doc.undo_stack.count()
    _take_back(doc, _client_renames(doc, tmp_path, {"Ana": "Anna"}))
    plan = doc.plan
    assert plan.resource(1).name == "Anna"
    assert plan.resource(1).calendar_uid == own.uid
    assert plan.calendars[own.uid] == replace(own, name="Anna")  # the day off kept
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Apply client changes"

    doc.undo_stack.undo()
    assert plan.resource(1).name == "Ana"
    assert plan.calendars[own.uid] == own
    doc.undo_stack.redo()
    assert (plan.resource(1).name, plan.calendars[own.uid].name) == ("Anna", "Anna")


def test_s19t3_a_shared_calendar_keeps_its_name(doc, tmp_path):
    before = dict(doc.plan.calendars)
    _take_back(doc, _client_renames(doc, tmp_path, {"Ben": "Benedikt", "Cem": "Cemil"}))
    assert [r.name for r in doc.plan.resources] == ["Ana", "Benedikt", "Cemil"]
    assert doc.plan.resource(2).calendar_uid == NIGHT
    assert doc.plan.calendars == before  # the night shift and the project's, unrenamed


def test_s19t3_undo_gives_a_stale_calendar_name_back(doc, tmp_path):
    own = _with_day_off(doc)
    stale = replace(own, name="Old name")  # as an older file may have it
    doc.plan.put_calendar(stale)
    _take_back(doc, _client_renames(doc, tmp_path, {"Ana": "Anna"}))
    assert doc.plan.calendars[own.uid].name == "Anna"  # named after her, as the window does
    doc.undo_stack.undo()
    assert doc.plan.resource(1).name == "Ana"
    assert doc.plan.calendars[own.uid] == stale


def test_s19t3_the_gantry_file_keeps_the_taken_back_name(tmp_path):
    path = tmp_path / "shifts.gantry"
    GantryFile.create(path, _plan()).close()
    with GantryFile.open(path) as file:
        live = Document(file.plan, file)
        own = _with_day_off(live)
        _take_back(live, _client_renames(live, tmp_path, {"Ana": "Anna"}))
    saved = read_plan(path)
    assert (saved.resource(1).name, saved.calendars[own.uid].name) == ("Anna", "Anna")
    assert [e.name for e in saved.calendars[own.uid].exceptions] == ["Dentist"]
    with GantryFile.open(path) as file:
        live = Document(file.plan, file)
        _take_back(live, _client_renames(live, tmp_path, {"Anna": "Ann"}))
        live.undo_stack.undo()
    saved = read_plan(path)
    assert (saved.resource(1).name, saved.calendars[own.uid].name) == ("Anna", "Anna")
