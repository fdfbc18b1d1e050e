"""Choosing another project calendar in Project Information keeps each calendar's own
public holidays (issue 2).

A PM with a Bavarian project calendar (DE-BY) chose "France" as the project calendar and
pressed OK: the Public holidays field, filled once with DE-BY, was written onto France,
which lost its French holidays (and Marc, whose calendar is based on France, with it).
The field now shows the chosen calendar's holidays; only what the user typed there changes
a calendar.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document

FRANCE, MARC = 22, 23
MAY = datetime(2027, 5, 3, 8, 0)  # Monday


def _document() -> Document:
    plan = Plan(project=Project(name="EU rollout", start=MAY))
    plan.put_calendar(replace(plan.calendar(), holiday_country="DE", holiday_subdivision="BY"))
    plan.put_calendar(Calendar(FRANCE, "France", holiday_country="FR"))
    plan.put_calendar(Calendar(MARC, "Marc", base_uid=FRANCE))
    plan.resources.append(Resource(uid=1, name="Marc", calendar_uid=MARC))
    plan.append_task(Task(1, "Training", 1, duration_minutes=10 * 480))
    return Document(plan)


def _dialog(document: Document, qtbot) -> ProjectDialog:
    dialog = ProjectDialog(document)
    qtbot.addWidget(dialog)
    return dialog


def _holidays(document: Document, uid: int) -> tuple[str | None, str | None]:
    calendar = document.plan.calendars[uid]
    return calendar.holiday_country, calendar.holiday_subdivision


def test_s23fn_choosing_france_keeps_frances_holidays(qtbot):
    document = _document()
    bavaria = document.plan.project.calendar_uid
    dialog = _dialog(document, qtbot)
    assert dialog.holidays.text() == "DE-BY"
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(FRANCE))
    assert dialog.holidays.text() == "FR"  # the chosen calendar's
    dialog.accept()
    assert document.plan.project.calendar_uid == FRANCE
    assert _holidays(document, FRANCE) == ("FR", None)
    assert _holidays(document, bavaria) == ("DE", "BY")
    # Marc's calendar, based on France: Bastille Day off, Bavaria's Corpus Christi worked
    from app.domain.calendars import DayResolver

    marc = DayResolver(document.plan.calendars[MARC], document.plan.calendars)
    assert marc.day(date(2027, 7, 14)) == ()
    assert marc.day(date(2027, 5, 27)) != ()
    # one step: the calendar chosen, no calendar rewritten
    assert document.undo_stack.count() == 1
    assert document.undo_stack.text(0) == "Change project information"


def test_s23fn_going_back_to_the_first_calendar_shows_its_holidays_again(qtbot):
    document = _document()
    bavaria = document.plan.project.calendar_uid
    dialog = _dialog(document, qtbot)
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(FRANCE))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(bavaria))
    assert dialog.holidays.text() == "DE-BY"
    dialog.accept()
    assert document.undo_stack.count() == 0  # nothing changed


def test_s23fn_holidays_typed_go_to_the_calendar_chosen(qtbot):
    document = _document()
    bavaria = document.plan.project.calendar_uid
    dialog = _dialog(document, qtbot)
    dialog.holidays.setText("fr-57")  # Moselle, typed first, then the calendar chosen: kept
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(FRANCE))
    assert dialog.holidays.text() == "FR-57"  # shown as France (FR), Moselle (57)
    dialog.accept()
    assert _holidays(document, FRANCE) == ("FR", "57")
    assert _holidays(document, bavaria) == ("DE", "BY")


def test_s23fn_holidays_changed_on_the_same_calendar_still_apply(qtbot):
    document = _document()
    dialog = _dialog(document, qtbot)
    dialog.holidays.setText("DE")
    dialog.accept()
    assert _holidays(document, document.plan.project.calendar_uid) == ("DE", None)
    assert _holidays(document, FRANCE) == ("FR", None)
