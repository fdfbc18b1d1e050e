"""Public holidays of a region (MS Project users in Bavaria, Catalonia or a US state set
their regional holidays): Project Information takes 'DE-BY' as well as 'DE'."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document

JAN5 = datetime(2026, 1, 5, 8, 0)  # Monday; Tuesday 6 January is Epiphany in Bavaria only


@pytest.fixture
def doc():
    plan = Plan(project=Project(name="Munich", start=JAN5))
    plan.append_task(Task(1, "Install", duration_minutes=2 * 480))
    return Document(plan)


def _apply(doc, qtbot, text):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.holidays.setText(text)
    dialog.accept()
    return dialog


def test_a_region_adds_its_own_holidays(doc, qtbot):
    _apply(doc, qtbot, "DE")
    assert doc.schedule.get(1).finish.date() == date(2026, 1, 6)  # Epiphany is not national
    _apply(doc, qtbot, "de-by")
    calendar = doc.plan.calendar()
    assert (calendar.holiday_country, calendar.holiday_subdivision) == ("DE", "BY")
    assert doc.schedule.get(1).finish.date() == date(2026, 1, 7)
    reopened = ProjectDialog(doc)
    qtbot.addWidget(reopened)
    assert reopened.holidays.text() == "DE-BY"
    reopened.accept()  # unchanged: no new step
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.calendar().holiday_subdivision is None
    assert doc.schedule.get(1).finish.date() == date(2026, 1, 6)


def test_an_unknown_region_is_refused_and_named(doc, qtbot):
    dialog = _apply(doc, qtbot, "DE-XX")
    assert "XX" in dialog.error.text()
    assert doc.plan.calendar().holiday_country is None
    assert doc.undo_stack.count() == 0


def test_a_persons_own_calendar_is_not_offered_as_the_project_calendar(doc, qtbot):
    from app.domain.resource import Resource
    from app.ui.commands import execute
    from app.ui.team.commands import AddVacationCommand

    doc.plan.add_resource(Resource(1, "Ana"))
    execute(doc, AddVacationCommand(doc, 1, date(2026, 1, 7), date(2026, 1, 8), "Ski"))
    own = doc.plan.resource(1).calendar_uid
    assert own is not None
    assert own != doc.plan.project.calendar_uid
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    offered = [dialog.calendar.itemData(i) for i in range(dialog.calendar.count())]
    assert doc.plan.project.calendar_uid in offered
    assert own not in offered
