"""Small things a new user tripped on: Enter cancelled an export (Cancel was the progress
box's default button), Resource > Remove Person stayed on with nobody on the team, and an
open error read "notes.txt: is a text file…" with a stray colon."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.app import Session
from app.ui.dialogs.said_plainly import plainly
from app.ui.document import Document
from app.ui.progress_box import progress_box

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def test_s23ay_enter_does_not_cancel_the_progress_box(qtbot):
    dialog = progress_box("Exporting…", 0, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Cancel"]
    assert not buttons[0].isDefault()
    assert not buttons[0].autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.wasCanceled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape still cancels
    assert dialog.wasCanceled()


def test_s23ay_open_errors_read_as_sentences(monkeypatch, tmp_path):
    assert (
        plainly("notes.txt: is a text file, not a plan") == "notes.txt is a text file, not a plan"
    )
    assert plainly("my notes.txt: is a text file") == "my notes.txt is a text file"
    assert plainly("plan.xml: row 3: bad date") == "plan.xml: row 3: bad date"  # kept
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\nworld\n")
    session = Session.__new__(Session)  # show_error is a classmethod: no session needed
    session.show_error(None, f"{notes.name}: is a text file, not a plan Gantry reads")
    assert said == ["notes.txt is a text file, not a plan Gantry reads"]


def _window(session, qtbot, plan: Plan | None = None, tmp_path=None):
    if plan is None:  # the demo: a team of eight
        path = tmp_path / "demo.gantry"
        shutil.copy(DEMO, path)
        window = session.open_path(path)
    else:
        window = session.open_document(Document(plan))
    qtbot.addWidget(window)
    return window


def test_s23ay_remove_person_greyed_on_an_empty_team(session, qtbot, tmp_path):
    empty = _window(session, qtbot, Plan(project=Project(name="Empty")))
    remove = empty.action_collection["resource_remove_person"]
    empty.show_view("team")
    assert not remove.isEnabled()
    assert "no one to remove" in remove.toolTip()
    assert not empty.views["team"].actions_by_id["team_remove_person"].isEnabled()
    staffed = _window(session, qtbot, tmp_path=tmp_path)
    staffed.show_view("team")
    assert staffed.action_collection["resource_remove_person"].isEnabled()
    assert staffed.views["team"].actions_by_id["team_remove_person"].isEnabled()


def test_s23ay_remove_person_greys_when_the_last_one_goes(session, qtbot, tmp_path):
    window = _window(session, qtbot, tmp_path=tmp_path)
    window.show_view("team")
    team = window.views["team"]
    team.confirm = lambda *_: True
    while window.document.plan.resources:
        team.select(window.document.plan.resources[0].uid)
        team.remove_selected()
    assert not team.actions_by_id["team_remove_person"].isEnabled()
    assert not window.action_collection["resource_remove_person"].isEnabled()
    window.document.undo_stack.undo()
    assert team.actions_by_id["team_remove_person"].isEnabled()
    assert window.action_collection["resource_remove_person"].isEnabled()
