"""A refusal in the status bar goes once an edit goes through: ``Ana[0%]`` typed in People
was refused ("units must be more than zero"), then ``ana`` was accepted and the status bar
kept saying the units were refused for ten seconds more. Only the refusal is taken away:
another message stays."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path):
    plan = Plan(project=Project(name="Week", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Docs", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(plan), Session(Settings(settings)))
    qtbot.addWidget(w)
    return w


def _type(window: MainWindow, text: str) -> bool:
    model = window.model
    done = bool(model.setData(model.index(0, Column.RESOURCES), text, Qt.ItemDataRole.EditRole))
    QApplication.processEvents()  # as between two edits in the window
    return done


def test_s21sm_accepted_edit_clears_the_refusal_before_it(window):
    assert not _type(window, "Ana[0%]")
    assert "units must be more than zero" in window.statusBar().currentMessage()
    assert _type(window, "ana")
    assert window.statusBar().currentMessage() == ""
    assert not _type(window, "Ana[abc]")  # refused again: said again
    assert "units must be a number" in window.statusBar().currentMessage()


def test_s21sm_an_edit_leaves_other_messages(window):
    window.statusBar().showMessage("Saved week.gantry")
    assert _type(window, "Ana")
    assert window.statusBar().currentMessage() == "Saved week.gantry"
    assert not _type(window, "Ana[0%]")
    window.statusBar().showMessage("Saved again")  # the refusal is gone already
    assert _type(window, "Ana[50%]")
    assert window.statusBar().currentMessage() == "Saved again"
