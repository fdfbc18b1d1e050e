"""What a Gantt printout's header, footer and legend fields print on one page: the plan's
values (app/report/page_layout.field_values) with the printout's own, the page numbered
from Page Setup's "First page number" and the filter its rows follow."""

from __future__ import annotations

from datetime import date

from app.domain.project import Project
from app.report.options import PrintOptions
from app.report.page_layout import field_values
from app.report.view_note import filter_named


def printout_values(
    project: Project, printed_on: date, page: int, pages: int, options: PrintOptions
) -> dict[str, str]:
    """The fields' values on page ``page`` of ``pages`` (both counted from 1) of a printout
    made with ``options``; page 0 is not a numbered page."""
    offset = options.first_page_number - 1
    return field_values(
        project,
        printed_on,
        page + offset if page else 0,
        pages + offset if pages else 0,
        options.view,
        options.file_name,
        filter_named(options.view_note),
    )
