"""Change Working Time, as a PM coming from MS Project uses it: a four-day week, a company
shutdown, and a night-shift calendar given to one task; each OK one undoable step."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog, format_hours, parse_hours
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand

MON = datetime(2026, 3, 2, 8, 0)
DAY = 480


@pytest.fixture
def doc():
    plan = Plan(project=Project(name="Shifts", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Burn-in", duration_minutes=5 * DAY))
    return Document(plan)


def _dialog(doc, qtbot):
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    return dialog


def _finish(doc, uid):
    return doc.schedule.get(uid).finish


def test_hours_text_reads_and_writes_back():
    hours = parse_hours("8:00-12:00; 13:00-17:30", "Monday")
    assert hours == ((480, 720), (780, 1050))
    assert format_hours(hours) == "08:00-12:00, 13:00-17:30"
    with pytest.raises(InputError, match="Friday"):
        parse_hours("17:00-08:00", "Friday")
    with pytest.raises(InputError, match="Friday"):
        parse_hours("8h", "Friday")


def test_a_four_day_week_moves_the_finish_and_undo_restores_it(doc, qtbot):
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)
    dialog = _dialog(doc, qtbot)
    dialog.working[4].setChecked(False)  # no Fridays
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _finish(doc, 1) == datetime(2026, 3, 9, 17, 0)  # Mon-Thu, then Monday
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)


def test_a_company_shutdown_is_a_non_working_range(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    dialog.off_name.setText("Shutdown")
    dialog.off_first.setDate(QDate(2026, 3, 4))
    dialog.off_last.setDate(QDate(2026, 3, 5))
    dialog.add_days_off()
    assert dialog.exceptions.count() == 1
    dialog.accept()
    assert _finish(doc, 1) == datetime(2026, 3, 10, 17, 0)
    again = _dialog(doc, qtbot)
    assert "Shutdown: 2026-03-04 to 2026-03-05" in again.exceptions.item(0).text()
    again.exceptions.setCurrentRow(0)
    again.remove_days_off()
    again.accept()
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)
    assert doc.undo_stack.count() == 2


def test_a_new_calendar_can_be_given_to_a_task(doc, qtbot):
    from dataclasses import replace

    dialog = _dialog(doc, qtbot)
    dialog.new_name.setText("Night shift")
    dialog.create_calendar()
    assert dialog.calendar.currentText() == "Night shift"
    for d in range(7):
        dialog.working[d].setChecked(d < 5)
        dialog.hours[d].setText("20:00-24:00")
    dialog.accept()
    night = next(c for c in doc.plan.calendars.values() if c.name == "Night shift")
    assert doc.plan.project.calendar_uid != night.uid
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)  # the project calendar is unchanged
    expected = replace(doc.plan.task(2), calendar_uid=night.uid)
    from app.ui.commands import EditTaskCommand

    execute(doc, EditTaskCommand(doc, 2, "Task calendar", calendar_uid=night.uid))
    assert doc.plan.task(2) == expected
    times = doc.schedule.get(2)
    assert times.start.hour == 20
    # 5 days of 8 hours at 4 hours a night: ten nights, Monday to the Friday after next
    assert times.finish == datetime(2026, 3, 14, 0, 0)


def test_bad_hours_are_refused_naming_the_day_and_change_nothing(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    dialog.hours[2].setText("9-5")
    dialog.accept()
    assert "Wednesday" in dialog.error.text()
    assert doc.undo_stack.count() == 0


def test_a_persons_own_calendar_is_listed_as_the_person_after_the_base_calendars(doc, qtbot):
    doc.plan.add_resource(Resource(1, "Ana"))
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 5), "Ski"))
    dialog = _dialog(doc, qtbot)
    names = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
    assert names == ["Standard", "", "Ana"]  # a separator, then the people (s19cw)


def test_the_project_menu_offers_it_after_project_information(qtbot, tmp_path, monkeypatch):
    from app.store.document import GantryFile
    from app.ui.app import Session
    from app.ui.dialogs import working_time_dialog
    from app.ui.settings import Settings
    from tests.gui.conftest import build_plan

    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    window = session.open_path(path)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(
        working_time_dialog.WorkingTimeDialog, "exec", lambda self: opened.append(self) or 0
    )
    # MS Project has both under Project only (the Edit menu no longer repeats them).
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    ids = [a.objectName() for a in menu.actions() if a.objectName()]
    assert ids.index("change_working_time") == ids.index("project_information") + 1
    window.action_collection["change_working_time"].trigger()
    assert len(opened) == 1
    window.close()


def test_a_week_without_any_work_is_refused_and_changes_nothing(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    for check in dialog.working:
        check.setChecked(False)
    dialog.accept()
    assert "no working time" in dialog.error.text()
    assert doc.undo_stack.count() == 0
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)


def test_public_holidays_of_the_plan_years_are_listed_but_not_removable(doc, qtbot):
    from dataclasses import replace

    from app.ui.project_commands import PutCalendarCommand

    bavaria = replace(doc.plan.calendar(), holiday_country="DE", holiday_subdivision="BY")
    execute(doc, PutCalendarCommand(doc, bavaria, "Holidays"))
    dialog = _dialog(doc, qtbot)
    texts = [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]
    assert any(t.endswith("2026-01-06 (public holiday, DE-BY)") for t in texts)  # Epiphany
    dialog.exceptions.setCurrentRow(0)
    dialog.remove_days_off()
    dialog.accept()
    assert doc.undo_stack.count() == 1  # only the holiday step: nothing was removed
    assert doc.plan.calendar().holiday_subdivision == "BY"
