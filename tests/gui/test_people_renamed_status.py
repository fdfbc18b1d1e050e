"""Opening or importing a plan whose reader renamed people says so once in the status bar."""

from __future__ import annotations

from pathlib import Path

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, with_safe_names
from app.domain.task import Task
from app.io.mspdi_write import write_mspdi
from app.ui.app import Session
from app.ui.main_window import MainWindow


def _plan(names: list[str]) -> Plan:
    plan = Plan(tasks=[Task(1, "Dig", 1, duration_minutes=480)])
    plan.resources = [Resource(k, name) for k, name in enumerate(names, start=1)]
    plan.assignments = [Assignment(1, 1, 1, 1.0)]
    return plan


def _open_xml(session, tmp_path: Path, monkeypatch, names: list[str], qtbot):
    source = tmp_path / "site.xml"
    write_mspdi(_plan(names), source)
    target = tmp_path / f"site-{len(names)}.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_opening_ms_project_xml_says_who_was_renamed(session, tmp_path, monkeypatch, qtbot):
    win = _open_xml(session, tmp_path, monkeypatch, ["Doe, Jane", "Ana", "Crane [50 t]"], qtbot)
    assert win.statusBar().currentMessage() == (
        "2 people renamed: 'Doe, Jane' is 'Doe Jane', 'Crane [50 t]' is 'Crane (50 t)' "
        "(a comma would split the People cell; brackets would read as units)"
    )
    assert sorted(r.name for r in win.document.plan.resources) == [
        "Ana",
        "Crane (50 t)",
        "Doe Jane",
    ]


def test_nothing_said_when_no_one_was_renamed(session, tmp_path, monkeypatch, qtbot):
    win = _open_xml(session, tmp_path, monkeypatch, ["Ana", "Ben"], qtbot)
    assert "renamed" not in win.statusBar().currentMessage()


def test_import_opens_the_plan_with_the_notice(session, tmp_path, monkeypatch, qtbot):
    from app.store.document import GantryFile
    from tests.gui.conftest import build_plan

    plan_file = tmp_path / "sample.gantry"
    GantryFile.create(plan_file, build_plan()).close()
    window = session.open_path(plan_file)
    qtbot.addWidget(window)
    imported = _plan(["Doe, Jane"])
    imported.resources = with_safe_names(imported.resources, "client.gan")
    from app.ui.exchange import actions

    monkeypatch.setattr(
        actions, "run_import", lambda parent, document, source, notes=None: imported
    )
    monkeypatch.setattr(
        actions.ExchangeDialogs, "import_path", classmethod(lambda cls, p: tmp_path / "c.gan")
    )
    target = tmp_path / "client.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    window.import_plan()
    opened = session.windows[1]
    qtbot.addWidget(opened)
    assert opened.statusBar().currentMessage() == (
        "1 person renamed: 'Doe, Jane' is 'Doe Jane' (a comma would split the People cell)"
    )
    assert "renamed" not in window.statusBar().currentMessage()
