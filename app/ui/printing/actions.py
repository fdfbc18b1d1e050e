"""File menu printing: Page Setup, Print Preview, Print and Export PDF (and tabular reports).

Everything goes through app.report's renderer, so the preview, the paper and
the PDF show the same pages. Page Setup choices are kept per document for the
session. Dialogs sit behind small functions (``ask_*``) that tests replace.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGraphicsView,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from app.domain.errors import AppError
from app.domain.plural_words import noun
from app.report.chart_dates import chart_marks, drawn_dates
from app.report.empty_print import nothing_to_print
from app.report.export import export_pdf_file
from app.report.options import PrintOptions
from app.report.page_orientation import orientation_text, oriented
from app.report.plan_lookups import PlanLookups
from app.report.render import (
    CancelledError,
    fits_across,
    gantt_layout,
    page_layout,
    render_gantt,
    render_table,
)
from app.report.usage_pages import UsageSheet, device_usage_plan, render_usage, usage_width
from app.report.view_frame import ViewFrame
from app.ui.dialogs.file_names import file_stem
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.models.task_rows import group_headers
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.page_setup_tabs import keep_page_setup
from app.ui.printing.sheet_note import sheet_view_note
from app.ui.printing.tables import TITLES, main_item_view, sort_note, table_rows

_OPTIONS: weakref.WeakKeyDictionary[Document, PrintOptions] = weakref.WeakKeyDictionary()
# More pages than this and Print, Print Preview and Export PDF ask first: a 25k-task
# Task Usage by week was 106,662 pages (443 s) before blank pages were left out.
MANY_PAGES = 500


def print_options(parent: QWidget | None, document: Document) -> PrintOptions:
    """What the window prints: :func:`chosen_options` with the page's orientation decided
    (Automatic turns it as ``gantry convert`` does, for the rows and columns printed)."""
    return oriented(document.plan, chosen_options(parent, document))


def chosen_options(parent: QWidget | None, document: Document) -> PrintOptions:
    """The document's Page Setup options, with the chart toggles of the window's Gantt view;
    the orientation as chosen (None: Automatic)."""
    chosen = _OPTIONS.get(document)
    # the margins, header, footer, legend and notes the plan keeps (Undo may change them)
    options = replace(chosen or PrintOptions(), setup=document.plan.project.page_setup)
    chart = options.chart
    if parent is not None:
        from app.ui.gantt.copy_picture import printed_chart, shown_columns
        from app.ui.gantt.view import GanttView

        view = parent.findChild(GanttView)
        if view is not None:
            chart = printed_chart(view)  # the View toggles and the Task Path colours
            if chosen is None:  # until Page Setup says otherwise, print the sheet's columns
                options = replace(options, columns=shown_columns(view))
    chart = replace(chart, status_date=document.plan.project.status_date, today=None)
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


def set_print_options(document: Document, options: PrintOptions) -> None:
    """Remember Page Setup choices for a document (for this session)."""
    _OPTIONS[document] = options


def page_setup(parent: QWidget | None, document: Document) -> PrintOptions | None:
    """File > Page Setup; returns the new options (None when cancelled)."""
    options = chosen_options(parent, document)
    # The dates it offers are those "Whole project" prints: with the rows' deadlines and
    # drawn baselines, so unticking it does not cut off a deadline after the finish.
    uids = options.rows if options.rows is not None else [t.uid for t in document.plan.tasks]
    marks = chart_marks(PlanLookups(document.plan), uids, options.chart.show_baseline)
    first, last = drawn_dates(document.schedule, marks)
    chosen = PageSetupDialog.ask(parent, options, first, last)
    if chosen is not None:
        set_print_options(document, chosen)
        keep_page_setup(document, chosen.setup)  # with the plan, one undoable step
    return chosen


def _printer(options: PrintOptions) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(options))
    return printer


def current_table(parent: QWidget | None) -> tuple[str, list[str], list[list[str]]] | None:
    """Title, headings and rows of the window's current tabular view (None on the Gantt)."""
    name = getattr(parent, "current_view", "gantt")
    widget = getattr(parent, "views", {}).get(name)
    if name not in TITLES or not isinstance(widget, QWidget):
        return None
    sheet = getattr(widget, "print_sheet", None)
    if callable(sheet):  # the Usage view: its grid, over pages across (app/report/usage_pages.py)
        got = sheet()
        return got.title, got.headers, got
    view = main_item_view(widget)
    if view is None:
        return None
    headers, rows = table_rows(view)
    footer = getattr(getattr(widget, "model", None), "footer_rows", None)
    if name == "budget" and callable(footer):  # the project total and the risk reserve
        rows += footer(headers)
    return TITLES[name], headers, rows


