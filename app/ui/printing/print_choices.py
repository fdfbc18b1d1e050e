"""What the window prints with: the plan's own Page Setup (its Page tab, margins, header,
footer, legend, notes, kept with the plan: app/report/page_kept.py) and the window's
Gantt view (its chart toggles, the rows its sheet shows, their filter, sort and group).
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from datetime import datetime

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.domain.page_setup import PageSetup
from app.report.active_only import active_printed
from app.report.chart_dates import chart_marks, drawn_dates
from app.report.options import GANTT_VIEW, PrintOptions
from app.report.page_kept import page_kept, with_page
from app.report.page_orientation import oriented
from app.report.plan_lookups import PlanLookups
from app.report.render import page_layout
from app.ui.document import Document
from app.ui.models.task_rows import group_headers
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.page_setup_tabs import keep_page_setup
from app.ui.printing.sheet_note import sheet_view_note

_OPTIONS: weakref.WeakKeyDictionary[Document, PrintOptions] = weakref.WeakKeyDictionary()


def print_options(parent: QWidget | None, document: Document) -> PrintOptions:
    """What the window prints: :func:`chosen_options` with the page's orientation decided
    (Automatic turns it as ``gantry convert`` does, for the rows and columns printed)."""
    return oriented(document.plan, chosen_options(parent, document))


def chosen_options(parent: QWidget | None, document: Document) -> PrintOptions:
    """The document's Page Setup options, with the chart toggles of the window's Gantt view;
    the orientation as chosen (None: Automatic); with "Only tasks active in these dates"
    (kept with the plan's Page Setup, schema v50), only the sheet's rows with a bar in the
    dates (app/report/active_only.py)."""
    options = _sheet_options(parent, document)
    active = document.plan.project.page_setup.active_only
    return active_printed(document.plan, document.schedule, replace(options, active_only=active))


def _sheet_options(parent: QWidget | None, document: Document) -> PrintOptions:
    """:func:`chosen_options` with every row the sheet shows."""
    chosen = _OPTIONS.get(document)
    # the Page Setup the plan keeps (Undo may change it): the margins, header, footer,
    # legend and notes, and its Page tab (paper, fit, dates, columns) unless this session
    # set other options for the document (set_print_options)
    setup = document.plan.project.page_setup
    options = _printing_with(chosen, setup)
    if document.path is not None:  # what &[File] prints
        options = replace(options, file_name=document.path.name)
    chart = options.chart
    if parent is not None:
        from app.ui.gantt.copy_picture import pane_width, printed_chart, shown_columns
        from app.ui.gantt.view import GanttView

        view = parent.findChild(GanttView)
        if view is not None:
            chart = printed_chart(view)  # the View toggles and the Task Path colours
            if chosen is None and setup.columns is None:  # until Page Setup says otherwise,
                # the sheet's columns
                options = replace(options, columns=shown_columns(view, pane_width(view)))
    # the today line as the chart shows it (MS Project prints its Current Date gridline)
    today = chart.today or datetime.now()
    chart = replace(chart, status_date=document.plan.project.status_date, today=today)
    options = replace(options, view=gantt_view_name(parent))  # what a header's &[View] says
    # The rows the sheet shows (filtered, summaries collapsed), as MS Project prints its view.
    model = getattr(parent, "model", None)
    shown = getattr(model, "shown_uids", None)
    rows = tuple(shown()) if callable(shown) else None
    row_sort = getattr(model, "row_sort", None)
    sort = row_sort() if callable(row_sort) else None
    flat = sort is not None and sort.flat  # sorted without the outline: names not indented
    note = sheet_view_note(document, model)
    groups = group_headers(model)
    return replace(options, chart=chart, rows=rows, flat=flat, groups=groups, view_note=note)


def _printing_with(chosen: PrintOptions | None, setup: PageSetup) -> PrintOptions:
    """The session's options (``chosen``) with the plan's ``setup``; none chosen, the
    plan's Page tab too."""
    return with_page(PrintOptions(), setup) if chosen is None else replace(chosen, setup=setup)


def gantt_view_name(window: QWidget | None) -> str:
    """The name of the Gantt view the window shows, as MS Project names it: "Tracking
    Gantt" or "Leveling Gantt" while View chose that preset, else "Gantt Chart"."""
    from app.ui.gantt.toggles import leveling_gantt_of, tracking_gantt_of

    presets = (
        (tracking_gantt_of(window), "Tracking Gantt"),
        (leveling_gantt_of(window), "Leveling Gantt"),
    )
    for preset, name in presets:
        if preset is not None and preset.active:
            return name
    return GANTT_VIEW


def set_print_options(document: Document, options: PrintOptions) -> None:
    """Print a document with these options for this session, in place of the Page tab the
    plan keeps (its margins, header, footer, legend and notes still the plan's)."""
    _OPTIONS[document] = options


def page_setup(parent: QWidget | None, document: Document) -> PrintOptions | None:
    """File > Page Setup; returns the new options (None when cancelled)."""
    active = document.plan.project.page_setup.active_only
    options = replace(_sheet_options(parent, document), active_only=active)
    # The dates it offers are those "Whole project" prints: with the rows' deadlines and
    # drawn baselines, so unticking it does not cut off a deadline after the finish.
    uids = options.rows if options.rows is not None else [t.uid for t in document.plan.tasks]
    marks = chart_marks(PlanLookups(document.plan), uids, options.chart.show_baseline)
    first, last = drawn_dates(document.schedule, marks)
    chosen = PageSetupDialog.ask(parent, options, first, last)
    if chosen is not None:
        # with the plan, one undoable step, and printed from it (Undo takes it back)
        _OPTIONS.pop(document, None)
        keep_page_setup(document, page_kept(chosen))
    return chosen


def printer_for(options: PrintOptions) -> QPrinter:
    """A high-resolution printer set up with the paper, orientation and margins of ``options``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(options))
    return printer


def kept_options(document: Document) -> PrintOptions:
    """The document's Page Setup choices (the defaults until chosen) with the plan's own
    Page Setup: what a table view prints with (no Gantt view to take toggles or rows from);
    the plan's file name, what &[File] prints, as on the Gantt's pages."""
    options = _printing_with(_OPTIONS.get(document), document.plan.project.page_setup)
    if document.path is not None:
        options = replace(options, file_name=document.path.name)
    return options
