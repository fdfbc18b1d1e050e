"""Printing Resource Usage with detail rows: each row prints a line per detail chosen, a
Details column naming them, as MS Project prints the view with Format > Details."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.domain.usage_detail_rows import Detail
from app.ui.printing import actions
from tests.test_s21ru_usage_window import open_usage


def test_s21ru_the_printed_sheet_holds_the_detail_rows(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    view.set_details([Detail.OVERALLOCATION, Detail.COST])
    _title, headers, rows = actions.current_table(window)
    # Peak, as the window shows it after Work (s23pr), on a row's first line only
    assert headers[:5] == ["Resource Name", "Work", "Peak", "Details", "5 Jan 2026"]
    rows = list(rows)
    assert rows[:4] == [
        ["Ana", "56.0h", "200%", "Work", "56.0h", "", ""],
        ["", "", "", "Overallocation", "16.0h", "", ""],
        ["", "", "", "Cost", "$2,800.00", "", ""],
        ["   Specs", "40.0h", "100%", "Work", "40.0h", "", ""],
    ]
    view.set_details([])
    assert actions.current_table(window)[1][:4] == ["Resource Name", "Work", "Peak", "5 Jan 2026"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_s21ru_the_pdf_prints_the_details(tmp_path, qtbot, monkeypatch):
    window, view = open_usage(tmp_path, qtbot)
    view.set_details([Detail.OVERALLOCATION, Detail.AVAILABILITY, Detail.COST])
    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Details" in text
    assert "Overallocation" in text
    assert "Rem. Availability" in text
    assert "$2,800.00" in text
    assert "24.0h" in text
