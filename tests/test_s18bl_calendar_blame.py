"""A calendar error names the task that fails, its person and the calendars by this plan's names.

Calendars that work the same days share one cached working time (app.domain.worktime), in
one plan and across the plans a process opens. The blame took the task and the names from
that shared object: with two leavers on identical calendars (Jonas on C, 1 day; Mia on B,
20 days) it named C and Jonas when B runs past the last day, and a plan opened after
another named its 'Contract' calendar 'Jonas Weber', the other plan's. The pass that fails
now says which row it was placing, and the names are read from the plan being scheduled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.calendar import Calendar, CalendarException
from app.domain.errors import PlanError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.task_clock import TaskClock
from app.formats import write_plan
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.status_said import sentence
from tests.test_s18dr_leaver_drag import _drag, open_window  # noqa: F401 (a fixture)

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)
_LEAVES = CalendarException("Leaves", date(2026, 3, 20), date(2099, 12, 31))
_AFTER = "has no working time after 2026-03-19, so work planned later can never be done"


def _leaver_calendar(uid: int, name: str) -> Calendar:
    """Standard's week, no working time from 20 March on: every one the same days."""
    return Calendar(uid, name, base_uid=1, week=(None,) * 7, exceptions=(_LEAVES,))


def _two_leavers(b_days: int = 20, c_days: int = 1) -> Plan:
    """C (worked by Jonas) then B (worked by Mia): two leavers on identical calendars."""
    plan = Plan(project=Project(name="Leavers", start=_MON))
    plan.append_task(Task(1, "C", 1, duration_minutes=c_days * _DAY))
    plan.append_task(Task(2, "B", 1, duration_minutes=b_days * _DAY))
    plan.put_calendar(_leaver_calendar(10, "Jonas Weber"))
    plan.put_calendar(_leaver_calendar(11, "Mia Roth"))
    plan.add_resource(Resource(1, "Jonas Weber", calendar_uid=10))
    plan.add_resource(Resource(2, "Mia Roth", calendar_uid=11))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, c_days * _DAY))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, b_days * _DAY))
    return plan


def _contract_plan() -> Plan:
    """Build runs on its own calendar 'Contract' (a leaver's days) worked by Ana, who works
    the project's calendar, here named 'Office'."""
    plan = Plan(project=Project(name="Contract", start=_MON))
    plan.put_calendar(replace(plan.calendar(), name="Office"))
    plan.append_task(Task(1, "Build", 1, duration_minutes=20 * _DAY, calendar_uid=10))
    plan.put_calendar(_leaver_calendar(10, "Contract"))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 20 * _DAY))
    return plan


def _short_contract() -> Plan:
    plan = _contract_plan()
    plan.update_task(replace(plan.task(1), duration_minutes=5 * _DAY))
    return plan


_MIA = f"task 2 'B', worked by 'Mia Roth': calendar 'Mia Roth' {_AFTER}"
_CONTRACT = (
    "task 1 'Build': its calendar 'Contract' and the calendar 'Office' of 'Ana' "
    "share no working time after 2026-03-19"
)


def _refusal(plan: Plan) -> str:
    with pytest.raises(PlanError) as refused:
        schedule(plan)
    return str(refused.value)


# ---------------------------------------------------------------- the scheduler


def test_s18bl_the_task_that_runs_past_is_named_not_the_first_on_the_calendar():
    assert _refusal(_two_leavers()) == _MIA


def test_s18bl_the_first_task_is_named_when_it_is_the_one_that_runs_past():
    assert _refusal(_two_leavers(b_days=1, c_days=20)) == (
        f"task 1 'C', worked by 'Jonas Weber': calendar 'Jonas Weber' {_AFTER}"
    )


def test_s18bl_a_plan_scheduled_after_another_names_its_own_calendars():
    fine = _two_leavers(b_days=2)  # built the leavers' working time under 'Jonas Weber'
    schedule(fine)
    assert _refusal(_contract_plan()) == _CONTRACT
    # and the other way round: 'Contract' built it, Jonas's and Mia's plan names theirs
    assert _refusal(_two_leavers()) == _MIA


