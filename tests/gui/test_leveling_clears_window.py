"""Project > Level Resources says in one line who stays over-allocated and why,
and clears everyone else, tasks on other calendars included."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana: a 24 h 'Night run' beside 'Report'. Ben: two started tasks at once."""
    plan = Plan(project=Project(start=MON))
    plan.calendars[2] = Calendar(uid=2, name="24h", week=(((0, 1440),),) * 7)
    plan.append_task(Task(1, "Night run", duration_minutes=3 * 1440, calendar_uid=2))
    plan.append_task(Task(2, "Report", duration_minutes=DAY))
    for uid, name in ((3, "Pour"), (4, "Cure")):
        task = Task(uid, name, duration_minutes=2 * DAY)
        plan.append_task(replace(task, actual_start=MON, percent_complete=20.0))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for k, (task, person) in enumerate(((1, 1), (2, 1), (3, 2), (4, 2)), start=1):
        plan.add_assignment(Assignment(k, task, person, 1.0, plan.task(task).duration_minutes))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    session = Session(Settings())
    path = tmp_path / "night.gantry"
    GantryFile.create(path, _plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_level_resources_clears_ana_and_says_why_ben_stays(window):
    doc = window.document
    assert overallocated_resources(doc.plan, doc.schedule) == {1, 2}
    window.action_collection["level_resources"].trigger()
    assert overallocated_resources(doc.plan, doc.schedule) == {2}
    text = window.statusBar().currentMessage()
    assert "\n" not in text
    assert "Still over-allocated: Ben." in text
    # Leveling paused 'Cure''s work left: what stays is Monday's work done on both.
    assert (
        "Gantry cannot resolve the overallocation of Ben on Mon 2026-01-05 08:00: 'Cure' has "
        "work done then, and 'Pour' holds Ben then (work done)."
    ) in text
    assert "Ana" not in text.split("Still over-allocated:")[1]
    doc.undo_stack.undo()
    assert overallocated_resources(doc.plan, doc.schedule) == {1, 2}
