"""Copying Jonas (€85/h) in one window's roster and pasting him into a plan in US dollars
made him $85/h (tester s31xp, finding 2): the paste is refused, the status bar names him and
both currencies, the roster and the undo stack are as they were; so is pasting tasks that
bring him."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team.team_actions import TeamActions

START = datetime(2027, 3, 1, 8, 0)


def _open(session, tmp_path, name, plan):
    path = tmp_path / f"{name}.gantry"
    GantryFile.create(path, plan).close()
    return session.open_path(path)


@pytest.fixture
def two(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    euro = Plan(project=Project(name="Northwind", start=START))
    euro.add_resource(Resource(1, "Jonas Weber", standard_rate=85.0))
    euro.append_task(Task(1, "Build", 1, duration_minutes=480))
    euro.add_assignment(Assignment(1, 1, 1, work_minutes=480))
    usd = Project(name="Contoso US", start=START, currency="USD", currency_symbol="$")
    dollar = Plan(project=usd)
    dollar.add_resource(Resource(1, "Maria Lopez", standard_rate=90.0))
    a = _open(session, tmp_path, "northwind", euro)
    b = _open(session, tmp_path, "contoso", dollar)
    for w in (a, b):
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
    yield a, b
    for w in list(session.windows):
        w.close()


def test_s31pf_roster_paste_into_another_currency_is_refused_and_said(two, monkeypatch):
    a, b = two
    for w in (a, b):
        w.show_view("team")
    team = a.views["team"]
    team.table.setFocus()
    team.table.selectAll()
    QTest.keySequence(team.table, "Ctrl+C")
    monkeypatch.setattr(TeamActions, "ask_update", staticmethod(lambda *_a: True))
    roster = b.views["team"].table
    roster.setFocus()
    QTest.keySequence(roster, "Ctrl+V")
    said = b.statusBar().currentMessage()
    assert "Jonas Weber" in said
    assert "EUR" in said
    assert "USD" in said
    assert [r.name for r in b.document.plan.resources] == ["Maria Lopez"]
    assert not b.document.undo_stack.canUndo()
    b.grab().save("/tmp/s31pf_paste_refused.png")


def test_s31pf_tasks_bringing_a_person_in_another_currency_are_refused(two, monkeypatch):
    a, b = two
    a.tree.select_uids([1])
    a.copy_tasks()
    monkeypatch.setattr(MainWindow, "ask_bring_people", classmethod(lambda *_a: True))
    b.tree.setCurrentIndex(b.model.blank_index())
    b.paste_tasks()
    assert "Jonas Weber" in b.statusBar().currentMessage()
    assert b.document.plan.tasks == []
    assert [r.name for r in b.document.plan.resources] == ["Maria Lopez"]