def test_s18bl_people_on_identical_calendars_of_one_task_are_named_each():
    plan = _two_leavers(b_days=20)
    plan.add_assignment(Assignment(3, 2, 1, 1.0, 20 * _DAY))  # Jonas on B as well
    assert _refusal(plan) == (
        "task 2 'B', worked by 'Mia Roth' and 'Jonas Weber': calendars 'Mia Roth' and "
        f"'Jonas Weber' {_AFTER.replace('has', 'have')}"
    )


def test_s18bl_of_people_on_different_calendars_the_one_whose_work_runs_past_is_named():
    """Ana (the project's calendar) joins Mia on B: each runs her own span on her own
    calendar, and only Mia's reaches past her last day."""
    plan = _two_leavers(b_days=20)
    plan.add_resource(Resource(3, "Ana"))
    plan.add_assignment(Assignment(3, 2, 3, 1.0, 20 * _DAY))
    assert _refusal(plan) == _MIA


# ---------------------------------------------------------------- an edit, a drag, the clock


def test_s18bl_an_edit_names_the_successor_it_pushes_past_the_last_day(qtbot):
    """C lengthened to 5 days pushes B (after it, 10 days) past Mia's last day: B is named,
    not C (edited) nor the first task on the shared calendar."""
    plan = _two_leavers(b_days=10)
    plan.add_link(Link(1, 2))
    doc = Document(plan)
    with pytest.raises(PlanError) as refused:
        execute(doc, EditTaskCommand(doc, 1, "Longer", duration_minutes=5 * _DAY))
    assert str(refused.value) == f"task 2 'B', worked by 'Mia Roth': calendar 'Mia Roth' {_AFTER}"
    assert plan.task(1).duration_minutes == _DAY


def test_s18bl_an_edit_after_another_plan_names_this_plans_calendars(qtbot):
    schedule(_two_leavers(b_days=2))
    plan = _short_contract()
    doc = Document(plan)
    with pytest.raises(PlanError) as refused:
        execute(doc, EditTaskCommand(doc, 1, "Longer", duration_minutes=20 * _DAY))
    assert str(refused.value) == _CONTRACT


def test_s18bl_the_task_clock_names_this_plans_calendar():
    schedule(_two_leavers(b_days=2))
    plan = _short_contract()
    schedule(plan)
    with pytest.raises(PlanError) as refused:
        TaskClock.of(plan, 1).finish(_MON, 20 * _DAY)
    assert str(refused.value) == _CONTRACT


def test_s18bl_a_bar_dragged_past_the_last_day_names_its_task_and_person(open_window, qtbot):  # noqa: F811
    """The chart's plan opened after another: 'Contract' built the leavers' working time."""
    schedule(_short_contract())
    win = open_window(_two_leavers(b_days=5))
    doc = win.document
    shown = _drag(qtbot, win.gantt, 2, "middle", 14)  # Mon 16 March: 5 days reach past Thu 19
    said = f"task 2 'B', worked by 'Mia Roth': calendar 'Mia Roth' {_AFTER}"
    assert shown[-1] == sentence(said)  # the drag box writes it as the status bar does
    assert win.statusBar().currentMessage().startswith(sentence(said))
    assert doc.undo_stack.count() == 0


# ---------------------------------------------------------------- the command line


def test_s18bl_the_command_line_names_each_files_own(tmp_path, capsys):
    """Two files read by one process (as the tests' and a script's calls to main are)."""
    leavers, contract = tmp_path / "leavers.xml", tmp_path / "contract.xml"
    write_plan(_two_leavers(), leavers)
    write_plan(_contract_plan(), contract)
    for path, line in ((leavers, _MIA), (contract, _CONTRACT), (leavers, _MIA)):
        assert main(["schedule", str(path), "--json"]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.splitlines() == [f"gantry: {path.name}: {line}"]
