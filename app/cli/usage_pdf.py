"""``gantry usage FILE --pdf OUT.pdf``: the Usage printout the window's File > Export PDF
makes while the Usage view shows (app/report/usage_pages.py), from the command line.

The lines are ``gantry usage``'s own (app/cli/usage_table.py: the same rows, periods,
``--tasks``, ``--filter``, ``--sort``, ``--group`` and ``--details``), printed as the
window prints its sheet: name and Work columns repeated on every page, periods across as
many pages as they need, over-allocated person-periods in red, non-working periods
grey, a summary or person in bold, each detail a line with its name in the Details
column, each row's Indicators left of its name, when someone works overtime the Overtime
Work column after Work, and by person the Peak column (the window's own columns,
:class:`WindowColumns`); figures
in the locale's marks. The plan's Page Setup (margins, header, footer)
frames the pages, upright unless the periods need a landscape page; blank pages are left
out, as Page Setup's "Print blank pages" is off by default for Usage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtGui import QPageLayout

from app.cli.usage_table import TOTALLED, in_window, row_total, usage_cell, usage_rows, windowed
from app.domain.costs import CostReport
from app.domain.errors import OptionError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import Periods
from app.domain.usage_detail_rows import Detail
from app.domain.usage_details import UsageDetails
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree
from app.report.locale_numbers import Marks, usage_figure
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
    columns: WindowColumns | None = None,
    window: tuple[int, int] | None = None,
) -> UsageSheet:
    """The printed sheet of ``gantry usage``'s table: the window's title ("Task Usage by
    week"), name heading, period labels in the locale's month and day names, a line per
    row (and per detail under it); with ``columns``, each row's Indicators and Overtime Work
    as the window's printout has them (:class:`WindowColumns`)."""
    view = "Task Usage" if tree.by_task else "Resource Usage"
    names = date_names()
    kept = in_window(periods, window)  # --from/--to: only those periods
    labels = tuple(kept.label(k, names) for k in range(len(kept)))
    off_by_calendar = tree.usage.nonworking(periods)
    lo, hi = window if window is not None else (0, len(periods))
    grouped = tree if isinstance(tree, GroupedUsageTree) else None
    n = len(kept)
    lines: list[UsageLine] = []
    owners: list[int | None] = []  # each line's row (None: a detail row's line)
    for row in windowed(usage_rows(tree, periods, nodes, details, shown), window):
        node = row.node
        over = tuple(row.over.tolist()) if row.over is not None else ()
        off = tuple(off_by_calendar[tree.calendar(node)][lo:hi].tolist())
        figures = tuple(
            (k, usage_cell(tree, row.figures.get(k, 0.0), row.unit, marks)) for k in row.shown()
        )
        own = row.detail in (None, Detail.WORK)
        total = row_total(tree, row, marks)
        # a detail line's total is left blank, as the window's, but the hours and money done
        total = total if own or row.detail in TOTALLED else ""
        group = grouped.group_of(node) if grouped is not None else None
        owners.append(node if own else None)
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
    sheet = UsageSheet(title, heading, labels, tuple(lines), note, view=view)
    return sheet if columns is None else columns.fill(sheet, owners)


class WindowColumns:
    """The Usage view's Indicators, Overtime Work and Peak columns for ``gantry usage --pdf``:
    the window's own row model over the command's outline, read by the function the window's
    printout reads them with (app/ui/printing/usage_columns.py), so the paper says the same.
    Overtime Work prints when someone works overtime, as the view shows the column then;
    Peak (a person's and an assignment's highest units) in Resource Usage, where the view
    shows it, not in Task Usage, where it hides it."""

    def __init__(
        self, plan: Plan, schedule: Schedule, tree: UsageTree, periods: Periods, marks: Marks
    ) -> None:
        ensure_gui_app()
        from app.domain.costs import compute_costs
        from app.domain.usage_bookings import Bookings
        from app.ui.models.indicators import IndicatorCells
        from app.ui.usage.tree_model import UsageTreeModel

        self.model = UsageTreeModel(tree, 0)
        self.model.task_marks = IndicatorCells(
            _Scheduled(plan, schedule, compute_costs(plan, schedule))
        )
        bookings = Bookings(plan, schedule)
        self.model.bookings = lambda: bookings
        over: set[int] = set()
        if not tree.by_task:  # a person over-allocated in some period of the scale
            found = tree.usage.overallocated(periods)
            over = {int(i) for i in np.flatnonzero(found.any(axis=1))}
        self.model.set_tree(tree, over, [], set())
        self.tree, self.marks = tree, marks

    def fill(self, sheet: UsageSheet, owners: Sequence[int | None]) -> UsageSheet:
        """``sheet``'s lines with their rows' Indicators and Overtime Work."""
        from app.ui.printing.usage_columns import with_row_columns

        model, tree, marks = self.model, self.tree, self.marks
        overtime = (lambda m: usage_figure(tree, m, "h", marks)) if model.any_overtime() else None
        peaks = not tree.by_task  # Resource Usage's Peak, shown after Work as the window has it
        return with_row_columns(sheet, model, owners, peaks=peaks, marks=True, overtime=overtime)


@dataclass(frozen=True, slots=True)
class _Scheduled:
    """What the window's Indicators read of a document: the plan, its schedule, its costs."""

    plan: Plan
    schedule: Schedule
    costs: CostReport


def write_usage_pdf(plan: Plan, sheet: UsageSheet, path: Path, file: str = "") -> int:
    """Print ``sheet`` to the PDF ``path`` with the plan's Page Setup; its page count."""
    ensure_gui_app()
    setup = plan.project.page_setup
    options = PrintOptions(setup=setup, landscape=False)
    width = page_layout(options).paintRect(QPageLayout.Unit.Point).width()
    options = replace(options, landscape=usage_width(sheet) > width)
    frame = ViewFrame.of(plan.project, sheet.view, options.header, options.footer, file)
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