def table_note(parent: QWidget | None) -> str:
    """How the current tabular view's rows are sorted, as its printout's header says it
    ("Sorted by Std. rate (descending)"; "": in the plan's order, or not a plain table).
    The Team, Budget and Risks views filter nothing: their sort is all a printout can miss."""
    name = getattr(parent, "current_view", "gantt")
    widget = getattr(parent, "views", {}).get(name)
    if name not in TITLES or not isinstance(widget, QWidget):
        return ""
    return sort_note(main_item_view(widget))


def pages_text(count: int, blank: int) -> str:
    """ "3,132 pages (103,530 blank pages left out)": what a print or PDF will take."""
    text = f"{count:,} {noun(count, 'page')}"
    if blank:
        text += f" ({blank:,} blank {noun(blank, 'page')} left out)"
    return text


def page_count(
    document: Document,
    printer: QPrinter,
    options: PrintOptions,
    table: tuple[str, Sequence[str], Any] | None,
) -> tuple[int, int] | None:
    """Pages the current view takes on ``printer``'s paper and how many blank ones are left
    out, found without drawing (None for a plain table: its rows just flow down)."""
    if table is None:
        layout = gantt_layout(document.plan, document.schedule, options, printer)
        return layout.printed_pages, layout.blank
    rows = table[2]
    if isinstance(rows, UsageSheet):
        frame = ViewFrame.of(document.plan.project)  # a typed footer: a line for the place
        plan = device_usage_plan(printer, rows, options.usage_blank_pages, frame)
        return plan.count, plan.blank
    return None


