"""File > Status Report: the stakeholder report as a PDF, and its print preview.

The figures come from :func:`app.domain.status_report.gather_status` at the
project's status date (now when it has none, as the Budget view reads
earned value); app.report.status_pages draws them. The file dialog sits
behind :func:`ask_report_path`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.domain.errors import AppError
from app.domain.project import measured_at
from app.domain.status_lines import StatusReport
from app.domain.status_report import gather_status
from app.report.render import page_layout
from app.report.status_pages import (
    render_status_report,
    status_frame,
    status_page_options,
    write_status_pdf,
)
from app.ui.background import Cancelled, run_with_progress
from app.ui.dialogs.file_names import file_stem
from app.ui.document import Document
from app.ui.file_menu import FileMenu
from app.ui.printing.actions import chosen_options

CAPTION = "Status Report"
_FILTER = "PDF (*.pdf)"


def gather(document: Document, clock: Callable[[], datetime] = datetime.now) -> StatusReport:
    """The document's status report at its status date (``clock()`` when it has none)."""
    return gather_status(document.plan, document.schedule, document.costs, clock())


def ask_report_path(parent: QWidget | None, suggestion: str) -> Path | None:
    """Ask where to save the report (None: cancelled; tests patch this).

    File > New's Save As step adds .pdf to a name typed without it and asks
    before replacing a report the dialog did not ask about.
    """
    return FileMenu.ask_save_path(parent, CAPTION, Path(suggestion), _FILTER)


def _suggestion(document: Document, stamp: datetime) -> str:
    base = document.path
    folder = base.parent if base else Path.home()
    name = file_stem(document.plan.project.name, base.stem if base else "plan")
    return str(folder / f"{name} - status {stamp:%Y-%m-%d}.pdf")


def _paper(parent: QWidget | None, document: Document) -> str:
    """The paper chosen in Page Setup (the report is always portrait)."""
    return chosen_options(parent, document).paper


def _switches(parent: QWidget | None, document: Document) -> tuple[bool, bool, str]:
    """Whether the report prints its header and its footer (the plan's Page Setup texts):
    as Page Setup's Header and Footer switches are for this session; and the plan's file
    name, what their ``&[File]`` prints."""
    chosen = chosen_options(parent, document)
    return chosen.header, chosen.footer, chosen.file_name


def export_status_report(
    parent: QWidget | None,
    document: Document,
    clock: Callable[[], datetime] = datetime.now,
) -> Path | None:
    """Ask for a file, write the status report there; the path written (None: cancelled).

    Gathering the figures takes seconds on a plan of 100,000 tasks: it runs
    with the writing off the GUI thread, behind a progress dialog.
    """
    now = clock()
    stamp = measured_at(document.plan.project, now)
    path = ask_report_path(parent, _suggestion(document, stamp))
    if path is None:
        return None
    paper = _paper(parent, document)
    switches = _switches(parent, document)  # read on the GUI thread, as the paper

    def write() -> int:
        report = gather(document, lambda: now)
        return write_status_pdf(report, path, paper, frame=status_frame(report, *switches))

    try:
        run_with_progress(parent, "Writing the status report…", write)
    except Cancelled:
        return None
    except (AppError, OSError) as exc:
        QMessageBox.warning(parent, CAPTION, str(exc))
        return None
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(f"Status report written to {path}", 10000)
    return path


def make_status_preview(
    parent: QWidget | None,
    document: Document,
    clock: Callable[[], datetime] = datetime.now,
) -> QPrintPreviewDialog:
    """A print preview of the status report (print from it, or look before writing the PDF)."""
    report = run_with_progress(
        parent, "Gathering the status report…", lambda: gather(document, clock)
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # the plan's margins, as the PDF's (app/report/status_pages.py)
    setup = document.plan.project.page_setup
    printer.setPageLayout(page_layout(status_page_options(_paper(parent, document), setup=setup)))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"{CAPTION} — {document.plan.project.name}")
    frame = status_frame(report, *_switches(parent, document))
    dialog.paintRequested.connect(lambda target: render_status_report(target, report, frame))
    dialog._gantry_printer = printer  # type: ignore[attr-defined]  # alive as long as the dialog
    return dialog


def preview_status_report(parent: QWidget | None, document: Document) -> None:
    """File > Status Report Preview."""
    try:
        dialog = make_status_preview(parent, document)
    except Cancelled:
        return
    dialog.exec()
