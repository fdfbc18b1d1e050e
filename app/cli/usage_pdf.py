"""``gantry usage FILE --pdf OUT.pdf``: the Usage printout the window's File > Export PDF
makes while the Usage view shows (app/report/usage_pages.py), from the command line.

The lines are ``gantry usage``'s own (app/cli/usage_table.py: the same rows, periods,
``--tasks``, ``--filter``, ``--sort``, ``--group`` and ``--details``), printed as the
window prints its sheet: name and Work columns repeated on every page, periods across as
many pages as they need, over-allocated person-periods in red, non-working periods
grey, a summary or person in bold, each detail a line with its name in the Details
column; figures in the locale's marks. The plan's Page Setup (margins, header, footer)
frames the pages, upright unless the periods need a landscape page; blank pages are left
out, as Page Setup's "Print blank pages" is off by default for Usage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageLayout

from app.cli.usage_table import row_total, usage_cell, usage_rows
from app.domain.errors import OptionError
from app.domain.plan import Plan
from app.domain.usage import Periods
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree
from app.report.locale_numbers import Marks
from app.report.options import PrintOptions
from app.report.pdf_file import paint_pdf
from app.report.render import ensure_gui_app, page_layout
from app.report.timescale_names import date_names
from app.report.usage_pages import UsageLine, UsageSheet, render_usage, usage_width
from app.report.view_frame import ViewFrame


def check_outputs(csv_path: Path | None, pdf_path: Path | None) -> None:
    """One output at a time: ``--csv`` and ``--pdf`` together is bad usage (exit 2)."""
    if csv_path is not None and pdf_path is not None:
        raise OptionError("--csv and --pdf: write one of them at a time")
    if pdf_path is not None and pdf_path.suffix.lower() != ".pdf":
        raise OptionError(f"--pdf {pdf_path.name}: name the PDF .pdf")


def usage_sheet(
    tree: UsageTree,
    periods: Periods,
    marks: Marks,
    nodes: Sequence[int] | None = None,
    details: UsageDetails | None = None,
    shown: Sequence[Detail] = (),
    note: str = "",
) -> UsageSheet:
    """The printed sheet of ``gantry usage``'s table: the window's title ("Task Usage by
    week"), name heading, period labels in the locale's month and day names, a line per
    row (and per detail under it)."""
    view = "Task Usage" if tree.by_task else "Resource Usage"
    names = date_names()
    labels = tuple(periods.label(k, names) for k in range(len(periods)))
    off_by_calendar = tree.usage.nonworking(periods)
    grouped = tree if isinstance(tree, GroupedUsageTree) else None
    n = len(periods)
    lines: list[UsageLine] = []
    for row in usage_rows(tree, periods, nodes, details, shown):
        node = row.node
        over = tuple(row.over.tolist()) if row.over is not None else ()
        off = tuple(off_by_calendar[tree.calendar(node)].tolist())
        figures = tuple(
            (k, usage_cell(tree, row.figures.get(k, 0.0), row.unit, marks)) for k in row.shown()
        )
        own = row.detail in (None, Detail.WORK)
        total = row_total(tree, row, marks)
        total = total if own else ""  # a detail line's total is left blank, as the window's
        group = grouped.group_of(node) if grouped is not None else None
        lines.append(
            UsageLine(
                tree.name(node) if own else "",
                total,
                tuple((k, text) for k, text in figures if text),
                n,
                over,
                off,
                tree.bold(node),
                tree.depth[node],
                0 if group is None else group.level,
                "" if row.detail is None else row.detail.label,
            )
        )
    scale = periods.scale.value[:-1]
    title = f"{view} by {scale}"
    heading = "Task Name" if tree.by_task else "Resource Name"
    return UsageSheet(title, heading, labels, tuple(lines), note, view=view)


def write_usage_pdf(plan: Plan, sheet: UsageSheet, path: Path) -> int:
    """Print ``sheet`` to the PDF ``path`` with the plan's Page Setup; its page count."""
    ensure_gui_app()
    setup = plan.project.page_setup
    options = PrintOptions(setup=setup, landscape=False)
    width = page_layout(options).paintRect(QPageLayout.Unit.Point).width()
    options = replace(options, landscape=usage_width(sheet) > width)
    frame = ViewFrame.of(plan.project, sheet.view, options.header, options.footer)
    return paint_pdf(
        path,
        f"{plan.project.name} - {sheet.title}",
        page_layout(options),
        lambda writer: render_usage(
            writer,
            sheet,
            project=plan.project.name,
            status_date=plan.project.status_date,
            printed_on=date.today(),
            blank_pages=options.usage_blank_pages,
            frame=frame,
        ),
    )
