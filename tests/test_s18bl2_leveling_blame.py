"""Leveling's calendar errors name the task and this plan's calendar.

Calendars of the same days share one cached working time across the plans a process
opens, its name the first one's. The scheduler's errors named the task and this plan's
calendars (tests/test_s18bl_calendar_blame.py), but leveling's did not: a leaver's task
delayed past her last day gave "calendar 'Contract' has no working time after ..." (the
name of a plan opened earlier), naming no task, in the window and from ``gantry level``.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.cli import main
from app.domain.errors import PlanError
from app.domain.leveling import level
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.ui.document import Document
from app.ui.project_menu import level_resources as project_level_resources
from app.ui.status_said import sentence
from app.ui.team.leveling_actions import level_resources
from app.ui.team.view import TeamView
from tests.test_s18bl_calendar_blame import _AFTER, _DAY, _MON, _leaver_calendar, _short_contract
from tests.test_s18dr_leaver_drag import open_window  # noqa: F401 (a fixture)

_REVIEW = f"task 2 'Review', worked by 'Mia Roth': calendar 'Mia Roth' {_AFTER}"


def _leveled_leaver() -> Plan:
    """Mia (last day Thu 19 March) on Design (10 days from Mon 2 March) and Review (5 days,
    with slack): leveling puts Review after Design, Mon 16 March, past her last day."""
    plan = Plan(project=Project(name="Leveled", start=_MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=10 * _DAY))
    plan.append_task(Task(2, "Review", 1, duration_minutes=5 * _DAY))
    plan.put_calendar(_leaver_calendar(10, "Mia Roth"))
    plan.add_resource(Resource(1, "Mia Roth", calendar_uid=10))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * _DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * _DAY))
    return plan


@pytest.fixture
def another_plan_first() -> None:
    """A plan opened before, whose 'Contract' calendar has the leaver's days (the shared
    working time is named after the first calendar that built it)."""
    schedule(_short_contract())


def _delays(plan: Plan) -> list[int]:
    return [t.leveling_delay_minutes for t in plan.tasks]


# ---------------------------------------------------------------- leveling


def test_s18bl2_leveling_names_the_task_it_delays_past_the_last_day(another_plan_first):
    plan = _leveled_leaver()
    with pytest.raises(PlanError) as refused:
        level(plan, schedule(plan))
    assert str(refused.value) == _REVIEW


def test_s18bl2_leveling_on_the_windows_network_names_the_task(another_plan_first):
    doc = Document(_leveled_leaver())
    assert doc.network is not None
    with pytest.raises(PlanError) as refused:
        level(doc.plan, doc.schedule, network=doc.network)
    assert str(refused.value) == _REVIEW


@pytest.mark.parametrize("background_from", [10_000, 1], ids=["gui-thread", "worker"])
def test_s18bl2_team_views_level_says_it_in_a_message_and_changes_nothing(
    qtbot, another_plan_first, background_from
):
    view = TeamView(Document(_leveled_leaver()))
    qtbot.addWidget(view)
    view.background_from = background_from
    said: list[str] = []
    view.message = lambda _parent, text: said.append(text)
    view.level_resources()
    assert said == [_REVIEW]
    assert _delays(view.document.plan) == [0, 0]
    assert view.document.undo_stack.count() == 0


def test_s18bl2_project_level_resources_says_it_in_the_status_bar(open_window, another_plan_first):  # noqa: F811
    win = open_window(_leveled_leaver())
    project_level_resources(win)
    assert win.statusBar().currentMessage() == sentence(_REVIEW)
    assert _delays(win.document.plan) == [0, 0]
    assert win.document.undo_stack.count() == 0


def test_s18bl2_level_resources_raises_it_named(qtbot, another_plan_first):
    parent = QWidget()
    qtbot.addWidget(parent)
    doc = Document(_leveled_leaver())
    with pytest.raises(PlanError) as refused:
        level_resources(doc, parent)
    assert str(refused.value) == _REVIEW


def test_s18bl2_gantry_level_one_line_exit_1_nothing_written(tmp_path, capsys):
    """The other plan is read by the same process first, as a script's calls to main are."""
    contract, leaver = tmp_path / "contract.xml", tmp_path / "leaver.xml"
    write_plan(_short_contract(), contract)
    write_plan(_leveled_leaver(), leaver)
    assert main(["schedule", str(contract), "--json"]) == 0
    capsys.readouterr()
    written = leaver.read_bytes()
    out = tmp_path / "leveled.xml"
    assert main(["level", str(leaver), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"gantry: leaver.xml: {_REVIEW}"]  # as schedule's
    assert not out.exists()
    assert leaver.read_bytes() == written
    assert _delays(read_plan(leaver)) == [0, 0]
