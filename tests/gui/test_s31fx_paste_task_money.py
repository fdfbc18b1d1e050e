"""Tasks copied from a plan in euros and pasted into one in US dollars kept their fixed cost
and cost items' amounts as bare numbers: a €3,000 fixed cost became $3,000 (tester s31xf).
Gantry knows no exchange rate, so the paste is refused as people with rates are (s31pf): the
status bar names the task and both currencies; the plan and its undo stack are as they were.
Tasks without money, and any task pasted within its own currency, paste as before."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

START = datetime(2027, 3, 1, 8, 0)


def _open(session, tmp_path, name, plan):
    path = tmp_path / f"{name}.gantry"
    GantryFile.create(path, plan).close()
    return session.open_path(path)


def _euro_plan() -> Plan:
    euro = Plan(project=Project(name="Northwind", start=START, currency="EUR", currency_symbol="€"))
    euro.add_resource(Resource(1, "Trips", type=ResourceType.COST))
    euro.append_task(Task(1, "Build", 1, duration_minutes=480, fixed_cost=3000.0))
    euro.append_task(Task(2, "Travel", 1, duration_minutes=480))
    euro.append_task(Task(3, "Review", 1, duration_minutes=480))
    euro.add_assignment(Assignment(1, 2, 1, cost=1500.0))
    return euro


@pytest.fixture
def session(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    yield session
    for w in list(session.windows):
        w.close()


def _windows(qtbot, session, tmp_path, currency: str, symbol: str):
    target = Plan(
        project=Project(name="Contoso", start=START, currency=currency, currency_symbol=symbol)
    )
    a = _open(session, tmp_path, "northwind", _euro_plan())
    b = _open(session, tmp_path, "contoso", target)
    for w in (a, b):
        qtbot.addWidget(w)
        with qtbot.waitExposed(w):
            w.show()
    return a, b


def _paste(a, b, uids, monkeypatch):
    a.tree.select_uids(uids)
    a.copy_tasks()
    monkeypatch.setattr(MainWindow, "ask_bring_people", classmethod(lambda *_a: True))
    b.tree.setCurrentIndex(b.model.blank_index())
    b.paste_tasks()


@pytest.mark.parametrize(("uid", "name"), [(1, "Build"), (2, "Travel")])
def test_s31fx_task_money_into_another_currency_is_refused(
    qtbot, session, tmp_path, monkeypatch, uid, name
):
    a, b = _windows(qtbot, session, tmp_path, "USD", "$")
    _paste(a, b, [uid], monkeypatch)
    said = b.statusBar().currentMessage()
    assert name in said
    assert "EUR" in said
    assert "USD" in said
    assert b.document.plan.tasks == []
    assert b.document.plan.resources == []
    assert not b.document.undo_stack.canUndo()
    if uid == 1:
        b.grab().save("/tmp/s31fx_paste_refused.png")


def test_s31fx_task_without_money_pastes_across_currencies(qtbot, session, tmp_path, monkeypatch):
    a, b = _windows(qtbot, session, tmp_path, "USD", "$")
    _paste(a, b, [3], monkeypatch)
    assert [t.name for t in b.document.plan.tasks] == ["Review"]


def test_s31fx_task_money_in_the_same_currency_pastes(qtbot, session, tmp_path, monkeypatch):
    a, b = _windows(qtbot, session, tmp_path, "EUR", "€")
    _paste(a, b, [1, 2], monkeypatch)
    plan = b.document.plan
    assert [(t.name, t.fixed_cost) for t in plan.tasks] == [("Build", 3000.0), ("Travel", 0.0)]
    assert [a.cost for a in plan.assignments] == [1500.0]
