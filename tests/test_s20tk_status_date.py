"""Project > Status Date says what it set and takes NA; a Reschedule with nothing to move says so.

Before, Status Date left the status bar on the previous message ("Baseline saved") and could
not clear the date (MS Project takes NA); a Reschedule uncompleted work that moved nothing
said "Nothing to update through <date>", the words of the other choice.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.project_menu import NA, StatusDateDialog, UpdateProjectDialog, UpdateRequest
from app.ui.settings import Settings

MON = datetime(2027, 1, 4, 8, 0)
FRI = date(2027, 1, 22)


@pytest.fixture
def window(tmp_path, qtbot):
    plan = Plan(project=Project(name="Status", start=MON))
    plan.append_task(Task(1, "Later", 1, duration_minutes=480, percent_complete=0.0))
    path = tmp_path / "status.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _answer(monkeypatch, answer):
    monkeypatch.setattr(StatusDateDialog, "ask", classmethod(lambda cls, p, day: answer))


def _message(window) -> str:
    return window.statusBar().currentMessage()


def test_s20tk_status_date_is_said_in_the_status_bar(window, monkeypatch):
    window.statusBar().showMessage("Baseline saved")
    _answer(monkeypatch, FRI)
    window.action_collection["status_date"].trigger()
    assert window.document.plan.project.status_date == datetime(2027, 1, 22, 17, 0)
    assert _message(window) == "Status date set to Fri 2027-01-22"
    window.action_collection["status_date"].trigger()  # the same again: no step, still said
    assert window.document.undo_stack.count() == 1
    assert _message(window) == "Status date unchanged: Fri 2027-01-22"


def test_s20tk_na_clears_the_status_date_as_one_step(window, monkeypatch):
    doc = window.document
    _answer(monkeypatch, FRI)
    window.action_collection["status_date"].trigger()
    _answer(monkeypatch, NA)
    window.action_collection["status_date"].trigger()
    assert doc.plan.project.status_date is None
    assert _message(window).startswith("Status date set to NA")
    assert doc.undo_stack.undoText() == "Clear status date"
    doc.undo_stack.undo()
    assert doc.plan.project.status_date == datetime(2027, 1, 22, 17, 0)
    doc.undo_stack.redo()
    window.action_collection["status_date"].trigger()  # NA again: nothing to undo
    assert doc.undo_stack.count() == 2
    assert _message(window).startswith("Status date unchanged: NA")


def test_s20tk_dialog_na_box_turns_the_date_off(qapp):
    dialog = StatusDateDialog(FRI)
    assert dialog.answer() == FRI
    dialog.na.setChecked(True)
    assert not dialog.day.isEnabled()
    assert dialog.answer() == NA
    dialog.grab().save("/tmp/s20tk_status_date.png")


def test_s20tk_reschedule_with_nothing_to_move_says_what_was_asked(window, monkeypatch):
    for request, said in (
        (UpdateRequest(date(2027, 1, 1), reschedule=True), "No uncompleted work to move after"),
        (UpdateRequest(date(2027, 1, 1)), "Nothing to update through"),
    ):
        monkeypatch.setattr(
            UpdateProjectDialog, "ask", classmethod(lambda cls, p, d, s, r=request: r)
        )
        window.action_collection["update_project"].trigger()
        assert _message(window) == f"{said} 2027-01-01"
    assert window.document.undo_stack.count() == 0
