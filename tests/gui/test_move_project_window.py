"""Project > Move Project… on the real window: one undo step, the file follows, the dialog warns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.dialogs.move_project_dialog import MoveProjectDialog, MoveRequest
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    plan = build_plan()  # starts Monday 2026-03-02
    plan.update_task(
        replace(
            plan.task(6),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 20, 8),
            deadline=datetime(2026, 3, 27, 17),
        )
    )
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _dates(doc):
    return {t.name: (doc.schedule[t.uid].start, doc.schedule[t.uid].finish) for t in doc.plan.tasks}


def _ask(monkeypatch, request, seen=None):
    def fake(cls, parent, current, with_progress):
        if seen is not None:
            seen.append((current, with_progress))
        return request

    monkeypatch.setattr(MoveProjectDialog, "ask", classmethod(fake))


def test_move_project_shifts_everything_in_one_undo_step(window, monkeypatch):
    doc = window.document
    before = _dates(doc)
    seen = []
    _ask(monkeypatch, MoveRequest(date(2026, 4, 6)), seen)  # five weeks later
    window.action_collection["move_project"].trigger()
    assert seen == [(datetime(2026, 3, 2, 8), 0)]
    assert doc.plan.project.start == datetime(2026, 4, 6, 8)
    test = doc.plan.task(6)
    assert test.constraint_date == datetime(2026, 4, 24, 8)
    assert test.deadline == datetime(2026, 5, 1, 17)
    after = _dates(doc)
    for name, (start, finish) in before.items():
        assert (after[name][0] - start).days == 35, name
        assert (after[name][1] - finish).days == 35, name
    assert "2026-04-06" in window.statusBar().currentMessage()
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Move project to 2026-04-06"

    doc.undo_stack.undo()
    assert doc.plan.project.start == datetime(2026, 3, 2, 8)
    assert doc.plan.task(6).constraint_date == datetime(2026, 3, 20, 8)
    assert _dates(doc) == before
    doc.undo_stack.redo()
    assert _dates(doc) == after


def test_the_move_is_in_the_file_when_it_is_opened_again(window, monkeypatch, tmp_path):
    _ask(monkeypatch, MoveRequest(date(2026, 3, 9), move_deadlines=False))
    window.action_collection["move_project"].trigger()
    path = window.document.path
    window.close()
    plan = GantryFile.open(path, read_only=True).plan
    assert plan.project.start == datetime(2026, 3, 9, 8)
    assert plan.task(6).constraint_date == datetime(2026, 3, 27, 8)
    assert plan.task(6).deadline == datetime(2026, 3, 27, 17)  # left alone


def test_the_same_start_makes_no_undo_step(window, monkeypatch):
    _ask(monkeypatch, MoveRequest(date(2026, 3, 2)))
    window.action_collection["move_project"].trigger()
    assert window.document.undo_stack.count() == 0
    assert "already starts" in window.statusBar().currentMessage()


def test_the_dialog_warns_about_tasks_with_progress(qtbot):
    dialog = MoveProjectDialog(datetime(2026, 3, 2, 8), 2)
    qtbot.addWidget(dialog)
    assert not dialog.progress.isHidden()
    assert "2 tasks have progress" in dialog.progress.text()
    assert dialog.move_deadlines.isChecked()
    dialog.move_deadlines.setChecked(False)
    dialog.day.setDate(dialog.day.date().addDays(7))
    assert dialog.request() == MoveRequest(date(2026, 3, 9), False)
    quiet = MoveProjectDialog(datetime(2026, 3, 2, 8), 0)
    qtbot.addWidget(quiet)
    assert quiet.progress.isHidden()
