"""The page count before a print is committed: Print Preview's title says it, and a job of
more than MANY_PAGES pages asks first (Print Preview, Print, Export PDF), Cancel writing
nothing. Page Setup's "Print blank pages" checkboxes edit the options."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtPrintSupport import QPrinter

from app.domain.usage import Scale
from app.report.options import PrintOptions
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from tests.test_s15u_usage_blank_pages import session, sparse_plan, usage_window

__all__ = ["session"]  # the fixture, used by name


def test_preview_title_gives_the_pages_and_the_blank_ones_left_out(session, qtbot, tmp_path):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    dialog = actions.make_preview(window, window.document)
    qtbot.addWidget(dialog)
    title = dialog.windowTitle()
    assert title == "Print Preview — Sparse — 7 pages, 105 blank left out"
    actions.set_print_options(window.document, PrintOptions(usage_blank_pages=True))
    again = actions.make_preview(window, window.document)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Print Preview — Sparse — 112 pages"


def test_the_pages_text():
    assert actions.pages_text(1, 0) == "1 page"
    assert actions.pages_text(3132, 103530) == "3,132 pages (103,530 blank pages left out)"
    assert actions.pages_text(2, 1) == "2 pages (1 blank page left out)"


def test_a_big_export_asks_first_and_cancel_writes_nothing(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    target = tmp_path / "big.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    monkeypatch.setattr(actions, "MANY_PAGES", 5)
    asked: list[tuple[str, str, str, str]] = []

    def refuse(parent, action, what, pages, hint):
        asked.append((action, what, pages, hint))
        return False

    monkeypatch.setattr(actions, "ask_many_pages", refuse)
    assert actions.export_pdf(window, window.document) is None
    assert asked == [
        (
            "Export PDF",
            "Task Usage by day",
            "7 pages (105 blank pages left out)",
            "To print fewer: a longer period (weeks or months) or fewer rows (collapse, filter).",
        )
    ]
    assert not target.exists()
    monkeypatch.setattr(actions, "ask_many_pages", lambda *args: True)
    actions.export_pdf(window, window.document)
    assert target.stat().st_size > 0


def test_no_question_under_the_limit(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    target = tmp_path / "small.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)

    def never(*args):
        raise AssertionError("asked about 7 pages")

    monkeypatch.setattr(actions, "ask_many_pages", never)
    actions.export_pdf(window, window.document)
    assert target.exists()


def test_print_preview_and_print_ask_too(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan(), scale=Scale.DAYS)
    monkeypatch.setattr(actions, "MANY_PAGES", 5)
    asked: list[str] = []
    monkeypatch.setattr(
        actions, "ask_many_pages", lambda parent, action, what, pages, hint: asked.append(action)
    )
    opened: list[object] = []
    monkeypatch.setattr(actions.QPrintPreviewDialog, "exec", lambda self: opened.append(self))
    actions.print_preview(window, window.document)
    assert asked == ["Print Preview"]
    assert opened == []  # cancelled: no preview prepared

    target = tmp_path / "printed.pdf"

    def choose(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(actions, "ask_printer", choose)
    assert actions.print_document(window, window.document) == 0
    assert asked == ["Print Preview", "Print"]
    assert not target.exists()


def test_a_big_gantt_asks_before_the_pdf(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    window.show_view("gantt")
    actions.set_print_options(window.document, PrintOptions(pages_wide=4, pages_tall=2))
    target = tmp_path / "gantt.pdf"
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: target)
    monkeypatch.setattr(actions, "MANY_PAGES", 3)
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(actions, "ask_many_pages", lambda *args: asked.append(args[1:]))
    assert actions.export_pdf(window, window.document) is None
    ((action, what, pages, hint),) = asked
    assert (action, what, pages) == ("Export PDF", "The Gantt chart", "8 pages")
    assert hint.endswith("or turn off Page Setup's 'Print blank pages' for the Gantt chart.")
    assert not target.exists()


def test_page_setup_has_both_blank_page_choices(qtbot):
    from datetime import datetime

    start, finish = datetime(2026, 3, 2), datetime(2026, 9, 1)
    dialog = PageSetupDialog(PrintOptions(), start, finish)
    qtbot.addWidget(dialog)
    assert dialog.blank_pages.isChecked()  # Gantt: MS Project's default
    assert not dialog.usage_blank_pages.isChecked()  # Usage: blank pages left out
    dialog.blank_pages.setChecked(False)
    dialog.usage_blank_pages.setChecked(True)
    chosen = dialog.options()
    assert chosen.blank_pages is False
    assert chosen.usage_blank_pages is True
    back = PageSetupDialog(replace(chosen, paper="A3"), start, finish)
    qtbot.addWidget(back)
    assert not back.blank_pages.isChecked()
    assert back.usage_blank_pages.isChecked()


def test_the_progress_says_how_many_pages(session, qtbot, tmp_path, monkeypatch):
    window = usage_window(session, qtbot, tmp_path, sparse_plan())
    monkeypatch.setattr(actions, "ask_pdf_path", lambda parent, suggestion: tmp_path / "p.pdf")
    texts: list[str] = []
    real = actions._progress

    def spy(parent, text):
        texts.append(text)
        return real(parent, text)

    monkeypatch.setattr(actions, "_progress", spy)
    actions.export_pdf(window, window.document)
    assert texts == ["Preparing 7 pages (105 blank pages left out)…"]
