"""The filter, sort and group a printout shows were said only in a printed Gantt's header:
not on the PNG (``gantry convert … out.png --filter``, File > Save a Copy As .png), not
on Copy Picture, not on the Team, Budget and Risks printouts (their sort), and nowhere
once Page Setup's header was off. Each now says it: a line above the picture, the table
printout's header, and with the header off a line of its own at the page's top."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from app.cli import main
from app.domain.filters import FilterKind, TaskFilter
from app.domain.scheduler import schedule
from app.domain.view_state import SheetView
from app.report import export
from app.report.export import CAPTION_H, Picture, picture_height, render_picture
from app.report.gantt_pages import GanttPageLayout
from app.report.options import PrintOptions
from app.report.page_frame import NOTE_GAP, NOTE_H
from app.store.document import GantryFile, write_plan
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.gantt.copy_picture import CopyPicture, picture_for
from app.ui.printing import actions
from app.ui.printing.tables import main_item_view
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
CRITICAL = TaskFilter(FilterKind.CRITICAL)


def _text(pdf) -> str:
    run = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return " ".join(run.stdout.split())


def _ink_rows(image: QImage, top: int, bottom: int) -> int:
    """Rows of pixels between ``top`` and ``bottom`` holding a dark pixel (text)."""
    rows = 0
    for y in range(top, bottom):
        if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(0, image.width(), 2)):
            rows += 1
    return rows


def test_s19pr_a_png_of_a_filtered_view_says_so_above_the_picture(qapp, tmp_path, monkeypatch):
    plan = build_plan()
    plan.view = SheetView(task_filter=CRITICAL)
    source = tmp_path / "plan.gantry"
    write_plan(plan, source)
    said: list[str] = []
    caption = export._paint_caption
    monkeypatch.setattr(
        export, "_paint_caption", lambda p, note, *a: (said.append(note), caption(p, note, *a))
    )
    out = tmp_path / "out.png"
    assert main(["convert", str(source), str(out), "--width", "900"]) == 0
    image = QImage(str(out))
    rows = len(export.png_picture(plan, schedule(plan)).uids or ())
    assert said == ["Filter: Critical"]
    assert image.height() == CAPTION_H + picture_height(rows)
    assert _ink_rows(image, 0, CAPTION_H) > 4  # the note's letters
    # under the line, the picture as it always was (rows, columns, timescale)
    plain = render_picture(
        plan, schedule(plan), replace(export.png_picture(plan, schedule(plan), width=900), note="")
    )
    assert image.copy(0, CAPTION_H, image.width(), plain.height()) == plain.convertToFormat(
        image.format()
    )
    said.clear()
    assert main(["convert", str(source), str(out), "--filter", "all-tasks"]) == 0
    assert said == []  # no filter, sort or group: no line, the picture as before
    assert QImage(str(out)).height() == picture_height(len(plan.tasks))


def test_s19pr_a_picture_taller_than_the_limit_counts_rows_not_the_note(qapp):
    plan = build_plan()
    sched = schedule(plan)
    image = render_picture(plan, sched, Picture(note="Sorted by Name"))
    assert image.height() == CAPTION_H + picture_height(len(plan.tasks))


@pytest.fixture
def window(tmp_path, qtbot):
    session = Session(Settings())
    path = tmp_path / "window.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def test_s19pr_copy_picture_says_the_sheets_filter(window):
    view = window.gantt
    choice = CopyPictureChoice(rows="all", fit=True)
    assert picture_for(view, choice).note == ""
    window.findChild(object, "filter_controller").apply(CRITICAL)
    picture = picture_for(view, choice)
    assert picture.note == "Filter: Critical"
    QGuiApplication.clipboard().clear()
    assert CopyPicture(window).copy(view, choice) == "clipboard"
    image = QGuiApplication.clipboard().image()
    assert image.height() == CAPTION_H + picture_height(len(picture.uids or ()))
    assert _ink_rows(image, 0, CAPTION_H) > 4


@needs_poppler
def test_s19pr_with_the_header_off_the_note_has_a_line_of_its_own(qapp, tmp_path):
    plan = build_plan()
    sched = schedule(plan)
    note = "Filter: Critical"
    bare = PrintOptions(header=False, footer=False, legend=False, view_note=note)
    layout = GanttPageLayout(plan, sched, bare, 780.0, 540.0)
    assert layout.body_top == NOTE_H + NOTE_GAP
    assert GanttPageLayout(plan, sched, replace(bare, view_note=""), 780.0, 540.0).body_top == 0
    for options in (bare, replace(bare, footer=True, legend=True)):
        out = tmp_path / "bare.pdf"
        export.export_pdf_file(plan, sched, replace(options, printed_on=date(2026, 3, 1)), out)
        text = _text(out)
        assert text.startswith(note), text  # the page's first line: before the columns
        assert "Printed:" not in text  # no header for all that
    out = tmp_path / "plain.pdf"
    export.export_pdf_file(plan, sched, replace(bare, view_note=""), out)
    assert "Filter" not in _text(out)


@needs_poppler
@pytest.mark.parametrize("name", ["team", "risks"])
def test_s19pr_a_sorted_table_printout_says_its_sort(window, tmp_path, name):
    window.action_collection[f"view_{name}"].trigger()
    table = main_item_view(window.views[name])
    out = tmp_path / f"{name}.pdf"
    title, headers, rows = actions.current_table(window)
    assert actions.print_table(window, window.document, title, headers, rows, to_pdf=True, path=out)
    assert "Sorted by" not in _text(out)  # in the plan's order: as before
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    heading = str(table.model().headerData(0, Qt.Orientation.Horizontal)).split()
    title, headers, rows = actions.current_table(window)
    assert actions.print_table(window, window.document, title, headers, rows, to_pdf=True, path=out)
    assert f"Sorted by {' '.join(heading)} (descending)" in _text(out)


def test_s19pr_save_a_copy_as_png_says_the_sheets_filter(window, tmp_path, monkeypatch):
    from app.ui.main_window import MainWindow

    window.findChild(object, "filter_controller").apply(CRITICAL)
    target = tmp_path / "copy.png"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    said: list[str] = []
    caption = export._paint_caption
    monkeypatch.setattr(
        export, "_paint_caption", lambda p, note, *a: (said.append(note), caption(p, note, *a))
    )
    window.save_copy_as()
    assert said == ["Filter: Critical"]
    assert _ink_rows(QImage(str(target)), 0, CAPTION_H) > 4


@needs_poppler
def test_s19pr_the_preview_of_a_sorted_table_says_its_sort(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window.action_collection["view_risks"].trigger()
    table = main_item_view(window.views["risks"])
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    heading = " ".join(str(table.model().headerData(1, Qt.Orientation.Horizontal)).split())
    dialog = actions.make_preview(window, window.document)
    try:
        printer = dialog._gantry_printer
        out = tmp_path / "preview.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)  # what the preview's pages are drawn by
    finally:
        dialog.deleteLater()
    text = _text(out)
    assert f"Sorted by {heading}" in text
    assert f"Sorted by {heading} (descending)" not in text
