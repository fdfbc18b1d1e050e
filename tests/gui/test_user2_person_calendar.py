"""A person with days off who is moved onto another calendar (a night shift) keeps their
days off, as in MS Project where the base calendar changes under the person's own one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView

MON = datetime(2026, 3, 2, 8, 0)
NIGHT = 9


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=MON))
    plan.put_calendar(Calendar(NIGHT, "Night shift", week=(((20 * 60, 24 * 60),),) * 5 + ((), ())))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    doc = Document(plan)
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 4), "Dentist"))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _pick(monkeypatch, qtbot, label):
    def ask(cls, parent, plan, resource):
        dialog = cls(plan, resource, parent)
        qtbot.addWidget(dialog)
        ask.offered = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
        dialog.calendar.setCurrentIndex(dialog.calendar.findText(label))
        return dialog.resource()

    monkeypatch.setattr(ResourceDialog, "ask", classmethod(ask))
    return ask


def test_a_new_calendar_for_a_person_keeps_their_days_off(view, monkeypatch, qtbot):
    doc = view.document
    view.select(1)
    assert view.vacation_list.count() == 1
    _pick(monkeypatch, qtbot, "Night shift")
    view.edit_selected()
    ana = doc.plan.resource(1)
    assert doc.plan.calendars[ana.calendar_uid].base_uid == NIGHT
    assert view.vacation_list.count() == 1  # the dentist is still there
    times = doc.schedule.get(1)
    assert times.start.hour == 20
    # ten 4-hour nights, Wednesday 4 March off: Monday 2 March to Monday 16 March
    assert times.finish == datetime(2026, 3, 17, 0, 0)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.schedule.get(1).start == MON
    assert doc.plan.calendars[doc.plan.resource(1).calendar_uid].base_uid != NIGHT


def test_another_persons_own_calendar_is_not_offered(view, monkeypatch, qtbot):
    view.select(2)
    asked = _pick(monkeypatch, qtbot, "Project calendar")
    view.edit_selected()
    assert "Ana" not in asked.offered
    assert "Night shift" in asked.offered


def test_a_shared_calendar_given_to_one_person_stays_shared(view, monkeypatch, qtbot):
    """Ben alone on the night shift: the Night shift calendar is still everybody's (listed
    in Change Working Time and Project Information), and his days off go into a calendar of
    his own based on it, not into the night shift itself."""
    from app.ui.dialogs.project_dialog import ProjectDialog
    from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
    from app.ui.team.vacation_dialog import VacationDialog

    doc = view.document
    view.select(2)
    _pick(monkeypatch, qtbot, "Night shift")
    view.edit_selected()
    assert doc.plan.resource(2).calendar_uid == NIGHT
    for dialog in (WorkingTimeDialog(doc), ProjectDialog(doc)):
        qtbot.addWidget(dialog)
        names = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
        assert "Night shift" in names
    monkeypatch.setattr(
        VacationDialog,
        "ask",
        classmethod(lambda cls, p, who: (date(2026, 3, 10), date(2026, 3, 10), "Off")),
    )
    view.add_vacation()
    assert doc.plan.calendars[NIGHT].exceptions == ()
    ben = doc.plan.resource(2)
    assert ben.calendar_uid != NIGHT
    assert doc.plan.calendars[ben.calendar_uid].base_uid == NIGHT
