"""Cash Flow's Print Preview: the report's landscape pages as Print and Export PDF lay them.

Built as File > Print Preview builds the Gantt's (app/ui/printing/actions.py): a
QPrintPreviewDialog on a printer set up with the document's Page Setup (paper, margins,
header and footer) that paints through the one renderer, app/report/cash_flow_pdf.py, its
page view held while the pages are drawn anew and its title saying how many there are.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.cash_flow import CashFlow
from app.report.cash_flow_pdf import CASH_FLOW_TITLE, render_cash_flow
from app.report.locale_numbers import Marks
from app.report.options import PrintOptions
from app.report.view_frame import ViewFrame
from app.ui.document import Document
from app.ui.printing.preview_parts import PaintHeld, preview_title
from app.ui.printing.print_choices import kept_options, printer_for


def cash_flow_options(document: Document) -> PrintOptions:
    """The Page Setup the report prints with: the document's, on landscape pages."""
    return replace(kept_options(document), landscape=True)


def make_cash_flow_preview(
    parent: QWidget | None, document: Document, flow: CashFlow, marks: Marks
) -> QPrintPreviewDialog:
    """The Print Preview of ``flow``; print from it as from File > Print Preview."""
    options = cash_flow_options(document)
    printer = printer_for(options)
    dialog = QPrintPreviewDialog(printer, parent)
    project = document.plan.project
    frame = ViewFrame.of(
        project, CASH_FLOW_TITLE, options.header, options.footer, options.file_name
    )
    name = f"{project.name} — {CASH_FLOW_TITLE}"
    dialog.setWindowTitle(preview_title(name, None))

    def paint(target: QPrinter) -> None:
        with PaintHeld(dialog):
            pages = render_cash_flow(target, flow, project, marks, date.today(), frame)
        dialog.setWindowTitle(preview_title(name, (pages, 0)))

    dialog.paintRequested.connect(paint)
    dialog._gantry_printer = printer  # type: ignore[attr-defined]  # alive as long as the dialog
    return dialog
