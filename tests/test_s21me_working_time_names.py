"""Change Working Time opened from Details… names a person's calendar, in its refusals too, by
the name just typed there: the list said 'Anna' while "a working day needs hours" said 'Ana'."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand


def _doc() -> Document:
    plan = Plan(project=Project(name="Shifts", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Build", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    doc = Document(plan)
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 4), "Dentist"))
    return doc


def test_s21me_a_refused_week_names_the_person_as_typed_in_details(qtbot):
    dialog = WorkingTimeDialog(_doc(), person=1, apply=False, names={1: "Anna"})
    qtbot.addWidget(dialog)
    assert dialog.calendar.currentText() == "Anna"
    dialog.working[0].setChecked(True)
    dialog.hours[0].setText("")
    dialog.accept()
    assert dialog.error.text() == "Anna, Monday: a working day needs hours"
    assert dialog.kept == {}
