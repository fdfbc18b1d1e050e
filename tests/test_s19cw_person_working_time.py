"""A person's own working time in Change Working Time, as MS Project lists each resource's
calendar after the base calendars: a 4-day week for Ana moves her task and her workload,
part-time hours for Ben on a shared night shift, the Team view's entry opening it on the
person, a week without working time refused, and the calendar kept in .gantry and MSPDI."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.vacations import own_calendar, vacations
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import GantryFile, read_plan
from app.ui.commands import execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand
from app.ui.team.view import TeamView

MON = datetime(2026, 3, 2, 8, 0)
DAY = 480
NIGHT = 9
FRIDAY = 4


def _plan() -> Plan:
    """Ana builds (5 days, Mon 2 to Fri 6 March), Ben tests (5 days) on the night shift."""
    plan = Plan(project=Project(name="Shifts", start=MON))
    night = ((20 * 60, 24 * 60),)
    plan.put_calendar(Calendar(NIGHT, "Night shift", week=(night,) * 5 + ((), ())))
    plan.append_task(Task(1, "Build", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Test", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", calendar_uid=NIGHT))
    plan.add_resource(Resource(3, "Paint", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 5 * DAY))
    return plan


@pytest.fixture
def doc() -> Document:
    return Document(_plan())


def _dialog(doc, qtbot, person=None) -> WorkingTimeDialog:
    dialog = WorkingTimeDialog(doc, person=person)
    qtbot.addWidget(dialog)
    return dialog


def _names(dialog) -> list[str]:
    return [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]


def _finish(doc, uid) -> datetime:
    return doc.schedule.get(uid).finish


def _four_day_week_for_ana(doc, qtbot) -> WorkingTimeDialog:
    dialog = _dialog(doc, qtbot, person=1)
    dialog.working[FRIDAY].setChecked(False)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    return dialog


def test_s19cw_people_follow_the_base_calendars_by_name(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    # the base calendars, a separator, then the people (no material: it has no working time)
    assert _names(dialog) == ["Standard", "Night shift", "", "Ana", "Ben"]
    assert dialog.calendar.currentText() == "Standard"  # the project's, as before
    assert dialog.based_on.text() == "'Standard' is a base calendar (the project's)."
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Ben"))
    assert dialog.based_on.text() == "Base calendar: Night shift"
    assert dialog.hours[0].text() == "20:00-24:00"  # his week, as the night shift has it
    assert not dialog.working[5].isChecked()


def test_s19cw_opening_on_a_person_and_ok_unchanged_makes_no_calendar(doc, qtbot):
    before = dict(doc.plan.calendars)
    dialog = _dialog(doc, qtbot, person=1)
    assert dialog.calendar.currentText() == "Ana"
    assert dialog.based_on.text() == "Base calendar: Standard"
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert doc.plan.calendars == before
    assert doc.plan.resource(1).calendar_uid is None
    assert doc.undo_stack.count() == 0


def test_s19cw_a_four_day_week_moves_anas_task_and_workload_undo_restores(doc, qtbot):
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    view.select(1)
    view.period.setCurrentIndex(1)  # per day
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)
    friday = date(2026, 3, 6) - doc.schedule.start.date()
    assert view.chart.totals[friday.days] == pytest.approx(8.0)
    standard = doc.plan.calendars[1]

    _four_day_week_for_ana(doc, qtbot)
    ana = doc.plan.resource(1)
    cal = doc.plan.calendars[ana.calendar_uid]
    # her own calendar, based on the one she works on as her days off are; only Friday set
    assert (cal.name, cal.base_uid) == ("Ana", 1)
    assert cal.week == (None,) * 4 + ((),) + (None, None)
    assert doc.plan.calendars[1] == standard  # nobody else's week changed
    assert _finish(doc, 1) == datetime(2026, 3, 9, 17, 0)  # Mon-Thu, then Monday
    assert _finish(doc, 2) == doc.schedule.get(2).finish  # Ben's task did not move
    assert view.chart.totals[friday.days] == pytest.approx(0.0)
    assert view.chart.totals.sum() == pytest.approx(40.0)  # the same work, on other days
    assert doc.undo_stack.count() == 1  # one step

    doc.undo_stack.undo()
    assert doc.plan.resource(1).calendar_uid is None
    assert set(doc.plan.calendars) == {1, NIGHT}
    assert _finish(doc, 1) == datetime(2026, 3, 6, 17, 0)
    assert view.chart.totals[friday.days] == pytest.approx(8.0)
    doc.undo_stack.redo()
    assert _finish(doc, 1) == datetime(2026, 3, 9, 17, 0)


def test_s19cw_a_person_with_days_off_keeps_them_in_the_same_calendar(doc, qtbot):
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 3), date(2026, 3, 3), "Dentist"))
    own = own_calendar(doc.plan, doc.plan.resource(1))
    assert own is not None
    dialog = _dialog(doc, qtbot, person=1)
    assert dialog.exceptions.item(0).text().startswith("Dentist: 2026-03-03")
    dialog.working[FRIDAY].setChecked(False)
    dialog.off_name.setText("Course")
    dialog.off_first.setDate(QDate(2026, 3, 10))
    dialog.off_last.setDate(QDate(2026, 3, 10))
    dialog.add_days_off()
    dialog.accept()
    assert doc.plan.resource(1).calendar_uid == own.uid  # the same calendar, edited
    assert [e.name for e in vacations(doc.plan, 1)] == ["Dentist", "Course"]
    # Tue 3 off, no Fridays: Mon 2, Wed 4, Thu 5, Mon 9, Wed 11 (Tue 10 off)
    assert _finish(doc, 1) == datetime(2026, 3, 11, 17, 0)
    doc.undo_stack.undo()
    assert doc.plan.calendars[own.uid] == own


def test_s19cw_part_time_hours_on_a_shared_shift_touch_only_that_person(doc, qtbot):
    night = doc.plan.calendars[NIGHT]
    dialog = _dialog(doc, qtbot, person=2)
    for d in range(5):
        dialog.hours[d].setText("20:00-22:00")  # half nights
    dialog.accept()
    ben = doc.plan.resource(2)
    assert ben.calendar_uid != NIGHT
    assert doc.plan.calendars[ben.calendar_uid].base_uid == NIGHT
    assert doc.plan.calendars[NIGHT] == night
    # 40 hours at 2 a night: twenty weeknights from Mon 2 March, the last Fri 27 March
    assert _finish(doc, 2) == datetime(2026, 3, 27, 22, 0)


def test_s19cw_a_new_calendar_and_a_person_in_one_ok_are_one_step(doc, qtbot):
    dialog = _dialog(doc, qtbot)
    dialog.new_name.setText("Four days")
    dialog.create_calendar()
    dialog.working[FRIDAY].setChecked(False)
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Ana"))
    dialog.working[0].setChecked(False)  # and Ana never works Mondays
    dialog.accept()
    names = {c.name for c in doc.plan.calendars.values()}
    assert {"Four days", "Ana"} <= names
    uids = [c.uid for c in doc.plan.calendars.values()]
    assert len(uids) == len(set(uids)) == 4
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert set(doc.plan.calendars) == {1, NIGHT}


def test_s19cw_a_week_without_working_time_is_refused_and_changes_nothing(doc, qtbot):
    before = dict(doc.plan.calendars)
    dialog = _dialog(doc, qtbot, person=1)
    for check in dialog.working:
        check.setChecked(False)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "calendar 'Ana' (based on 'Standard') has no working time"
    assert doc.plan.calendars == before
    assert doc.plan.resource(1).calendar_uid is None
    assert doc.undo_stack.count() == 0


def test_s19cw_the_team_view_opens_it_on_the_person(doc, qtbot, monkeypatch):
    view = TeamView(doc)
    qtbot.addWidget(view)
    opened: list[WorkingTimeDialog] = []

    def run(dialog):
        opened.append(dialog)
        dialog.working[FRIDAY].setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WorkingTimeDialog, "exec", run)
    action = view.actions_by_id["team_change_working_time"]
    assert action in view.table.actions()  # the person's context menu
    assert action in view.toolbar.menus["Days off"].actions()
    view.select(2)
    action.trigger()
    assert opened[-1].calendar.currentText() == "Ben"
    assert doc.plan.calendars[doc.plan.resource(2).calendar_uid].base_uid == NIGHT
    assert doc.undo_stack.count() == 1


def test_s19cw_the_gantry_file_keeps_it_and_its_undo(qtbot, tmp_path):
    path = tmp_path / "shifts.gantry"
    GantryFile.create(path, _plan()).close()
    with GantryFile.open(path) as file:
        _four_day_week_for_ana(Document(file.plan, file), qtbot)
    plan = read_plan(path)
    cal = plan.calendars[plan.resource(1).calendar_uid]
    assert (cal.name, cal.base_uid, cal.week[FRIDAY], cal.week[0]) == ("Ana", 1, (), None)
    assert Document(plan).schedule.get(1).finish == datetime(2026, 3, 9, 17, 0)
    with GantryFile.open(path) as file:
        dialog = _dialog(Document(file.plan, file), qtbot, person=1)
        assert not dialog.working[FRIDAY].isChecked()  # reopened as saved
        assert dialog.working[0].isChecked()

    undone = tmp_path / "undone.gantry"
    GantryFile.create(undone, _plan()).close()
    with GantryFile.open(undone) as file:
        live = Document(file.plan, file)
        _four_day_week_for_ana(live, qtbot)
        live.undo_stack.undo()
    plan = read_plan(undone)
    assert plan.resource(1).calendar_uid is None
    assert set(plan.calendars) == {1, NIGHT}


def test_s19cw_ms_project_xml_keeps_the_persons_calendar(doc, qtbot, tmp_path):
    dialog = _dialog(doc, qtbot, person=2)
    for d in range(5):
        dialog.hours[d].setText("20:00-22:00")
    dialog.accept()
    _four_day_week_for_ana(doc, qtbot)
    path = tmp_path / "shifts.xml"
    write_mspdi(doc.plan, path)
    back = read_mspdi(path)
    for uid in (1, 2):
        mine = doc.plan.calendars[doc.plan.resource(uid).calendar_uid]
        theirs = back.calendars[back.resource(uid).calendar_uid]
        assert (theirs.name, theirs.base_uid, theirs.week) == (mine.name, mine.base_uid, mine.week)
    again = Document(back)
    for uid in (1, 2):
        assert again.schedule.get(uid).finish == _finish(doc, uid)
