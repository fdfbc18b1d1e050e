"""File menu printing: Page Setup, Print Preview, Print and Export PDF (and tabular reports).

Everything goes through app.report's renderer, so the preview, the paper and
the PDF show the same pages. Page Setup choices are kept per document for the
session (print_choices.py); the current table view, its page and its sort are
current_table.py's; page counts page_count.py's. Dialogs sit behind small functions
(``ask_*``) that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain.errors import AppError
from app.report.empty_print import nothing_to_print
from app.report.export import export_pdf_file
from app.report.options import PrintOptions
from app.report.page_logo import logo_problem
from app.report.page_orientation import orientation_text, oriented
from app.report.render import CancelledError, PageRangeError, render_gantt, render_table
from app.report.usage_pages import UsageSheet, render_usage
from app.ui.dialogs.file_names import file_stem
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.printing.current_table import (
    TableRows,
    current_table,
    table_first_page,
    table_frame,
    table_note,
    table_options,
)
from app.ui.printing.page_count import page_count, pages_text
from app.ui.printing.page_progress import PageProgress
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.preview_parts import PaintHeld, preview_note, preview_title
from app.ui.printing.preview_setup import own_page_setup
from app.ui.printing.print_choices import (
    chosen_options,
    kept_options,
    page_setup,
    print_options,
    printer_for,
    set_print_options,
)

# Named here too: callers and tests reach them through this module.
__all__ = [
    "PageSetupDialog",
    "chosen_options",
    "current_table",
    "page_count",
    "page_setup",
    "pages_text",
    "preview_title",
    "print_options",
    "set_print_options",
    "table_note",
    "table_options",
]

# More pages than this and Print, Print Preview and Export PDF ask first: a 25k-task
# Task Usage by week was 106,662 pages (443 s) before blank pages were left out.
MANY_PAGES = 500


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
    table = current_table(parent)
    dialog = _make_preview(parent, document, options, table, None, chosen.landscape)
    if table is None:  # the Gantt's: Page Setup's paper, fit, dates, columns... redraw it
        own_page_setup(dialog, lambda: _set_up_again(dialog, parent, document))
    return dialog


def _set_up_again(dialog: QPrintPreviewDialog, parent: QWidget | None, document: Document) -> bool:
    """Print Preview's "Page setup": Gantry's Page Setup over the preview; OK keeps it with
    the plan and the preview prints with it (its paper and margins on the preview's printer)."""
    if page_setup(dialog, document) is None:
        return False
    options = print_options(parent, document)
    printer: QPrinter = dialog._gantry_printer  # type: ignore[attr-defined]
    printer.setPageLayout(printer_for(options).pageLayout())
    dialog._gantry_options[0] = options  # type: ignore[attr-defined]
    return True


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
    printer = printer_for(options if table is None else table_options(options, *table[1:]))
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
    preview_note(dialog, logo_problem(options.setup.logo) or "")  # a picture not there
    printed = [options]  # Print Preview's Page setup may choose others (_set_up_again)
    dialog._gantry_options = printed  # type: ignore[attr-defined]
    # the paper and orientation the title's count is for, and that count
    shown_count: list[Any] = [printer.pageLayout(), counted]

    def paint(target: QPrinter) -> None:
        nonlocal options
        if printed[0] is not options:  # Page setup chose others: count them anew
            options = printed[0]
            shown_count[0] = None
            preview_note(dialog, logo_problem(options.setup.logo) or "")
        # The preview's own Portrait/Landscape (or Page setup) changed the paper: count anew.
        if counted is not None and (
            shown_count[0] is None or not target.pageLayout().isEquivalentTo(shown_count[0])
        ):
            shown_count[:] = [target.pageLayout(), page_count(document, target, options, table)]
        title = preview_title(plan.project.name, shown_count[1], turned(target.pageLayout()))
        dialog.setWindowTitle(title)
        with PaintHeld(dialog):
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
            frame=table_frame(plan.project, options, title, rows),
            first_page=table_first_page(parent),
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
    first_page: Callable[[QPainter, QRectF], None] | None = None,
    **kw: Any,
) -> int:
    """A table report; a Usage view's sheet prints its periods over pages across, with
    progress and Cancel (thousands of pages on a big plan; ``counted``: the pages and blank
    ones left out, said in the progress), its blank pages left out unless ``blank_pages``;
    0 pages when cancelled. ``note``: a plain table's sort (:func:`table_note`), said in
    its header; ``first_page``: a plain table's page before its rows (the Risks view's heat
    map, :func:`table_first_page`). A Usage sheet says its own note, Task Usage's filter
    (``UsageSheet.note``, since 470d4bc), once in every page's header; its rows are never
    sorted (the outline's order), so it has no sort to add and ``note`` is not printed
    for it."""
    if isinstance(rows, UsageSheet):
        text = f"Preparing {pages_text(*counted)}…" if counted else "Preparing the pages…"
        progress = _progress(parent, text)
        try:
            return render_usage(device, rows, progress=progress, blank_pages=blank_pages, **kw)
        except CancelledError:
            return 0
        finally:
            progress.close()
    return render_table(device, title, headers, rows, note=note, first_page=first_page, **kw)


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
    printer = printer_for(options if table is None else table_options(options, *table[1:]))
    counted = page_count(document, printer, options, table)
    if not _pages_ok(parent, "Print Preview", table, counted, options):
        return
    _make_preview(parent, document, options, table, counted, chosen.landscape).exec()


