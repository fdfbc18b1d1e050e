"""A person's own calendar takes their new name when they are renamed, as MS Project names a
resource calendar after its resource: messages ("calendar 'Ana' (based on 'Standard') has no
working time") named the old name while Change Working Time listed the new one. The rename of
the calendar is part of the person's undo step, whether typed in the roster or in Details…,
and .gantry and MS Project XML keep it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.vacations import own_calendar
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import GantryFile, read_plan
from app.ui.commands import execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand, UpdateResourceCommand
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView

MON = datetime(2026, 3, 2, 8, 0)
NIGHT = 9


def _plan() -> Plan:
    """Ana with a day off (her own calendar), Ben on the shared night shift, Cem on none."""
    plan = Plan(project=Project(name="Shifts", start=MON))
    plan.put_calendar(Calendar(NIGHT, "Night shift", week=(((20 * 60, 24 * 60),),) * 5 + ((), ())))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", calendar_uid=NIGHT))
    plan.add_resource(Resource(3, "Cem"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    return plan


def _with_day_off(doc: Document) -> Calendar:
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 4), "Dentist"))
    own = own_calendar(doc.plan, doc.plan.resource(1))
    assert own is not None
    assert own.name == "Ana"
    return own


@pytest.fixture
def doc() -> Document:
    return Document(_plan())


def _rename(doc: Document, uid: int, name: str) -> None:
    execute(doc, UpdateResourceCommand(doc, replace(doc.plan.resource(uid), name=name)))


def test_s19tm_renaming_in_the_roster_renames_her_calendar_in_one_step(doc, qtbot):
    own = _with_day_off(doc)
    view = TeamView(doc)
    qtbot.addWidget(view)
    steps = doc.undo_stack.count()
    assert view.model.setData(view.model.index(0, RosterColumn.NAME), "Anna")
    assert doc.plan.calendars[own.uid].name == "Anna"
    assert doc.plan.calendars[own.uid].exceptions == own.exceptions  # only the name
    assert doc.undo_stack.count() == steps + 1
    # Change Working Time's refusal names the calendar as its list names the person
    dialog = WorkingTimeDialog(doc, person=1)
    qtbot.addWidget(dialog)
    assert dialog.calendar.currentText() == "Anna"
    for check in dialog.working:
        check.setChecked(False)
    dialog.accept()
    assert dialog.error.text() == "calendar 'Anna' (based on 'Standard') has no working time"

    doc.undo_stack.undo()  # both back
    assert doc.plan.resource(1).name == "Ana"
    assert doc.plan.calendars[own.uid] == own
    doc.undo_stack.redo()
    assert doc.plan.calendars[own.uid].name == "Anna"


def test_s19tm_renaming_in_details_renames_her_calendar_in_one_step(doc, qtbot, monkeypatch):
    own = _with_day_off(doc)
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.select(1)

    def ask(cls, parent, plan, resource):
        dialog = cls(plan, resource, parent)
        qtbot.addWidget(dialog)
        dialog.name.setText("Anna")
        dialog.calendar.setCurrentIndex(dialog.calendar.findText("Night shift"))
        return dialog.resource()

    monkeypatch.setattr(ResourceDialog, "ask", classmethod(ask))
    steps = doc.undo_stack.count()
    view.edit_selected()
    cal = doc.plan.calendars[doc.plan.resource(1).calendar_uid]
    assert (cal.uid, cal.name, cal.base_uid) == (own.uid, "Anna", NIGHT)
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.plan.resource(1).name == "Ana"
    assert doc.plan.calendars[own.uid] == own


def test_s19tm_a_shared_or_base_calendar_keeps_its_name(doc):
    before = dict(doc.plan.calendars)
    _rename(doc, 2, "Benedikt")  # on the night shift, a base calendar
    _rename(doc, 3, "Cemil")  # on the project's
    assert doc.plan.calendars == before


def test_s19tm_other_edits_leave_a_stale_name_alone(doc):
    own = _with_day_off(doc)
    doc.plan.put_calendar(replace(own, name="Old name"))  # as an older file may have it
    execute(doc, UpdateResourceCommand(doc, replace(doc.plan.resource(1), role="Builder")))
    assert doc.plan.calendars[own.uid].name == "Old name"


def test_s19tm_the_gantry_file_keeps_the_new_name_and_its_undo(qtbot, tmp_path):
    path = tmp_path / "shifts.gantry"
    GantryFile.create(path, _plan()).close()
    with GantryFile.open(path) as file:
        live = Document(file.plan, file)
        own = _with_day_off(live)
        _rename(live, 1, "Anna")
    plan = read_plan(path)
    assert plan.resource(1).calendar_uid == own.uid
    assert plan.calendars[own.uid].name == "Anna"
    assert [e.name for e in plan.calendars[own.uid].exceptions] == ["Dentist"]

    undone = tmp_path / "undone.gantry"
    GantryFile.create(undone, _plan()).close()
    with GantryFile.open(undone) as file:
        live = Document(file.plan, file)
        own = _with_day_off(live)
        _rename(live, 1, "Anna")
        live.undo_stack.undo()
    plan = read_plan(undone)
    assert (plan.resource(1).name, plan.calendars[own.uid].name) == ("Ana", "Ana")


def test_s19tm_ms_project_xml_names_the_calendar_after_the_person(doc, tmp_path):
    _with_day_off(doc)
    _rename(doc, 1, "Anna")
    path = tmp_path / "shifts.xml"
    write_mspdi(doc.plan, path)
    back = read_mspdi(path)
    anna = back.resource(1)
    assert anna.name == "Anna"
    assert back.calendars[anna.calendar_uid].name == "Anna"
    assert "<Name>Ana</Name>" not in path.read_text(encoding="utf-8")
