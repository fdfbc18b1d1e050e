"""Changing a recurring task's pattern remakes its occurrences only.

A PM indented the Go-live milestone under a recurring sync (one row too far),
then changed the meeting's length: Go-live was deleted with its links,
as if it were an old occurrence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.recurrence_tasks import TaskRecurrence
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog, edit_recurring_task
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

SYNC = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=3), date(2026, 3, 2), duration_minutes=60
)


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = Session(Settings()).open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def _answer(monkeypatch, rec):
    monkeypatch.setattr(
        RecurringTaskDialog, "ask", classmethod(lambda cls, parent, plan, n, r: ("Sync", rec))
    )


def test_a_task_indented_under_a_recurring_task_survives_a_pattern_change(window, monkeypatch):
    doc = window.document
    plan = doc.plan
    _answer(monkeypatch, SYNC)
    window.tree.select_uids([7])
    window.action_collection["recurring_task"].trigger()
    uid = next(iter(plan.recurrences))
    window.tree.select_uids([7])
    window.action_collection["indent_task"].trigger()  # Go-live now under Sync
    assert 7 in {t.uid for t in plan.children(uid)}
    links_before = list(plan.links)

    _answer(
        monkeypatch,
        replace(SYNC, duration_minutes=90, pattern=replace(SYNC.pattern, occurrences=4)),
    )
    edit_recurring_task(window, uid)
    children = plan.children(uid)
    assert [t.name for t in children] == ["Sync 1", "Sync 2", "Sync 3", "Sync 4", "Go-live"]
    assert {t.duration_minutes for t in children[:4]} == {90}
    assert plan.task(7).milestone
    assert list(plan.links) == links_before

    doc.undo_stack.undo()
    assert [t.name for t in plan.children(uid)] == ["Sync 1", "Sync 2", "Sync 3", "Go-live"]
    assert list(plan.links) == links_before
    doc.undo_stack.redo()
    assert [t.name for t in plan.children(uid)][-1] == "Go-live"
