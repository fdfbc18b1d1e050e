"""Tasks pasted into another plan say what they could not bring along.

Building a second plan from a phase of the first, as in MS Project (copy the rows,
paste them into the other project), 10 tasks pasted with "Pasted 10 tasks" and
nothing else, though their people (Bob, Dan) and a task's 4x10 calendar were not
in the other plan and so were left out: 3 assignments gone without a word. The
status bar now names what was left out, so the PM adds them to the team first.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

START = datetime(2026, 3, 2, 8, 0)


def _source() -> Plan:
    plan = Plan(project=Project(name="Source", start=START))
    plan.put_calendar(Calendar(2, "4x10", week=(((420, 1050),),) * 4 + ((),) * 3))
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Backend", 2, duration_minutes=5 * 480))
    plan.append_task(Task(3, "Night build", 2, duration_minutes=2 * 480, calendar_uid=2))
    for uid, name in ((1, "Ann"), (2, "Bob"), (3, "Dan")):
        plan.add_resource(Resource(uid, name))
    plan.add_assignment(Assignment(1, 2, 1, work_minutes=5 * 480))  # Ann
    plan.add_assignment(Assignment(2, 2, 2, work_minutes=5 * 480))  # Bob
    plan.add_assignment(Assignment(3, 3, 3, work_minutes=2 * 480))  # Dan
    return plan


def _target(with_people: bool) -> Plan:
    plan = Plan(project=Project(name="Target", start=START))
    plan.add_resource(Resource(7, "ann"))  # the same person by name
    if with_people:
        plan.add_resource(Resource(8, "Bob"))
        plan.add_resource(Resource(9, "Dan"))
        plan.put_calendar(Calendar(5, "4X10", week=(((420, 1050),),) * 4 + ((),) * 3))
    return plan


@pytest.fixture
def windows(qtbot, tmp_path, monkeypatch):
    # s26tp asks whether to bring the missing people; these tests paste without them
    monkeypatch.setattr(MainWindow, "ask_bring_people", classmethod(lambda *_a: False))

    def make(target: Plan) -> tuple[MainWindow, MainWindow]:
        settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
        session = Session(Settings(settings))
        source = MainWindow(Document(_source()), session)
        other = MainWindow(Document(target), session)
        for window in (source, other):
            qtbot.addWidget(window)
        return source, other

    return make


def _copy_build_and_paste(source: MainWindow, other: MainWindow) -> str:
    source.tree.select_uids([1])
    source.copy_tasks()
    other.tree.setCurrentIndex(other.model.blank_index())
    other.paste_tasks()
    return other.statusBar().currentMessage()


def test_people_and_calendars_the_other_plan_lacks_are_named(windows):
    source, other = windows(_target(with_people=False))
    said = _copy_build_and_paste(source, other)
    plan = other.document.plan
    assert len(plan.tasks) == 3
    assert [a.resource_uid for a in plan.assignments] == [7]  # Ann came along as 'ann'
    assert said.startswith("Pasted 3 tasks")
    assert "2 assignments of Bob, Dan" in said
    assert "calendar '4x10'" in said


def test_nothing_is_said_when_everything_came_along(windows):
    source, other = windows(_target(with_people=True))
    said = _copy_build_and_paste(source, other)
    assert said == "Pasted 3 tasks"
    assert len(other.document.plan.assignments) == 3


def test_pasting_back_into_the_same_plan_says_nothing_more(windows):
    source, _other = windows(_target(with_people=False))
    source.tree.select_uids([1])
    source.copy_tasks()
    source.tree.setCurrentIndex(source.model.blank_index())
    source.paste_tasks()
    assert source.statusBar().currentMessage() == "Pasted 3 tasks"
    assert len(source.document.plan.assignments) == 6
