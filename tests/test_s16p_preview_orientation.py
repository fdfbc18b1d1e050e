"""Print Preview's Portrait and Landscape buttons: the title's page count follows the new
orientation (it kept the count of the paper the preview opened with), and drawing the pages
anew no longer lets the preview repaint pages Qt has just freed (it crashed)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter

from app.domain.usage import Scale
from app.report.options import PrintOptions
from app.report.render import page_layout
from app.store.document import GantryFile
from app.ui.printing import actions
from tests.test_s15u_usage_blank_pages import session, sparse_plan, usage_window
from tests.test_s16p_fit_pages import ninety

__all__ = ["session"]  # the fixture, used by name


def gantt_window(session, qtbot, tmp_path):
    path = tmp_path / "ninety.gantry"
    GantryFile.create(path, ninety()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    with qtbot.waitExposed(window):
        window.show()
    return window


def shown_preview(window, qtbot):
    dialog = actions.make_preview(window, window.document)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def press(dialog, text: str) -> None:
    """The preview toolbar's button of that name (Qt's own dialog: found by its text)."""
    (button,) = [a for a in dialog.findChildren(QAction) if a.text() == text]
    button.trigger()


def title_pages(dialog) -> int:
    match = re.search(r"— ([\d,]+) pages?", dialog.windowTitle())
    assert match is not None, dialog.windowTitle()
    return int(match.group(1).replace(",", ""))


def counted(window, landscape: bool, table=None) -> int:
    """The pages the window's print takes on paper of that orientation, counted anew."""
    options = actions.print_options(window, window.document)
    paper = replace(options if table is None else actions.table_options(options, *table[1:]))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(replace(paper, landscape=landscape)))
    got = actions.page_count(window.document, printer, options, table)
    assert got is not None
    return got[0]


def test_the_gantt_preview_recounts_on_portrait_and_landscape(session, qtbot, tmp_path):
    window = gantt_window(session, qtbot, tmp_path)
    portrait, landscape = counted(window, False), counted(window, True)
    assert portrait != landscape  # 90 rows: 1 page upright, 3 across (the test means something)
    dialog = shown_preview(window, qtbot)
    # Page Setup's Automatic: landscape, as MS Project prints a Gantt, for a page more (s25su)
    assert title_pages(dialog) == landscape
    press(dialog, "Portrait")
    assert title_pages(dialog) == portrait
    assert dialog.windowTitle().startswith("Print Preview — Ninety — ")
    press(dialog, "Landscape")
    assert title_pages(dialog) == landscape


def test_the_usage_preview_recounts_too(session, qtbot, tmp_path):
    window = usage_window(session, qtbot, tmp_path, sparse_plan(), scale=Scale.WEEKS)
    # every page of the grid: left out, the blank ones would leave 7 pages either way
    actions.set_print_options(window.document, PrintOptions(usage_blank_pages=True))
    table = actions.current_table(window)
    first = counted(window, False, table)
    other = counted(window, True, table)
    assert first != other
    dialog = shown_preview(window, qtbot)
    start = title_pages(dialog)
    assert start in (first, other)
    press(dialog, "Landscape" if start == first else "Portrait")
    assert title_pages(dialog) == (other if start == first else first)
