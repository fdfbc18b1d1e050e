"""A person's Details… (MS Project's Resource Information) has a Change Working Time…
button. What is changed there is kept, not applied: Details' OK puts it into the plan with
the person's own edits as ONE undo step, and Cancel in Details drops it, so no two commands
write the same person or calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.domain.vacations import own_calendar
from app.ui.commands import execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand
from app.ui.team.person_details import PersonDetails
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView

MON = datetime(2026, 3, 2, 8, 0)
NIGHT = 9
FRIDAY = 4


def _plan() -> Plan:
    """Ana builds Mon 2 to Fri 6 March on the project calendar; a night shift nobody uses."""
    plan = Plan(project=Project(name="Shifts", start=MON))
    plan.put_calendar(Calendar(NIGHT, "Night shift", week=(((20 * 60, 24 * 60),),) * 5 + ((), ())))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Paint", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    return plan


@pytest.fixture
def view(qtbot) -> TeamView:
    widget = TeamView(Document(_plan()))
    qtbot.addWidget(widget)
    widget.select(1)
    return widget


def _finish(view: TeamView) -> datetime:
    return view.document.schedule.get(1).finish


def _working_time(monkeypatch, *steps, ok: bool = True) -> list[WorkingTimeDialog]:
    """Change Working Time, when opened, runs ``steps`` on itself then OK (or Cancel)."""
    opened: list[WorkingTimeDialog] = []

    def run(dialog: WorkingTimeDialog) -> int:
        opened.append(dialog)
        for step in steps:
            step(dialog)
        dialog.accept() if ok else dialog.reject()
        return dialog.result()

    monkeypatch.setattr(WorkingTimeDialog, "exec", run)
    return opened


def _no_friday(dialog: WorkingTimeDialog) -> None:
    dialog.working[FRIDAY].setChecked(False)


def _details(monkeypatch, qtbot, *steps, ok: bool = True) -> list[ResourceDialog]:
    """Details…, as ask opens it on the Team view, runs ``steps`` then OK (or Cancel)."""
    opened: list[ResourceDialog] = []

    def exec_(dialog: ResourceDialog) -> int:
        qtbot.addWidget(dialog)
        opened.append(dialog)
        for step in steps:
            step(dialog)
        if ok:
            dialog._on_ok()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ResourceDialog, "exec", exec_)
    return opened


def test_s19tm_details_has_the_button_on_its_general_tab(view, monkeypatch, qtbot):
    opened = _details(monkeypatch, qtbot, ok=False)
    view.edit_selected()
    button = opened[0].working_time
    assert button.text() == "Change Working Time…"
    assert button.isEnabled()
    opened[0].kind.setCurrentIndex(opened[0].kind.findData(ResourceType.MATERIAL))
    assert not button.isEnabled()  # a material has no working time, as in MS Project
    alone = ResourceDialog(view.document.plan, view.document.plan.resource(1))
    qtbot.addWidget(alone)
    assert not alone.working_time.isEnabled()  # no document to work on


def test_s19tm_a_four_day_week_and_a_new_role_are_one_step_on_ok(view, monkeypatch, qtbot):
    doc = view.document
    shown = _working_time(monkeypatch, _no_friday)

    def edit(dialog: ResourceDialog) -> None:
        dialog.role.setText("Builder")
        dialog.working_time.click()
        assert doc.plan.resource(1).calendar_uid is None  # nothing applied yet
        assert doc.undo_stack.count() == 0

    _details(monkeypatch, qtbot, edit)
    view.edit_selected()
    assert shown[0].calendar.currentText() == "Ana"  # opened on her
    ana = doc.plan.resource(1)
    cal = doc.plan.calendars[ana.calendar_uid]
    assert ana.role == "Builder"
    assert (cal.name, cal.base_uid, cal.week[FRIDAY]) == ("Ana", 1, ())
    assert _finish(view) == datetime(2026, 3, 9, 17, 0)  # Mon-Thu, then Monday
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit 'Ana'"
    doc.undo_stack.undo()
    assert doc.plan.resource(1) == Resource(1, "Ana")
    assert set(doc.plan.calendars) == {1, NIGHT}
    assert _finish(view) == datetime(2026, 3, 6, 17, 0)


def test_s19tm_cancel_in_details_drops_the_working_time(view, monkeypatch, qtbot):
    doc = view.document
    _working_time(monkeypatch, _no_friday)
    _details(monkeypatch, qtbot, lambda d: d.working_time.click(), ok=False)
    view.edit_selected()
    assert set(doc.plan.calendars) == {1, NIGHT}
    assert doc.plan.resource(1).calendar_uid is None
    assert doc.undo_stack.count() == 0


def test_s19tm_cancel_in_working_time_keeps_details_as_it_was(view, monkeypatch, qtbot):
    doc = view.document
    _working_time(monkeypatch, _no_friday, ok=False)
    opened = _details(monkeypatch, qtbot, lambda d: d.working_time.click())
    view.edit_selected()
    assert opened[0].calendars == {}
    assert set(doc.plan.calendars) == {1, NIGHT}
    assert doc.undo_stack.count() == 0  # OK with nothing changed


def test_s19tm_reopened_it_shows_what_was_kept(view, monkeypatch, qtbot):
    shown = _working_time(monkeypatch, _no_friday)

    def twice(dialog: ResourceDialog) -> None:
        dialog.working_time.click()
        dialog.working_time.click()

    _details(monkeypatch, qtbot, twice)
    view.edit_selected()
    assert not shown[1].working[FRIDAY].isChecked()  # the first opening's week


def test_s19tm_it_shows_the_calendar_chosen_in_details_and_bases_hers_there(
    view, monkeypatch, qtbot
):
    doc = view.document
    shown = _working_time(monkeypatch, _no_friday)

    def night(dialog: ResourceDialog) -> None:
        dialog.calendar.setCurrentIndex(dialog.calendar.findText("Night shift"))
        dialog.working_time.click()

    _details(monkeypatch, qtbot, night)
    view.edit_selected()
    assert shown[0].based_on.text() == "Base calendar: Night shift"
    assert shown[0].hours[0].text() == "20:00-24:00"
    cal = doc.plan.calendars[doc.plan.resource(1).calendar_uid]
    assert (cal.name, cal.base_uid, cal.week[FRIDAY]) == ("Ana", NIGHT, ())
    assert doc.undo_stack.count() == 1


def test_s19tm_a_base_chosen_and_nothing_of_her_own_makes_no_calendar(view, monkeypatch, qtbot):
    doc = view.document
    _working_time(monkeypatch)  # opened on the night shift, OK with nothing changed

    def night(dialog: ResourceDialog) -> None:
        dialog.calendar.setCurrentIndex(dialog.calendar.findText("Night shift"))
        dialog.working_time.click()

    _details(monkeypatch, qtbot, night)
    view.edit_selected()
    assert doc.plan.resource(1).calendar_uid == NIGHT  # straight onto the shift
    assert set(doc.plan.calendars) == {1, NIGHT}


def test_s19tm_her_days_off_stay_and_a_rename_names_her_calendar(view, monkeypatch, qtbot):
    doc = view.document
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 4), date(2026, 3, 4), "Dentist"))
    own = own_calendar(doc.plan, doc.plan.resource(1))
    assert own is not None
    _working_time(monkeypatch, _no_friday)

    def edit(dialog: ResourceDialog) -> None:
        dialog.working_time.click()
        dialog.name.setText("Anna")

    _details(monkeypatch, qtbot, edit)
    view.edit_selected()
    cal = doc.plan.calendars[own.uid]
    assert doc.plan.resource(1).calendar_uid == own.uid  # the same calendar, edited
    assert (cal.name, cal.week[FRIDAY], [e.name for e in cal.exceptions]) == (
        "Anna",
        (),
        ["Dentist"],
    )
    assert doc.undo_stack.count() == 2  # the days off, then Details
    doc.undo_stack.undo()
    assert doc.plan.calendars[own.uid] == own
    assert doc.plan.resource(1).name == "Ana"


def test_s19tm_a_calendar_made_there_can_be_chosen_in_details(view, monkeypatch, qtbot):
    doc = view.document

    def make(dialog: WorkingTimeDialog) -> None:
        dialog.calendar.setCurrentIndex(dialog.calendar.findText("Standard"))
        dialog.new_name.setText("Four days")
        dialog.create_calendar()
        _no_friday(dialog)

    _working_time(monkeypatch, make)

    def choose(dialog: ResourceDialog) -> None:
        dialog.working_time.click()
        dialog.calendar.setCurrentIndex(dialog.calendar.findText("Four days"))

    _details(monkeypatch, qtbot, choose)
    view.edit_selected()
    ana = doc.plan.resource(1)
    four = doc.plan.calendars[ana.calendar_uid]
    assert (four.name, four.base_uid, four.week[FRIDAY]) == ("Four days", None, ())
    assert _finish(view) == datetime(2026, 3, 9, 17, 0)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert set(doc.plan.calendars) == {1, NIGHT}
    assert doc.plan.resource(1).calendar_uid is None


def test_s19tm_ask_answers_the_calendars_only_when_changed(view, monkeypatch, qtbot):
    plan = view.document.plan
    _details(monkeypatch, qtbot)
    assert ResourceDialog.ask(view, plan, plan.resource(1)) == plan.resource(1)
    _working_time(monkeypatch, _no_friday)
    _details(monkeypatch, qtbot, lambda d: d.working_time.click())
    answer = ResourceDialog.ask(view, plan, plan.resource(1))
    assert isinstance(answer, PersonDetails)
    assert [c.name for c in answer.calendars.values()] == ["Ana"]
    assert plan.resource(1).calendar_uid is None  # nothing applied by ask