def ask_many_pages(parent: QWidget | None, action: str, what: str, pages: str, hint: str) -> bool:
    """Whether to go on with a job of more than :data:`MANY_PAGES` pages; ``hint`` says how
    to print fewer (tests patch this)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        action,
        f"{what} takes {pages}. Preparing that many pages takes minutes.\n\n{hint}",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    go = box.addButton(f"{action} anyway", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def _pages_ok(
    parent: QWidget | None,
    action: str,
    table: tuple[str, Sequence[str], Any] | None,
    counted: tuple[int, int] | None,
    options: PrintOptions,
) -> bool:
    """True unless the job is more than :data:`MANY_PAGES` pages and the user cancels."""
    if counted is None or counted[0] <= MANY_PAGES:
        return True
    if table is None:
        what = "The Gantt chart"
        hint = "To print fewer: fewer rows (collapse, filter), or a date range, fewer pages "
        hint += "wide or a smaller scale in Page Setup"
        blank, where = options.blank_pages, "Gantt chart"
    else:
        what = str(table[0])
        hint = "To print fewer: a longer period (weeks or months) or fewer rows (collapse, filter)"
        blank, where = options.usage_blank_pages, "Usage"
    if blank:
        hint += f", or turn off Page Setup's 'Print blank pages' for the {where}"
    return ask_many_pages(parent, action, what, pages_text(*counted), hint + ".")


def make_preview(parent: QWidget | None, document: Document) -> QPrintPreviewDialog:
    """The Print Preview dialog for the current view, painting through the shared renderer.

    Its title says how many pages it holds (and how many blank ones are left out), and for
    the Gantt how its page is turned ("Automatic (landscape)").
    """
    chosen = chosen_options(parent, document)
    options = oriented(document.plan, chosen)
    return _make_preview(parent, document, options, current_table(parent), None, chosen.landscape)


def _make_preview(
    parent: QWidget | None,
    document: Document,
    options: PrintOptions,
    table: tuple[str, Sequence[str], Any] | None,
    counted: tuple[int, int] | None = None,
    chosen: bool | None = None,
) -> QPrintPreviewDialog:
    """The preview of ``options`` (decided by :func:`oriented` from Page Setup's
    orientation ``chosen``, None: Automatic)."""
    printer = _printer(options if table is None else table_options(options, *table[1:]))
    if counted is None:
        counted = page_count(document, printer, options, table)
    dialog = QPrintPreviewDialog(printer, parent)
    plan = document.plan
    note = table_note(parent) if table is not None else ""

    def turned(layout: QPageLayout) -> str:
        """How the Gantt's page is turned: as Page Setup chose, until the preview's own
        Portrait or Landscape turns it (a table's page turns to fit its columns)."""
        if table is not None:
            return ""
        landscape = layout.orientation() == QPageLayout.Orientation.Landscape
        return orientation_text(chosen if landscape == options.landscape else landscape, landscape)

    dialog.setWindowTitle(preview_title(plan.project.name, counted, turned(printer.pageLayout())))
    # the paper and orientation the title's count is for, and that count
    shown_count: list[Any] = [printer.pageLayout(), counted]

    def paint(target: QPrinter) -> None:
        # The preview's own Portrait/Landscape (or Page setup) changed the paper: count anew.
        if counted is not None and not target.pageLayout().isEquivalentTo(shown_count[0]):
            shown_count[:] = [target.pageLayout(), page_count(document, target, options, table)]
        title = preview_title(plan.project.name, shown_count[1], turned(target.pageLayout()))
        dialog.setWindowTitle(title)
        with _PaintHeld(dialog):
            _paint_preview(target)

    def _paint_preview(target: QPrinter) -> None:
        if table is None:
            # Qt records every page before it shows one: a big plan's hundreds of pages
            # take seconds, so say how far it is and let Cancel show the pages so far.
            progress = _progress(dialog, "Preparing the preview…")
            try:
                render_gantt(target, plan, document.schedule, options, progress, document.costs)
            except CancelledError:
                dialog.setWindowTitle(f"Print Preview — {plan.project.name} (first pages only)")
            finally:
                progress.close()
            return
        title, headers, rows = table
        pages = _render_table(
            target,
            title,
            headers,
            rows,
            options.usage_blank_pages,
            project=plan.project.name,
            status_date=plan.project.status_date,
            printed_on=date.today(),
            parent=dialog,
            note=note,
            frame=ViewFrame.of(plan.project),
        )
        if not pages:
            dialog.setWindowTitle(f"Print Preview — {plan.project.name} (first pages only)")

    dialog.paintRequested.connect(paint)
    dialog._gantry_printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog


def _render_table(
    device: QPrinter,
    title: str,
    headers: Sequence[str],
    rows: Any,
    blank_pages: bool,
    parent: QWidget | None = None,
    counted: tuple[int, int] | None = None,
    note: str = "",
    **kw: Any,
) -> int:
    """A table report; a Usage view's sheet prints its periods over pages across, with
    progress and Cancel (thousands of pages on a big plan; ``counted``: the pages and blank
    ones left out, said in the progress), its blank pages left out unless ``blank_pages``;
    0 pages when cancelled. ``note``: a plain table's sort (:func:`table_note`), said in
    its header. A Usage sheet says its own note, Task Usage's filter (``UsageSheet.note``,
    since 470d4bc), once in every page's header; its rows are never sorted (the outline's
    order), so it has no sort to add and ``note`` is not printed for it."""
    if isinstance(rows, UsageSheet):
        text = f"Preparing {pages_text(*counted)}…" if counted else "Preparing the pages…"
        progress = _progress(parent, text)
        try:
            return render_usage(device, rows, progress=progress, blank_pages=blank_pages, **kw)
        except CancelledError:
            return 0
        finally:
            progress.close()
    return render_table(device, title, headers, rows, note=note, **kw)


class _PaintHeld(QObject):
    """Keeps the preview's page view from painting while its pages are drawn anew.

    Qt frees the pages it shows before asking for new ones (Portrait, Landscape, Page
    setup in the preview); the progress lets events through, and a paint of the view then
    drew freed pages: a crash in QPicture::play. Disabling updates was not enough (an
    update already pending still painted), so the view's paint events are dropped until
    the new pages are in, then it paints once.
    """

    def __init__(self, dialog: QPrintPreviewDialog) -> None:
        super().__init__(dialog)
        view = dialog.findChild(QGraphicsView)
        self._viewport = view.viewport() if view is not None else None

    def __enter__(self) -> _PaintHeld:
        if self._viewport is not None:
            self._viewport.installEventFilter(self)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._viewport is not None:
            self._viewport.removeEventFilter(self)
            self._viewport.update()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drop the view's paint events while held."""
        return event.type() == QEvent.Type.Paint


def preview_title(project: str, counted: tuple[int, int] | None, turned: str = "") -> str:
    """ "Print Preview — Sparse — 7 pages, 105 blank left out" (no brackets in brackets);
    without a count (a plain table flows down its pages), the project's name only; then
    ``turned``, how the page is turned ("Automatic (landscape)"), when given."""
    pages = ""
    if counted is not None:
        count, blank = counted
        pages = f" — {pages_text(count, 0)}" + (f", {blank:,} blank left out" if blank else "")
    return f"Print Preview — {project}{pages}" + (f" — {turned}" if turned else "")


def _nothing_to_print(
    parent: QWidget | None, document: Document, options: PrintOptions, action: str
) -> bool:
    """True, once said, when the sheet's filter keeps no task: MS Project prints nothing
    (app/report/empty_print.py; the command line says the same line)."""
    row_filter = getattr(getattr(parent, "model", None), "row_filter", None)
    shown = row_filter() if callable(row_filter) else None
    text = nothing_to_print(document.plan, options.rows, getattr(shown, "task_filter", None))
    if text:
        QMessageBox.warning(parent, action, text)
    return bool(text)


def print_preview(parent: QWidget | None, document: Document) -> None:
    """File > Print Preview; a job of more than :data:`MANY_PAGES` pages asks first."""
    chosen = chosen_options(parent, document)
    options = oriented(document.plan, chosen)
    table = current_table(parent)
    if table is None and _nothing_to_print(parent, document, options, "Print Preview"):
        return
    printer = _printer(options if table is None else table_options(options, *table[1:]))
    counted = page_count(document, printer, options, table)
    if not _pages_ok(parent, "Print Preview", table, counted, options):
        return
    _make_preview(parent, document, options, table, counted, chosen.landscape).exec()


class _PageProgress:
    """Progress of a long print or export, with Cancel; shows itself only when slow."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self._dialog = QProgressDialog(text, "Cancel", 0, 1, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)
        self._dialog.setValue(0)

    def __call__(self, done: int, total: int) -> bool:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        QApplication.processEvents()
        return not self._dialog.wasCanceled()

    def close(self) -> None:
        """Take the dialog away."""
        self._dialog.reset()
        self._dialog.deleteLater()


def _progress(parent: QWidget | None, text: str) -> _PageProgress:
    return _PageProgress(parent, text)


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (tests patch this)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(parent: QWidget | None, document: Document) -> int:
    """File > Print (the Gantt, or the current table view); pages sent (0 when cancelled)."""
    table = current_table(parent)
    if table is not None:
        return print_table(parent, document, *table)
    options = print_options(parent, document)
    if _nothing_to_print(parent, document, options, "Print"):
        return 0
    printer = _printer(options)
    if not ask_printer(parent, printer):
        return 0
    counted = page_count(document, printer, options, None)  # on the paper chosen
    if not _pages_ok(parent, "Print", None, counted, options):
        return 0
    progress = _progress(parent, f"Printing {pages_text(*counted)}…" if counted else "Printing…")
    try:
        return render_gantt(
            printer, document.plan, document.schedule, options, progress, document.costs
        )
    except CancelledError:
        return 0
    finally:
        progress.close()


def ask_pdf_path(parent: QWidget | None, suggestion: str) -> Path | None:
    """Ask where to save a PDF (tests patch this).

    File > New's Save As step adds .pdf to a name typed without it and asks
    before replacing a PDF the dialog did not ask about.
    """
    return FileMenu.ask_save_path(parent, "Export PDF", Path(suggestion), "PDF (*.pdf)")


def _suggestion(document: Document, stem: str | None = None) -> str:
    base = document.path
    name = file_stem(stem or (base.stem if base else document.plan.project.name), "plan")
    folder = base.parent if base else Path.home()
    return str(folder / f"{name}.pdf")


def export_pdf(parent: QWidget | None, document: Document) -> Path | None:
    """File > Export PDF: the Gantt (or the current table view) as a vector PDF."""
    table = current_table(parent)
    if table is not None:
        title = table[0]
        target = ask_pdf_path(
            parent, _suggestion(document, f"{document.plan.project.name} - {title}")
        )
        if target is None:
            return None
        if not print_table(parent, document, *table, to_pdf=True, path=target):
            return None  # not asked for so many pages after all, or cancelled
        return target
    options = print_options(parent, document)
    if _nothing_to_print(parent, document, options, "Export PDF"):
        return None
    path = ask_pdf_path(parent, _suggestion(document))
    if path is None:
        return None
    counted = page_count(document, _printer(options), options, None)
    if not _pages_ok(parent, "Export PDF", None, counted, options):
        return None
    progress = _progress(
        parent, f"Writing PDF, {pages_text(*counted)}…" if counted else "Writing PDF…"
    )
    try:
        export_pdf_file(
            document.plan,
            document.schedule,
            options,
            path,
            progress,
            document.costs,
        )
    except CancelledError:
        return None
    except (AppError, OSError) as exc:
        QMessageBox.warning(parent, "Export PDF", str(exc))
        return None
    finally:
        progress.close()
    return path


def _points_width(options: PrintOptions) -> float:
    """Width in points inside the margins of the page ``options`` describe."""
    return page_layout(options).paintRect(QPageLayout.Unit.Point).width()


def table_options(
    options: PrintOptions, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> PrintOptions:
    """``options`` for a tabular report: portrait, unless the columns need the width of a
    landscape page to show their headings, figures and words whole (a long text wraps: a
    risk's description alone keeps a page portrait), the preview, the printer and the PDF
    alike."""
    width = _points_width(replace(options, landscape=False))
    if isinstance(rows, UsageSheet):
        # measured by its columns: reading every cell took 11 s at 10k tasks
        return replace(options, landscape=usage_width(rows) > width)
    return replace(options, landscape=not fits_across(headers, rows, width))


def print_table(
    parent: QWidget | None,
    document: Document,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    to_pdf: bool = False,
    path: Path | None = None,
) -> int:
    """Print (or, with ``to_pdf``, export) a tabular report such as the Team roster or Budget.

    Prints the plan's Page Setup margins, header and footer (Gantry's header and footer
    until the user types others), as the Gantt and the preview do. Returns the number of
    pages (0 when cancelled).
    """
    plan = document.plan
    options = replace(_OPTIONS.get(document, PrintOptions()), setup=plan.project.page_setup)
    printer = _printer(table_options(options, headers, rows))
    if to_pdf:
        if path is None:
            path = ask_pdf_path(parent, _suggestion(document, f"{plan.project.name} - {title}"))
        if path is None:
            return 0
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
    elif not ask_printer(parent, printer):
        return 0
    table = (title, headers, rows)
    counted = page_count(document, printer, options, table)
    if not _pages_ok(parent, "Export PDF" if to_pdf else "Print", table, counted, options):
        return 0
    pages = _render_table(
        printer,
        title,
        headers,
        rows,
        options.usage_blank_pages,
        parent,
        counted,
        project=plan.project.name,
        status_date=plan.project.status_date,
        printed_on=date.today(),
        note=table_note(parent),
        frame=ViewFrame.of(plan.project),
    )
    if not pages and path is not None:
        path.unlink(missing_ok=True)  # cancelled: no PDF of the first pages only, as the Gantt's
    return pages
