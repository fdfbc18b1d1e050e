"""A calendar that cannot hold a task's work names the task and the person (issue 3).

"calendar 'Weekend' and ... share no working time" was raised deep in the passes and named
no task: a PM with a thousand rows had to hunt for it. The scheduler now names the task
(WBS and name) and, where an assignment brings the calendar in, the person. A calendar
with no working time at all is refused by Change Working Time whether or not a task uses
it yet (nothing changed), and the command line says it in one line, exit 1.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.calendar import Calendar, CalendarException
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType as C
from app.domain.task import Task
from app.domain.task_clock import TaskClock
from app.formats import write_plan
from app.ui.commands import EditTaskCommand, execute
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.team.commands import SetAssignmentsCommand

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)
_WEEKEND = Calendar(7, "Weekend", week=((),) * 5 + (((480, 1020),),) * 2)  # Mon..Sun
_NOTHING = Calendar(8, "Night", week=((),) * 7)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Shifts", start=_MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Build", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(3, "Test", 2, duration_minutes=5 * _DAY))
    return plan


def _on_calendar(plan: Plan, uid: int, calendar: Calendar) -> Plan:
    plan.put_calendar(calendar)
    plan.update_task(replace(plan.task(uid), calendar_uid=calendar.uid))
    return plan


def _assign(plan: Plan, task_uid: int, person: Resource) -> Plan:
    plan.resources.append(person)
    plan.assignments.append(
        Assignment(uid=person.uid, task_uid=task_uid, resource_uid=person.uid, units=1.0)
    )
    return plan


def _refusal(plan: Plan) -> str:
    with pytest.raises(PlanError) as refused:
        schedule(plan)
    return str(refused.value)


def test_s18i_no_shared_time_names_the_task_and_the_person():
    plan = _assign(_on_calendar(_plan(), 3, _WEEKEND), 3, Resource(uid=1, name="Ana"))
    assert _refusal(plan) == (
        "task 1.2 'Test': its calendar 'Weekend' and the calendar 'Standard' of 'Ana' "
        "share no working time"
    )


def test_s18i_a_task_calendar_without_working_time_names_the_task():
    plan = _on_calendar(_plan(), 2, _NOTHING)
    assert _refusal(plan) == "task 1.1 'Build': calendar 'Night' has no working time"


def test_s18i_a_persons_calendar_without_working_time_names_the_person():
    plan = _plan()
    plan.put_calendar(replace(_NOTHING, name="Nobody"))
    plan = _assign(plan, 2, Resource(uid=1, name="Bo", calendar_uid=_NOTHING.uid))
    assert _refusal(plan) == (
        "task 1.1 'Build', worked by 'Bo': calendar 'Nobody' has no working time"
    )


def _leaver(plan: Plan, last_day: date) -> Plan:
    leave = CalendarException("Leaves", last_day, date(2099, 12, 31))
    plan.put_calendar(
        Calendar(10, "Jonas Weber", base_uid=1, week=(None,) * 7, exceptions=(leave,))
    )
    return _assign(plan, 3, Resource(uid=1, name="Jonas Weber", calendar_uid=10))


def test_s18i_work_past_a_leavers_last_day_names_the_task_and_the_person():
    refusal = _refusal(_leaver(_plan(), date(2026, 3, 4)))
    assert refusal.startswith("task 1.2 'Test', worked by 'Jonas Weber': calendar 'Jonas Weber'")
    assert "after 2026-03-03" in refusal


def test_s18i_a_dragged_bar_names_the_task_too():
    plan = _leaver(_plan(), date(2026, 3, 20))
    schedule(plan)  # fits before the leave
    clock = TaskClock.of(plan, 3)
    with pytest.raises(PlanError, match=r"^task 1\.2 'Test', worked by 'Jonas Weber': "):
        clock.finish(datetime(2026, 3, 18, 8, 0), 5 * _DAY)


def test_s18i_the_project_calendar_is_said_plainly():
    plan = _plan()
    plan.put_calendar(replace(plan.calendar(), week=((),) * 7))
    assert _refusal(plan) == "calendar 'Standard' has no working time"


# ---------------------------------------------------------------- window and command line


def test_s18i_assigning_a_person_who_shares_no_time_is_refused_naming_them(qtbot):
    plan = _on_calendar(_plan(), 3, _WEEKEND)
    plan.resources.append(Resource(uid=1, name="Ana"))
    doc = Document(plan)
    with pytest.raises(PlanError, match=r"^task 1\.2 'Test': .* of 'Ana' share no working"):
        execute(doc, SetAssignmentsCommand(doc, 3, "Ana"))
    assert plan.assignments == []
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize("used", [True, False], ids=["used-by-a-task", "not-used-yet"])
def test_s18i_change_working_time_refuses_a_week_without_work(qtbot, used):
    plan = _on_calendar(_plan(), 2, replace(_WEEKEND, name="Night")) if used else _plan()
    before = dict(plan.calendars)
    doc = Document(plan)
    dialog = WorkingTimeDialog(doc)
    qtbot.addWidget(dialog)
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Night" if used else "Standard"))
    if not used:  # a new calendar nobody runs on yet
        dialog.new_name.setText("Night")
        dialog.create_calendar()
    for day in dialog.working:
        day.setChecked(False)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == "calendar 'Night' has no working time"
    assert plan.calendars == before
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize("command", [["schedule"], ["schedule", "--json"], ["info"]])
def test_s18i_a_file_with_such_a_calendar_is_one_line_and_exit_1(tmp_path, capsys, command):
    """The same line whichever command reads it (schedule's MS Project XML path skips the
    reader's check and said it without the file's name)."""
    night = tmp_path / "night.xml"
    write_plan(_on_calendar(_plan(), 2, _NOTHING), night)
    weekend = tmp_path / "weekend.xml"
    write_plan(_assign(_on_calendar(_plan(), 3, _WEEKEND), 3, Resource(uid=1, name="Ana")), weekend)
    expected = {
        night: "gantry: night.xml: task 1.1 'Build': calendar 'Night' has no working time",
        weekend: "gantry: weekend.xml: task 1.2 'Test': its calendar 'Weekend' and the calendar "
        "'Standard' of 'Ana' share no working time",
    }
    for path, line in expected.items():
        assert main([command[0], str(path), *command[1:]]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.splitlines() == [line]


@pytest.mark.parametrize("alap", [False, True], ids=["re-propagated", "full-run-inside"])
def test_s18i_an_edit_past_a_leavers_last_day_names_the_task_once(qtbot, alap):
    """A longer duration is re-propagated (an ALAP task sends the edit to a full run)."""
    plan = _leaver(_plan(), date(2026, 3, 20))
    if alap:
        plan.append_task(Task(4, "Later", 1, duration_minutes=_DAY, constraint_type=C.ALAP))
    doc = Document(plan)
    with pytest.raises(PlanError) as refused:
        execute(doc, EditTaskCommand(doc, 3, "Longer", duration_minutes=30 * _DAY))
    message = str(refused.value)
    assert message.startswith("task 1.2 'Test', worked by 'Jonas Weber': calendar 'Jonas W")
    assert message.count("task 1.2") == 1
    assert plan.task(3).duration_minutes == 5 * _DAY


def test_s18i_work_past_the_project_calendars_end_is_said_plainly():
    """Every plain task runs on it: naming the first would point at the wrong one."""
    plan = _plan()
    closing = CalendarException("Closed", date(2026, 3, 5), date(2099, 12, 31))
    plan.put_calendar(replace(plan.calendar(), exceptions=(closing,)))
    assert _refusal(plan).startswith("calendar 'Standard' has no working time after 2026-03-04")
