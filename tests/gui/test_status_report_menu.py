"""File > Status Report: the menu item writes the PDF where the user says; the preview paints it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.printing import status_report
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.set_project(replace(plan.project, status_date=datetime(2026, 3, 9, 17)))
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


@needs_poppler
def test_menu_item_writes_the_report_where_the_user_chose(window, tmp_path, monkeypatch):
    target = tmp_path / "friday.pdf"
    asked = []

    def ask(parent, suggestion):
        asked.append(suggestion)
        return target

    monkeypatch.setattr(status_report, "ask_report_path", ask)
    assert "status_report" in window.action_collection.ids()
    window.action_collection["status_report"].trigger()
    assert target.exists()
    assert asked[0].endswith("Sample - status 2026-03-09.pdf")
    text = _text(target)
    assert "Status report: Sample" in text
    assert "Status date: 2026-03-09" in text
    # Specs (3 days from 2 March) should be finished by the 9th and has not started
    assert "Specs" in text
    assert "not started" in text
    assert "Vendor late" in text  # the register's risk
    assert window.statusBar().currentMessage().startswith("Status report written to")


def test_cancelling_the_file_dialog_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(status_report, "ask_report_path", lambda parent, suggestion: None)
    assert status_report.export_status_report(window, window.document) is None
    assert list(tmp_path.glob("*.pdf")) == []


@needs_poppler
def test_preview_paints_the_same_report(window, tmp_path, qtbot):
    dialog = status_report.make_status_preview(window, window.document)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(target))
    dialog.paintRequested.emit(printer)
    text = _text(target)
    assert "Status report: Sample" in text
    assert "Late tasks" in text


def test_report_uses_the_clock_without_a_status_date(window):
    plan = window.document.plan
    plan.set_project(replace(plan.project, status_date=None))
    report = status_report.gather(window.document, lambda: datetime(2026, 3, 3, 12))
    assert report.status_date == datetime(2026, 3, 3, 12)
    assert not report.status_date_set


def test_suggested_name_keeps_a_slash_in_the_project_name_out_of_the_path(window, monkeypatch):
    plan = window.document.plan
    plan.set_project(replace(plan.project, name="Phase 1/2"))
    asked = []
    monkeypatch.setattr(
        status_report, "ask_report_path", lambda parent, suggestion: asked.append(suggestion)
    )
    status_report.export_status_report(window, window.document)
    suggested = Path(asked[0])
    assert suggested.name == "Phase 1-2 - status 2026-03-09.pdf"
    assert suggested.parent == window.document.path.parent
