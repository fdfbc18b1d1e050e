"""Changing a recurring meeting's pattern keeps the people on its occurrences.

A PM put Ana and Ben on every weekly sync, then moved the meeting from
Wednesday to Thursday in Recurring Task Information: the new occurrences had
nobody on them (and the Usage view lost the meeting hours).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.recurring_dialog import RecurringTaskDialog, edit_recurring_task
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

WEDNESDAYS = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4),
    date(2026, 3, 2),
    duration_minutes=60,
)


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    win = Session(Settings()).open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def _answer(monkeypatch, name, rec):
    monkeypatch.setattr(
        RecurringTaskDialog, "ask", classmethod(lambda cls, parent, plan, n, r: (name, rec))
    )


def _staffed_meeting(window, monkeypatch):
    _answer(monkeypatch, "Weekly sync", WEDNESDAYS)
    window.tree.select_uids([7])
    window.action_collection["recurring_task"].trigger()
    plan = window.document.plan
    uid = next(iter(plan.recurrences))
    with plan.batch():
        next_uid = plan.next_assignment_uid()
        for k, task in enumerate(plan.children(uid)):
            plan.add_assignment(Assignment(next_uid + 2 * k, task.uid, 1, 1.0, 60))
            plan.add_assignment(Assignment(next_uid + 2 * k + 1, task.uid, 2, 0.5, 30))
    return uid


def _people(plan, uid):
    return [
        sorted((a.resource_uid, a.units, a.work_minutes) for a in plan.assignments_of_task(t.uid))
        for t in plan.children(uid)
    ]


def test_a_changed_pattern_keeps_the_people_on_every_occurrence(window, monkeypatch):
    doc = window.document
    plan = doc.plan
    uid = _staffed_meeting(window, monkeypatch)
    before = _people(plan, uid)
    assert before == [[(1, 1.0, 60), (2, 0.5, 30)]] * 4
    thursdays = replace(
        WEDNESDAYS, pattern=replace(WEDNESDAYS.pattern, weekdays=(3,), occurrences=5)
    )
    _answer(monkeypatch, "Weekly sync", thursdays)
    edit_recurring_task(window, uid)
    assert [doc.schedule[t.uid].start.weekday() for t in plan.children(uid)] == [3] * 5
    assert _people(plan, uid) == [[(1, 1.0, 60), (2, 0.5, 30)]] * 5
    assert len({a.uid for a in plan.assignments}) == len(plan.assignments)

    doc.undo_stack.undo()
    assert _people(plan, uid) == before
    doc.undo_stack.redo()
    assert _people(plan, uid) == [[(1, 1.0, 60), (2, 0.5, 30)]] * 5


def test_a_longer_meeting_books_the_longer_work(window, monkeypatch):
    plan = window.document.plan
    uid = _staffed_meeting(window, monkeypatch)
    _answer(monkeypatch, "Weekly sync", replace(WEDNESDAYS, duration_minutes=120))
    edit_recurring_task(window, uid)
    assert _people(plan, uid) == [[(1, 1.0, 120), (2, 0.5, 60)]] * 4


def test_someone_on_only_some_occurrences_is_not_spread_to_all(window, monkeypatch):
    plan = window.document.plan
    uid = _staffed_meeting(window, monkeypatch)
    first = plan.children(uid)[0]
    guest = plan.next_assignment_uid()
    plan.add_resource(Resource(3, "Guest"))
    plan.add_assignment(Assignment(guest, first.uid, 3, 1.0, 60))
    _answer(monkeypatch, "Weekly sync", replace(WEDNESDAYS, duration_minutes=90))
    edit_recurring_task(window, uid)
    # the guest stays on the meeting of that day only (its date is still one of the pattern's)
    assert [3 in {r for r, _u, _w in p} for p in _people(plan, uid)] == [True, False, False, False]
    assert _people(plan, uid)[1:] == [[(1, 1.0, 90), (2, 0.5, 45)]] * 3
