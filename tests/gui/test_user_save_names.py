"""Names typed into save dialogs without an extension, as MS Project users do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.file_names import with_chosen_suffix
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

FILTERS = "GANTRY (*.gantry);;XLSX (*.xlsx);;XML (*.xml);;All files (*)"


@pytest.mark.parametrize(
    ("typed", "chosen", "meant"),
    [
        ("plan copy", "XLSX (*.xlsx)", "plan copy.xlsx"),
        ("Plan v1.2", "XLSX (*.xlsx)", "Plan v1.2.xlsx"),
        ("copy.xml", "GANTRY (*.gantry)", "copy.xml"),
        ("copy.XLSX", "XLSX (*.xlsx)", "copy.XLSX"),
        ("notes", "All files (*)", "notes"),
    ],
)
def test_the_chosen_filter_gives_the_missing_extension(typed, chosen, meant):
    assert with_chosen_suffix(f"/x/{typed}", chosen, FILTERS) == Path(f"/x/{meant}")


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def test_save_a_copy_as_a_workbook_typed_without_extension(window, tmp_path, monkeypatch):
    typed = tmp_path / "for the client"

    def dialog(parent, caption, start, filters):
        return str(typed), "XLSX (*.xlsx)"

    errors: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    window.action_collection["save_copy_as"].trigger()
    assert errors == []
    assert (tmp_path / "for the client.xlsx").exists()
    assert "Saved a copy" in window.statusBar().currentMessage()


def test_export_keeps_a_dot_in_the_name(tmp_path, monkeypatch):
    def dialog(parent, caption, start, filters):
        return str(tmp_path / "Plan v1.2"), "Excel workbook (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert ExchangeDialogs.export_path(None, "Plan.xlsx") == tmp_path / "Plan v1.2.xlsx"


def test_a_pdf_name_with_a_dot_keeps_it(tmp_path, monkeypatch):
    from app.ui.printing import actions

    def dialog(parent, caption, start, filters):
        return str(tmp_path / "Status 2026.11"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert actions.ask_pdf_path(None, "x.pdf") == tmp_path / "Status 2026.11.pdf"


@pytest.mark.parametrize(
    ("typed", "meant"), [("Plan v1.2", "Plan v1.2.gantry"), ("p.gantry", "p.gantry")]
)
def test_an_imported_plan_kept_under_a_name_with_a_dot_keeps_all_of_it(
    tmp_path, qtbot, monkeypatch, typed, meant
):
    from app import formats

    source = tmp_path / "client.xml"
    formats.write_plan(build_plan(), source)
    monkeypatch.setattr(
        Session, "ask_import_target", classmethod(lambda cls, p, s, folder=None: tmp_path / typed)
    )
    session = Session(Settings())
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    assert win.document.path == tmp_path / meant
    win.close()


@pytest.mark.parametrize(
    ("project", "offered"),
    [
        ("Q3: roll-out 1/2", "Q3- roll-out 1-2"),
        ('Plan "A" <draft>?', "Plan -A- -draft-"),
        ("Phase 1\\2 *final*", "Phase 1-2 -final-"),
        ("...", "Plan"),
        ("", "Plan"),
    ],
)
def test_a_project_name_is_offered_as_a_file_name_every_system_accepts(project, offered):
    from app.ui.dialogs.file_names import file_stem

    assert file_stem(project, "Plan") == offered


def test_the_client_workbook_export_suggests_a_safe_name(qtbot, tmp_path, monkeypatch):
    from dataclasses import replace

    from app.ui.exchange import actions as exchange

    plan = build_plan()
    plan.set_project(replace(plan.project, name="Q3: roll-out"))
    path = tmp_path / "q3.gantry"
    GantryFile.create(path, plan).close()
    window = Session(Settings()).open_path(path)
    qtbot.addWidget(window)
    offered: list[str] = []
    monkeypatch.setattr(
        ExchangeDialogs,
        "export_path",
        classmethod(lambda cls, p, s, folder=None: offered.append(s)),
    )
    assert exchange.run_export(window, window.document) is None
    assert offered == ["Q3- roll-out.xlsx"]
    window.close()
