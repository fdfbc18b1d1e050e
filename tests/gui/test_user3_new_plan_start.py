"""File > New starts the plan today, as MS Project does, not on a fixed date.

Found on 2026-11-26: a new plan started on Mon 2026-01-05 (the Project default),
so the first task typed into its empty row was scheduled ten months in the past.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.file_menu import FileMenu
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def session(qtbot):
    s = Session(Settings())
    yield s
    for w in list(s.windows):
        w.close()


def _new_plan(session, tmp_path, qtbot, monkeypatch, today):
    path = tmp_path / "old.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    target = tmp_path / "fresh.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(FileMenu, "today", staticmethod(lambda: today))
    window.action_collection["new_plan"].trigger()
    fresh = session.windows[-1]
    qtbot.addWidget(fresh)
    assert fresh.document.path == target
    return fresh


def test_a_new_plan_starts_today_at_the_start_of_work(session, tmp_path, qtbot, monkeypatch):
    fresh = _new_plan(session, tmp_path, qtbot, monkeypatch, date(2026, 11, 26))  # a Thursday
    project = fresh.document.plan.project
    assert project.start == datetime(2026, 11, 26, 8, 0)
    model = fresh.model
    assert model.setData(model.blank_index(Column.NAME), "Kick-off", Qt.ItemDataRole.EditRole)
    task = fresh.document.plan.tasks[0]
    assert fresh.document.schedule[task.uid].start == datetime(2026, 11, 26, 8, 0)


def test_the_real_clock_is_asked_by_default():
    assert FileMenu.today() == date.today()
