"""How many pages the current view takes, found without drawing, and how that is said."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtPrintSupport import QPrinter

from app.domain.plural_words import noun
from app.report.options import PrintOptions
from app.report.render import gantt_layout
from app.report.usage_pages import UsageSheet, device_usage_plan
from app.ui.document import Document
from app.ui.printing.current_table import table_frame


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
        # as printed: a typed footer (or none) takes a line for the page's place
        frame = table_frame(document.plan.project, options, table[0], rows)
        plan = device_usage_plan(printer, rows, options.usage_blank_pages, frame)
        return plan.count, plan.blank
    return None
