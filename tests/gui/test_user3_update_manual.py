"""Update Project on a plan with manually scheduled tasks says why they did not move.

Found by driving the window on schedule-conflict.xml (MS Project, every task manual):
Project > Update Project through the finish said only "Nothing to update", as if the
plan had no work due.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.commands import EditTaskCommand, execute
from app.ui.project_menu import UpdateProjectDialog, UpdateRequest
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

FRIDAY_13 = date(2026, 3, 13)  # Specs, Review and Code due; Test not started


def _with_manual(plan, uid):
    task = plan.task(uid)
    plan.update_task(
        replace(
            task,
            manual=True,
            start=datetime(2026, 3, 2, 8, 0),
            finish=datetime(2026, 3, 3, 17, 0),
        )
    )


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    for uid in (2, 3, 5, 6):  # every leaf task but the milestone is manual
        _with_manual(plan, uid)
    plan.remove_tasks([7])
    path = tmp_path / "manual.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _update(window, monkeypatch, request):
    monkeypatch.setattr(UpdateProjectDialog, "ask", classmethod(lambda cls, p, d, s: request))
    window.action_collection["update_project"].trigger()
    return window.statusBar().currentMessage()


def test_nothing_updated_names_the_manual_tasks_left_alone(window, monkeypatch):
    doc = window.document
    message = _update(window, monkeypatch, UpdateRequest(FRIDAY_13))
    assert doc.undo_stack.count() == 0
    assert all(t.percent_complete == 0 for t in doc.plan.tasks)
    assert message.startswith("Nothing to update through 2026-03-13")
    assert "4 manually scheduled tasks" in message


def test_an_update_also_counts_the_manual_tasks_it_left(window, monkeypatch):
    doc = window.document
    execute(doc, EditTaskCommand(doc, 6, "Make 'Test' automatic", manual=False))
    message = _update(window, monkeypatch, UpdateRequest(FRIDAY_13))
    assert doc.plan.task(6).percent_complete == 100.0
    assert message.startswith("Updated 1 task; ")
    assert "3 manually scheduled tasks" in message


def test_reschedule_with_only_manual_tasks_due_says_so_too(window, monkeypatch):
    message = _update(window, monkeypatch, UpdateRequest(FRIDAY_13, reschedule=True))
    assert message.startswith("No uncompleted work to move after 2026-03-13")
    assert "manually scheduled" in message
