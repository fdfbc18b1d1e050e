"""Printing follows the sheet's table: a PDF of the Cost table has its columns."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings

from app.assets import resource_path
from app.ui.app import Session
from app.ui.gantt.copy_picture import shown_columns
from app.ui.printing import actions as printing
from app.ui.settings import Settings
from app.ui.table_menu import controller_of


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _pdf_text(window, monkeypatch, target) -> str:
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggestion: target)
    assert printing.export_pdf(window, window.document) == target
    return subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_cost_tables_pdf_has_its_columns(window, monkeypatch, tmp_path):
    controller_of(window).apply_key("cost")
    keys = shown_columns(window.gantt)
    assert keys[:4] == ("id", "name", "fixed_cost", "fixed_cost_accrual")
    assert "duration" not in keys
    # the columns left of the divider print, as in MS Project (s25su): moved past them all
    window.resize(1600, window.height())
    window.splitter.setSizes([1500, 100])
    text = _pdf_text(window, monkeypatch, tmp_path / "cost.pdf")
    first_page = text.split("\f")[0]
    assert "Fixed Cost" in first_page  # titled as the sheet titles it
    assert "Accrual" in first_page  # Fixed Cost Accrual, on two lines
    assert "Baseline Cost" in first_page
    assert "Actual Cost" in first_page
    assert "Predecessors" not in first_page
    assert "Environment set-up" in first_page


def test_the_entry_tables_pdf_has_no_cost_columns(window, monkeypatch, tmp_path):
    controller_of(window).apply_key("cost")
    controller_of(window).apply_key("entry")
    text = _pdf_text(window, monkeypatch, tmp_path / "entry.pdf")
    first_page = text.split("\f")[0]
    assert "Duration" in first_page
    assert "Fixed Cost" not in first_page
    assert "Accrual" not in first_page
