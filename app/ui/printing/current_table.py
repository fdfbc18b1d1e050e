"""The window's current tabular view as a printed table: its rows, its sort, its page.

The Team, Budget and Risks views print their rows as text (app/ui/printing/tables.py);
the Usage view prints its own sheet (app/report/usage_pages.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.project import Project
from app.report.options import PrintOptions
from app.report.render import fits_across, page_layout
from app.report.usage_pages import UsageSheet, usage_width
from app.report.view_frame import ViewFrame
from app.ui.document import Document
from app.ui.printing.tables import TITLES, main_item_view, sort_note, table_rows
from app.ui.printing.team_totals import team_total_rows
from app.ui.printing.usage_columns import with_window_columns

# a table view's rows: a plain grid, or the Usage view's sheet printed over pages across
TableRows = Sequence[Sequence[str]] | UsageSheet


def current_table(
    parent: QWidget | None,
) -> tuple[str, list[str], list[list[str]] | UsageSheet] | None:
    """Title, headings and rows of the window's current tabular view (None on the Gantt)."""
    name = getattr(parent, "current_view", "gantt")
    widget = getattr(parent, "views", {}).get(name)
    if name not in TITLES or not isinstance(widget, QWidget):
        return None
    sheet = getattr(widget, "print_sheet", None)
    if callable(sheet):  # the Usage view: its grid, over pages across (app/report/usage_pages.py)
        got = sheet()
        mode = getattr(getattr(widget, "mode", None), "value", "")  # "Resource Usage"...
        got = replace(got, view=mode) if isinstance(mode, str) and mode else got
        got = with_window_columns(got, widget)  # its Peak and Indicators, as shown
        return got.title, got.headers, got
    view = main_item_view(widget)
    if view is None:
        return None
    headers, rows = table_rows(view)
    footer = getattr(getattr(widget, "model", None), "footer_rows", None)
    if name == "budget" and callable(footer):  # the project total and the risk reserve
        rows += footer(headers)
    document = getattr(parent, "document", None)
    if name == "team" and isinstance(document, Document):  # the team's Work and Cost summed
        rows += team_total_rows(document, headers)
    totals = getattr(widget, "print_footer_rows", None)
    if callable(totals):  # the Risks view: the exposure shown and the reserve (app/ui/risks)
        rows += totals(headers)
    return TITLES[name], headers, rows


def table_note(parent: QWidget | None) -> str:
    """How the current tabular view's rows are sorted, as its printout's header says it
    ("Sorted by Std. rate (descending)"; "": in the plan's order, or not a plain table).
    A view that filters its rows (the Risks view's Show and Owner) says what it left out
    first: "Showing: not closed; 1 closed risk not shown · Sorted by Exposure"."""
    name = getattr(parent, "current_view", "gantt")
    widget = getattr(parent, "views", {}).get(name)
    if name not in TITLES or not isinstance(widget, QWidget):
        return ""
    shown = getattr(widget, "print_note", None)
    parts = [shown() if callable(shown) else "", sort_note(main_item_view(widget))]
    return " · ".join(p for p in parts if p)


def table_first_page(parent: QWidget | None) -> Callable[[QPainter, QRectF], None] | None:
    """What the current view prints on a page before its table (the Risks view: the heat map
    of the risks shown, as ``gantry risks -o risks.pdf`` prints it); None: no such page."""
    name = getattr(parent, "current_view", "gantt")
    widget = getattr(parent, "views", {}).get(name)
    if name not in TITLES or not isinstance(widget, QWidget):
        return None
    first = getattr(widget, "print_first_page", None)
    return first() if callable(first) else None


def table_frame(
    project: Project,
    options: PrintOptions,
    title: str,
    rows: TableRows,
) -> ViewFrame:
    """The header and footer a table view prints: the plan's Page Setup texts, their
    ``&[View]`` the view's name ("Team", "Resource Usage"), on or off as Page Setup's
    Header and Footer switches say; ``&[File]`` the plan's file, as the Gantt's pages."""
    view = (rows.view or title) if isinstance(rows, UsageSheet) else title
    return ViewFrame.of(project, view, options.header, options.footer, options.file_name)


def _points_width(options: PrintOptions) -> float:
    """Width in points inside the margins of the page ``options`` describe."""
    return page_layout(options).paintRect(QPageLayout.Unit.Point).width()


def table_options(options: PrintOptions, headers: Sequence[str], rows: TableRows) -> PrintOptions:
    """``options`` for a tabular report: portrait, unless the columns need the width of a
    landscape page to show their headings, figures and words whole (a long text wraps: a
    risk's description alone keeps a page portrait), the preview, the printer and the PDF
    alike."""
    width = _points_width(replace(options, landscape=False))
    if isinstance(rows, UsageSheet):
        # measured by its columns: reading every cell took 11 s at 10k tasks
        return replace(options, landscape=usage_width(rows) > width)
    return replace(options, landscape=not fits_across(headers, rows, width))
