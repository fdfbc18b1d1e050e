"""Reschedule uncompleted work takes back an Actual Start typed on a task left at 0 % (MS
Project moves a task with no actual work recorded whole after the date): the window's status
bar line and undo text, and ``gantry update --reschedule``'s line, say how many typed actual
starts were dropped, so no typed date goes without a word."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking import dropped_actual_starts, reschedule_uncompleted
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.project_menu import UpdateProjectDialog, UpdateRequest
from app.ui.settings import Settings

MON = datetime(2026, 1, 5, 8)
TUE = datetime(2026, 1, 6, 8)
WED_EVENING = datetime(2026, 1, 7, 17)
DAY = 480
DROPPED_TWO = "2 typed actual starts dropped (0 % complete: moved whole)"


def _plan() -> Plan:
    """Map and Survey given an actual start Tue at 0 %; Draft under way (20 %, keeps its
    start); Plan not started (moved, no actual start to drop)."""
    plan = Plan(project=Project(name="Late", start=MON))
    plan.append_task(Task(1, "Map", duration_minutes=3 * DAY, actual_start=TUE))
    plan.append_task(Task(2, "Survey", duration_minutes=2 * DAY, actual_start=TUE))
    plan.append_task(
        Task(3, "Draft", duration_minutes=4 * DAY, actual_start=MON, percent_complete=20.0)
    )
    plan.append_task(Task(4, "Plan", duration_minutes=2 * DAY))
    return plan


def test_s20lt_only_typed_starts_at_zero_percent_count():
    plan = _plan()
    updates = reschedule_uncompleted(plan, schedule(plan), WED_EVENING)
    assert sorted(u.uid for u in updates) == [1, 2, 3, 4]  # all four move
    assert dropped_actual_starts(plan, updates) == 2  # Map and Survey; not Draft, not Plan
    kept = [u for u in updates if u.uid != 1]
    assert dropped_actual_starts(plan, kept) == 1


def test_s20lt_cli_line_says_how_many_starts_were_dropped(tmp_path, capsys):
    path = tmp_path / "late.gantry"
    GantryFile.create(path, _plan()).close()
    status = main(["update", str(path), "--through", "2026-01-07", "--reschedule"])
    said = capsys.readouterr()
    assert status == 0, said.err
    assert said.out.startswith(
        f"Late: moved 4 tasks after 2026-01-07 (1 split at its progress); {DROPPED_TWO}; finishes "
    )
    plan = read_plan(path)
    assert plan.task(1).actual_start is None
    assert plan.task(2).actual_start is None
    assert plan.task(3).actual_start == MON


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "late.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_s20lt_window_says_it_in_the_status_bar_and_undo_text(window, monkeypatch):
    monkeypatch.setattr(
        UpdateProjectDialog,
        "ask",
        classmethod(lambda cls, p, day, sel: UpdateRequest(WED_EVENING.date(), reschedule=True)),
    )
    window.action_collection["update_project"].trigger()
    doc = window.document
    assert window.statusBar().currentMessage() == (
        f"Moved 4 tasks (1 split at its progress); {DROPPED_TWO}"
    )
    assert (
        doc.undo_stack.undoText() == f"Reschedule uncompleted work after 2026-01-07 ({DROPPED_TWO})"
    )
    assert doc.plan.task(1).actual_start is None
    doc.undo_stack.undo()  # the typed dates come back
    assert doc.plan.task(1).actual_start == TUE
    assert doc.plan.task(2).actual_start == TUE
