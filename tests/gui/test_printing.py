"""File menu printing: Page Setup options reach the PDF, preview and printer use the same pages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.options import PrintOptions
from app.ui.document import Document
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog


def _document(n: int = 40) -> Document:
    plan = Plan(project=Project(name="Print Plan", start=datetime(2026, 1, 5, 8)))
    for i in range(1, n + 1):
        plan.append_task(Task(i, f"Step {i}", duration_minutes=480 * (1 + i % 4)))
    return Document(plan)


def _pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(x for x in out.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def test_page_setup_dialog_round_trips_options(qtbot):
    start, finish = datetime(2026, 1, 5), datetime(2026, 3, 1)
    original = PrintOptions(pages_wide=2, pages_tall=3, paper="A3", landscape=False)
    dialog = PageSetupDialog(original, start, finish)
    qtbot.addWidget(dialog)
    assert dialog.options() == original
    dialog.paper.setCurrentText("Letter")
    dialog.pages_wide.setValue(4)
    dialog.whole_project.setChecked(False)
    dialog.columns.item(0).setCheckState(Qt.CheckState.Unchecked)  # WBS off
    chosen = dialog.options()
    assert chosen.paper == "Letter"
    assert chosen.pages_wide == 4
    assert chosen.date_from == start
    assert chosen.date_to == datetime(2026, 3, 2)  # the whole last day
    assert "wbs" not in chosen.columns
    dialog.scaled.setChecked(True)
    dialog.scale.setValue(50)
    assert dialog.options().scale == 0.5


def test_page_setup_offers_as_many_pages_tall_as_needed(qtbot):
    dialog = PageSetupDialog(PrintOptions(), datetime(2026, 1, 5), datetime(2026, 3, 1))
    qtbot.addWidget(dialog)
    assert dialog.pages_tall.text() == "as needed"
    assert dialog.options().pages_tall is None
    dialog.pages_tall.setValue(2)
    assert dialog.options().pages_tall == 2
    dialog.pages_tall.setValue(0)
    assert dialog.options() == PrintOptions()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_page_setup_then_export_pdf_uses_the_options(qtbot, tmp_path, monkeypatch):
    doc = _document()
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = PrintOptions(pages_wide=2, pages_tall=2)
    monkeypatch.setattr(PageSetupDialog, "ask", classmethod(lambda cls, *a: chosen))
    assert actions.page_setup(parent, doc) == chosen
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(parent, doc) == target
    assert _pages(target) == 4


def test_cancelled_export_writes_nothing(qtbot, tmp_path, monkeypatch):
    doc = _document()
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: None)
    assert actions.export_pdf(None, doc) is None
    assert list(tmp_path.iterdir()) == []


def test_print_preview_renders_the_page_grid(qtbot):
    doc = _document()
    actions.set_print_options(doc, PrintOptions(pages_wide=3, pages_tall=1))
    dialog = actions.make_preview(None, doc)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 3


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_print_goes_to_the_chosen_printer(qtbot, tmp_path, monkeypatch):
    doc = _document()
    target = tmp_path / "printed.pdf"

    def choose(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(actions, "ask_printer", choose)
    actions.set_print_options(doc, PrintOptions(pages_wide=1, pages_tall=2))
    assert actions.print_document(None, doc) == 2
    assert _pages(target) == 2
    monkeypatch.setattr(actions, "ask_printer", lambda parent, printer: False)
    assert actions.print_document(None, doc) == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_table_reports_print_with_the_same_header(qtbot, tmp_path, monkeypatch):
    doc = _document()
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    rows = [["Ana", "Engineer", "80"], ["Ben", "Tester", "60"]]
    pages = actions.print_table(None, doc, "Team", ["Name", "Role", "Rate"], rows, to_pdf=True)
    assert pages == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Print Plan — Team" in text
    assert "Ana" in text
    assert "Tester" in text


def _page_size(path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return next(x for x in out.stdout.splitlines() if x.startswith("Page size:"))


def test_a_table_too_wide_for_portrait_prints_landscape_with_its_figures_whole(
    qtbot, tmp_path, monkeypatch
):
    doc = _document()
    target = tmp_path / "budget.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    headers = ["Task", *(f"Figure {k}" for k in range(12))]
    rows = [["Initiation and discovery", *("€16,600.00" for _ in range(12))]] * 3
    actions.print_table(None, doc, "Budget", headers, rows, to_pdf=True)
    assert "842 x 595" in _page_size(target)  # A4 landscape, in points
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert text.count("€16,600.00") == 36  # no amount cut to "€16,600.…"
    narrow = tmp_path / "team.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: narrow)
    actions.print_table(None, doc, "Team", ["Name", "Rate"], [["Ana", "80"]], to_pdf=True)
    assert "595 x 842" in _page_size(narrow)  # a narrow table stays portrait


def test_cancelled_export_leaves_no_file(qtbot, tmp_path, monkeypatch):
    doc = _document(300)  # enough rows to need the three pages tall asked for
    target = tmp_path / "big.pdf"
    actions.set_print_options(doc, PrintOptions(pages_wide=3, pages_tall=3))
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    calls = []

    class StopAfterTwo:
        def __init__(self, parent, text):
            pass

        def __call__(self, done, total):
            calls.append((done, total))
            return done < 2

        def close(self):
            pass

    monkeypatch.setattr(actions, "_progress", StopAfterTwo)
    assert actions.export_pdf(None, doc) is None
    assert calls == [(1, 9), (2, 9)]
    assert not target.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_export_pdf_on_the_team_view_prints_the_roster(qtbot, tmp_path, monkeypatch):
    from app.domain.resource import Resource
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    doc = _document()
    doc.plan.add_resource(Resource(1, "Ana Lima", role="Engineer"))
    doc.plan.add_resource(Resource(2, "Ben Okafor", role="Tester"))
    window = MainWindow(doc, Session(Settings()))
    qtbot.addWidget(window)
    window.show_view("team")
    target = tmp_path / "team.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    assert actions.export_pdf(window, doc) == target
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Print Plan — Team" in text
    assert "Ana Lima" in text
    assert "Ben Okafor" in text
    assert "Step 1" not in text  # the roster, not the Gantt
    window.show_view("gantt")
    assert actions.current_table(window) is None
    window.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_print_on_the_budget_view_prints_the_budget_tree(qtbot, tmp_path, monkeypatch):
    from app.ui.app import Session
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    doc = _document()
    window = MainWindow(doc, Session(Settings()))
    qtbot.addWidget(window)
    window.show_view("budget")
    title, headers, rows = actions.current_table(window)
    assert title == "Budget"
    assert headers
    assert any("Step 7" in cell for row in rows for cell in row)
    target = tmp_path / "budget.pdf"

    def choose(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(actions, "ask_printer", choose)
    assert actions.print_document(window, doc) >= 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Print Plan — Budget" in text
    assert "Step 7" in text
    window.close()


def test_a_long_preview_reports_its_pages_and_cancel_keeps_the_first(qtbot, monkeypatch):
    """Qt records every page before showing one (6 s at 10k tasks, 90 s at 100k, frozen):
    the preview says how far it is, and Cancel shows the pages painted so far."""
    seen: list[tuple[int, int]] = []

    class _CancelAfterTwo:
        def __call__(self, done, total):
            seen.append((done, total))
            return done < 2

        def close(self):
            seen.append((-1, -1))

    monkeypatch.setattr(actions, "_progress", lambda parent, text: _CancelAfterTwo())
    doc = _document()
    actions.set_print_options(doc, PrintOptions(pages_wide=3, pages_tall=1))
    dialog = actions.make_preview(None, doc)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert seen == [(1, 3), (2, 3), (-1, -1)]
    assert preview.pageCount() == 2
    assert dialog.windowTitle().endswith("(first pages only)")
