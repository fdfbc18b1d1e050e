"""File > Print / Export PDF on the Usage view: the grid over pages across, names repeated."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.domain.usage import Scale
from app.ui.printing import actions
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import open_window, staffed_plan


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


def pdf_pages(path):
    """Each page's text."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]


def test_the_sheet_is_the_grid_as_shown(session, qtbot, tmp_path):
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    view: UsageView = window.views["usage"]
    view.set_scale(Scale.WEEKS)
    title, headers, rows = actions.current_table(window)
    assert title == "Resource Usage by week"
    # the third week holds Test, which nobody works on
    # Peak after Work, as the window shows it (s23pr)
    headers_shown = ["Resource Name", "Work", "Peak", "2 Mar 2026", "9 Mar 2026", "16 Mar 2026"]
    assert headers == headers_shown
    assert list(rows) == [
        ["Ana", "32.0h", "100%", "32.0h", "", ""],
        ["   Specs", "24.0h", "100%", "24.0h", "", ""],
        ["   Review", "8.0h", "100%", "8.0h", "", ""],
        ["Ben", "64.0h", "100%", "32.0h", "32.0h", ""],
        ["   Specs", "24.0h", "100%", "24.0h", "", ""],
        ["   Code", "40.0h", "100%", "8.0h", "32.0h", ""],
    ]
    view.tree.collapse(view.tree_model.index(0, 0))
    assert [r[0] for r in actions.current_table(window)[2]] == ["Ana", "Ben", "   Specs", "   Code"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_days_print_over_pages_across_with_the_names_on_each(session, qtbot, tmp_path, monkeypatch):
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    view: UsageView = window.views["usage"]
    view.set_scale(Scale.DAYS)
    periods = view.grid_model.periods
    target = tmp_path / "usage.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, window.document) == target
    pages = pdf_pages(target)
    assert len(pages) >= 2  # the days do not fit one page across
    for n, page in enumerate(pages, start=1):
        assert "Resource Usage by day" in page
        assert "Ana" in page
        assert "Ben" in page
        assert f"Page {n} of {len(pages)} (row 1, column {n})" in page
    assert "Mon 2 Mar" in pages[0]
    last = periods.label(len(periods) - 1)
    assert last in pages[-1]
    assert last not in pages[0]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_print_on_the_usage_view_sends_the_grid(session, qtbot, tmp_path, monkeypatch):
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    window.views["usage"].set_scale(Scale.MONTHS)
    target = tmp_path / "printed.pdf"

    def choose(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(actions, "ask_printer", choose)
    assert actions.print_document(window, window.document) == 1
    (page,) = pdf_pages(target)
    assert "Mar 2026" in page
    assert "64.0h" in page
    assert "Step" not in page  # the grid, not the Gantt


def test_print_preview_paints_the_usage_pages(session, qtbot, tmp_path):
    window = open_window(session, qtbot, tmp_path, staffed_plan())
    window.show_view("usage")
    window.views["usage"].set_scale(Scale.DAYS)
    dialog = actions.make_preview(window, window.document)
    qtbot.addWidget(dialog)
    target = tmp_path / "preview.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    dialog.paintRequested.emit(printer)
    assert target.stat().st_size > 0
    if shutil.which("pdftotext"):
        pages = pdf_pages(target)
        assert len(pages) >= 2
        assert all("Resource Usage by day" in page and "Ana" in page for page in pages)