def _progress(parent: QWidget | None, text: str) -> PageProgress:
    return PageProgress(parent, text)


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (tests patch this). Its
    "Pages from/to" run from 1 to the printout's last page when it was counted
    (:func:`print_dialog`)."""
    return print_dialog(parent, printer).exec() == QDialog.DialogCode.Accepted


def print_dialog(parent: QWidget | None, printer: QPrinter) -> QPrintDialog:
    """The system print dialog for ``printer``, its page range kept to 1..the pages counted
    for it (:func:`count_for_dialog`; none counted: Qt's own limits)."""
    dialog = QPrintDialog(printer, parent)
    pages = getattr(printer, "_gantry_pages", 0)
    if pages:
        dialog.setMinMax(1, pages)
    return dialog


def count_for_dialog(printer: QPrinter, counted: tuple[int, int] | None) -> None:
    """Let the print dialog of ``printer`` offer pages 1 to the last of ``counted``."""
    printer._gantry_pages = counted[0] if counted else 0  # type: ignore[attr-defined]


def with_pages_chosen(options: PrintOptions, printer: QPrinter) -> PrintOptions:
    """``options`` printing the pages the Print dialog's "Pages from/to" chose (all else)."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.fromPage() < 1:
        return options
    first = printer.fromPage()
    return replace(options, page_range=(first, max(first, printer.toPage())))


def print_document(parent: QWidget | None, document: Document) -> int:
    """File > Print (the Gantt, or the current table view); pages sent (0 when cancelled)."""
    table = current_table(parent)
    if table is not None:
        return print_table(parent, document, *table)
    options = print_options(parent, document)
    if _nothing_to_print(parent, document, options, "Print"):
        return 0
    printer = printer_for(options)
    count_for_dialog(printer, page_count(document, printer, options, None))  # its page range
    if not ask_printer(parent, printer):
        return 0
    options = with_pages_chosen(options, printer)  # the dialog's "Pages from/to"
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
    except PageRangeError as error:  # "Pages from 9" of a 4-page printout: said, none sent
        QMessageBox.warning(parent, "Print", f"{str(error)[0].upper()}{str(error)[1:]}.")
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
    counted = page_count(document, printer_for(options), options, None)
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


def print_table(
    parent: QWidget | None,
    document: Document,
    title: str,
    headers: Sequence[str],
    rows: TableRows,
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
    options = kept_options(document)
    printer = printer_for(table_options(options, headers, rows))
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
        frame=table_frame(plan.project, options, title, rows),
        first_page=table_first_page(parent),
    )
    if not pages and path is not None:
        path.unlink(missing_ok=True)  # cancelled: no PDF of the first pages only, as the Gantt's
    return pages
