"""Project Information's "Tasks will always honor their constraint dates" (MS Project's
File > Options > Schedule): unticked, a task's links win over its Must Start On date; one
undoable step; a plan read from a client's file with the option off shows it unticked."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.dialogs.project_dialog import ProjectDialog
from tests.gui.conftest import build_plan

EARLY = datetime(2026, 3, 3, 8, 0)  # before Review (Specs 3d, Review 1d) lets Code start


def _window(session, qtbot, tmp_path):
    plan = build_plan()
    code = plan.task(5)
    plan.update_task(replace(code, constraint_type=ConstraintType.MSO, constraint_date=EARLY))
    path = tmp_path / "honor.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    return win


def test_unticking_lets_the_links_win_and_undo_puts_it_back(session, qtbot, tmp_path):
    win = _window(session, qtbot, tmp_path)
    doc = win.document
    assert doc.schedule[5].start == EARLY
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.honor_constraints.isChecked()
    assert dialog.honor_constraints.text() == "Tasks will always honor their constraint dates"
    count = doc.undo_stack.count()
    dialog.honor_constraints.setChecked(False)
    dialog.accept()
    assert dialog.error.text() == ""
    assert doc.plan.project.honor_constraints is False
    assert doc.undo_stack.count() == count + 1
    assert doc.schedule[5].start == datetime(2026, 3, 6, 8, 0)  # after Review
    assert doc.schedule[5].start >= doc.schedule[3].finish
    assert any("misses its 'must start on' date" in i.message for i in doc.schedule.issues)
    doc.undo_stack.undo()
    assert doc.plan.project.honor_constraints is True
    assert doc.schedule[5].start == EARLY
    doc.undo_stack.redo()
    assert doc.schedule[5].start == datetime(2026, 3, 6, 8, 0)


def test_a_plan_with_the_option_off_shows_it_unticked(session, qtbot, tmp_path):
    win = _window(session, qtbot, tmp_path)
    doc = win.document
    doc.plan.set_project(replace(doc.plan.project, honor_constraints=False))
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert not dialog.honor_constraints.isChecked()


def test_a_client_file_opened_keeps_the_option_off_when_reopened(
    session, qtbot, tmp_path, monkeypatch, shared_data
):
    from app.store.document import read_plan
    from app.ui.app import Session

    target = tmp_path / "client.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(next(shared_data.rglob("mspdirelations.xml")))
    assert win is not None
    qtbot.addWidget(win)
    assert win.document.plan.project.honor_constraints is False
    win.close()
    assert read_plan(target).project.honor_constraints is False
