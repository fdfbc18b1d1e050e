"""File > Import of files that start life elsewhere: a GanttProject plan and a client's own
spreadsheet through the column-mapping dialog open as new plans with their dates, links
and people."""

from __future__ import annotations

import pytest

from app.io.excel_import import sheet_rows
from app.ui.app import Session
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.exchange.mapping_dialog import ColumnMappingDialog
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    from app.store.document import GantryFile

    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _import(window, monkeypatch, tmp_path, source):
    target = tmp_path / "imported.gantry"
    monkeypatch.setattr(ExchangeDialogs, "import_path", classmethod(lambda cls, p: source))
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    before = set(window.session.windows)
    window.action_collection["import_plan"].trigger()
    new = [w for w in window.session.windows if w not in before]
    assert len(new) == 1
    return new[0]


def test_ganttproject_sample_opens_with_dates_links_and_people(
    window, monkeypatch, tmp_path, shared_data
):
    source = shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    imported = _import(window, monkeypatch, tmp_path, source)
    plan, sched = imported.document.plan, imported.document.schedule
    assert len(plan.tasks) == 20
    assert len(plan.links) == 17
    assert len(plan.resources) == 7
    assert len(plan.assignments) >= 27
    found = {t.name: t for t in plan.tasks}
    roof = sched.get(found["Roof"].uid)
    assert (roof.start.date().isoformat(), roof.finish.date().isoformat()) == (
        "2024-09-16",
        "2024-09-27",
    )


def test_client_sheet_through_the_mapping_dialog(window, monkeypatch, tmp_path, shared_data):
    source = shared_data / "xlsx" / "packt-tpm-handbook-project-plan.xlsx"
    seen = []

    def ask(cls, parent, path, info, load_rows=None):
        dialog = cls(info, load_rows or (lambda name: sheet_rows(path, name)), parent)
        seen.append(dialog.mapping())
        return dialog.mapping()

    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(ask))
    imported = _import(window, monkeypatch, tmp_path, source)
    plan = imported.document.plan
    assert seen[0] is not None
    assert seen[0].columns["name"] == 2
    assert len(plan.tasks) == 39
    assert len(plan.links) == 13
    assert {r.name for r in plan.resources} >= {"Arun", "Bex", "Charley", "Danielle", "Eliza"}
