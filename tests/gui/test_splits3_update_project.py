"""Project > Update Project > Reschedule uncompleted work splits a task under way, in one step."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest

from app.assets import resource_path
from app.domain.splits import TaskClocks
from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.project_menu import StatusDateDialog, UpdateProjectDialog, UpdateRequest
from tests.gui.conftest import build_plan


def _open(session, qtbot, path):
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _state(doc):
    """What Update Project may change, per task, and where the schedule puts each."""
    return {
        t.uid: (t.percent_complete, t.splits, t.constraint_type, t.constraint_date)
        for t in doc.plan.tasks
    }, {uid: (tt.start, tt.finish) for uid, tt in doc.schedule.times.items()}


def _answer(monkeypatch, request):
    seen = {}

    def ask(cls, parent, day, has_selection):
        seen["day"] = day
        return request(day)

    monkeypatch.setattr(UpdateProjectDialog, "ask", classmethod(ask))
    return seen


def test_sample_code_under_way_resumes_after_the_date(session, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = _open(session, qtbot, path)
    doc = window.document
    _answer(monkeypatch, lambda day: UpdateRequest(date(2026, 3, 9)))
    window.action_collection["update_project"].trigger()  # Code: Fri and Mon done, 40 %
    assert doc.plan.task(5).percent_complete == 40
    before = _state(doc)
    _answer(monkeypatch, lambda day: UpdateRequest(date(2026, 3, 11), reschedule=True))
    window.action_collection["update_project"].trigger()
    code = doc.plan.task(5)
    assert code.splits  # paused Tue and Wed
    assert code.constraint_type is ConstraintType.ASAP
    parts = TaskClocks(doc.plan).parts(code, doc.schedule[5])
    assert parts[0] == (datetime(2026, 3, 6, 8), datetime(2026, 3, 9, 17))
    assert parts[1][0] == datetime(2026, 3, 12, 8)
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 17)  # Thu, Fri, Mon
    assert doc.schedule[6].start == datetime(2026, 3, 17, 8)  # Test follows
    assert "split" in window.statusBar().currentMessage()
    after = _state(doc)
    assert doc.undo_stack.undoText() == "Reschedule uncompleted work after 2026-03-11"
    doc.undo_stack.undo()
    assert _state(doc) == before
    doc.undo_stack.redo()
    assert _state(doc) == after


def test_demo_with_a_status_date(session, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    window = _open(session, qtbot, path)
    doc = window.document
    monkeypatch.setattr(StatusDateDialog, "ask", classmethod(lambda cls, p, day: date(2027, 1, 12)))
    window.action_collection["status_date"].trigger()
    # Progress as planned through Friday 8th: Stakeholder interviews (Thu 7th-Wed 13th) 40 %.
    _answer(monkeypatch, lambda day: UpdateRequest(date(2027, 1, 8)))
    window.action_collection["update_project"].trigger()
    interviews = 4
    assert doc.plan.task(interviews).percent_complete == 40
    before = _state(doc)
    steps = doc.undo_stack.count()
    seen = _answer(monkeypatch, lambda day: UpdateRequest(day, reschedule=True))
    window.action_collection["update_project"].trigger()
    assert seen["day"] == date(2027, 1, 12)  # the dialog opened on the status date
    assert doc.undo_stack.count() == steps + 1  # splits and moves: one step
    task = doc.plan.task(interviews)
    parts = TaskClocks(doc.plan).parts(task, doc.schedule[interviews])
    assert parts[0] == (datetime(2027, 1, 7, 8), datetime(2027, 1, 8, 17))
    assert parts[1][0] == datetime(2027, 1, 13, 8)  # after the status date
    assert doc.schedule[interviews].finish == datetime(2027, 1, 15, 17)
    # Work not started that was due by then moves after it too, in the same step.
    mapping = doc.plan.task(5)  # As-is process mapping, due Mon 11th
    assert mapping.constraint_type is ConstraintType.SNET
    assert doc.schedule[5].start == datetime(2027, 1, 13, 8)
    # Only the task under way is split.
    for t in doc.plan.tasks:
        if t.splits and t.uid != interviews:
            pytest.fail(f"{t.name} was split")
    after = _state(doc)
    doc.undo_stack.undo()
    assert _state(doc) == before
    doc.undo_stack.redo()
    assert _state(doc) == after
