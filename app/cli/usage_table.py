"""``gantry usage``: the Resource Usage (or Task Usage) table as text or as CSV.

The rows and figures are the Usage view's, every row open: each resource
(people, materials and cost items in the plan's order) with its assignments
below, or the task outline (summaries with their rolled-up work, each task
with its assignments); work per day, week or month with one decimal in the
plan's work unit (hours unless Project Information says otherwise), a material
in its own unit, a cost item in money. Text indents by outline level and marks
over-allocated person-periods with ``*`` (the window paints them red); CSV has
one row per line with its Level, plain numbers and ISO dates for a client's
spreadsheet, names guarded against being read as formulas.

``--filter`` (Task Usage only, as ``gantry schedule``'s) keeps the rows of the tasks an MS
Project filter keeps, with the summaries above them and each task's assignments, as the
window's Task Usage shows them under View > Filter (app/domain/usage_filter.py); the text
ends with the filter's line ("Filter: Critical (12 of 340 tasks)"). ``--sort`` (Task Usage
only, keys as ``gantry schedule``'s; ``--flat`` the leaves only) lists the tasks in that
order, each with its assignments, as View > Sort sorts the window's Task Usage
(app/domain/usage_filter.sorted_task_rows). ``--group`` (Task Usage only, names and fields
as ``gantry convert``'s) lists the tasks under group rows, each with its work rolled up
per period, as View > Group by groups the window's Task Usage (app/domain/usage_groups.py),
of the filter's tasks only, in the sort's order. Resource Usage is per person: --filter,
--sort, --flat or --group without --tasks is bad usage.

``--details overallocation,availability,cost,actual`` adds under each row a line per detail,
as the window's Details menu does (app/domain/usage_details.py; ``--field baseline-work`` adds
one, as ``--details`` does): the text gains a Details
column naming each line (Work first), the CSV a Detail column after Unit (a Cost line's
Unit is the currency); a detail line leaves the Work total blank but Actual Work's and
Actual Cost's (the hours and money done, a bill's totals), and Overallocation and
Remaining Availability are lines of people only (never a figure elsewhere). Without it the table is
as before, byte for byte. ``peak`` adds Peak Units (a person's highest units within the
period, ``150%``; the CSV's Unit ``%``), a line of people only too. ``baseline-work`` and
``baseline-cost`` add baseline 0 laid over time (app/domain/usage_baseline.py); the periods
then reach the baseline's days. ``--from DATE --to DATE`` keep the periods holding a day
between them (text, CSV and PDF: a week's bill), the totals still the whole row's; none
there is refused in one line.
"""

from __future__ import annotations

import csv
import io
from argparse import Namespace
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import numpy as np

from app.domain.day_names import ENGLISH, DateNames
from app.domain.errors import AppError, InputError, OptionError
from app.domain.grouping import GroupBy, GroupField
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.sorting import SortField, TaskSort, arrange, sort_ranks
from app.domain.usage import Periods, Scale, WorkUnit, build_usage
from app.domain.usage_bookings import Bookings
from app.domain.usage_costs import CostUsage
from app.domain.usage_detail_rows import BASELINED, COSTED, PERSON_ONLY, Detail, shown_details
from app.domain.usage_details import PERCENT, UsageDetails, percent_text
from app.domain.usage_filter import kept_rows, sorted_task_rows
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree, build_usage_tree
from app.io.workbook_cells import is_risky_text
from app.report.locale_numbers import C_MARKS, Marks, local_figure, system_marks, usage_figure

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.cli.filtering import FilterOption
    from app.domain.task import Task

    BoolArray = npt.NDArray[np.bool_]

_SHOWN = 0.05  # smaller values show as an empty cell, as in the window
# Detail lines whose Work column holds their total (a billing report's hours and money to
# date); the others' stays blank (a cost or availability total is not asked for there).
TOTALLED = frozenset({Detail.ACTUAL_WORK, Detail.ACTUAL_COST})


def parse_scale(text: str) -> Scale:
    """``--by`` as given: day, week or month (plurals too); an AppError names the choices."""
    try:
        return Scale.named(text)
    except ValueError:
        raise AppError(f"--by {quoted(text)}: use day, week or month") from None


class UsageRow:
    """One line of the table: its outline row, unit, total and figures (period -> value)."""

    __slots__ = ("detail", "figures", "node", "over", "total", "unit")

    def __init__(
        self,
        node: int,
        unit: str,
        total: float,
        figures: dict[int, float],
        over: BoolArray | None,
        detail: Detail | None = None,
    ) -> None:
        self.node, self.unit, self.total = node, unit, total
        self.figures, self.over = figures, over
        self.detail = detail  # None: the row's own (Work) line without details asked

    def shown(self) -> list[int]:
        """The periods with a figure (or an over-allocation mark), in order.

        Most rows hold work in a few periods of many (a task's weeks in a plan's
        years): only those are formatted, not every empty cell.
        """
        hit = {k for k, value in self.figures.items() if abs(value) >= _SHOWN}
        if self.over is not None:
            hit.update(np.flatnonzero(self.over).tolist())
        return sorted(hit)


def usage_rows(
    tree: UsageTree,
    periods: Periods,
    nodes: Sequence[int] | None = None,
    details: UsageDetails | None = None,
    shown: Sequence[Detail] = (),
) -> Iterator[UsageRow]:
    """Every row of the outline, in order (nothing is closed on paper or in a file), or the
    rows ``nodes`` (a filter's), its figures read for the whole table at once (a call per
    row took 90 s at 100k tasks); with ``shown`` details, a line of each after the row's."""
    red = tree.usage.overallocated(periods)
    cell_rows, cell_cols, cell_values = tree.cells(periods)
    bounds = np.searchsorted(cell_rows, np.arange(len(tree) + 1), side="left").tolist()
    cols, values = cell_cols.tolist(), cell_values.tolist()
    for node in range(len(tree)) if nodes is None else nodes:
        person = tree.person(node)
        over = red[person] if person >= 0 and red[person].any() else None
        lo, hi = bounds[node], bounds[node + 1]
        figures = dict(zip(cols[lo:hi], values[lo:hi], strict=True))
        unit = tree.unit(node)
        yield UsageRow(node, unit, tree.total(node), figures, over, Detail.WORK if shown else None)
        if details is None:
            continue
        person = tree.person(node) >= 0
        for detail in shown[1:]:
            if detail in PERSON_ONLY and not person:
                continue  # a task's, an assignment's: never a figure
            values_of = details.values(node, detail)
            hit = np.flatnonzero(np.abs(values_of) >= _SHOWN).tolist()
            extra = {k: float(values_of[k]) for k in hit}
            total = float(values_of.sum()) if detail in TOTALLED else 0.0
            yield UsageRow(node, details.unit(node, detail), total, extra, None, detail)


def windowed(rows: Iterator[UsageRow], window: tuple[int, int] | None) -> Iterator[UsageRow]:
    """``rows`` with only the periods ``lo`` .. ``hi`` (exclusive) of ``window``, numbered
    from 0 (None: all); their totals stay the whole row's, as the Work column's."""
    if window is None:
        yield from rows
        return
    lo, hi = window
    for row in rows:
        figures = {k - lo: v for k, v in row.figures.items() if lo <= k < hi}
        over = row.over[lo:hi] if row.over is not None else None
        over = over if over is not None and over.any() else None
        yield UsageRow(row.node, row.unit, row.total, figures, over, row.detail)


def in_window(periods: Periods, window: tuple[int, int] | None) -> Periods:
    """The periods ``window`` keeps (their headings, first days and bounds)."""
    if window is None:
        return periods
    lo, hi = window
    return Periods(periods.scale, periods.starts[lo:hi], periods.bounds[lo : hi + 1])


def days_given(args: Namespace, name: str, flag: str) -> date | None:
    """``--from`` or ``--to`` as given (None: not given); InputError naming ``flag`` for
    anything but a day."""
    text = getattr(args, name, None)
    if text is None:
        return None
    from app.cli.option_words import parse_day

    return parse_day(text, flag)


def period_window(
    periods: Periods, first: date | None, last: date | None
) -> tuple[int, int] | None:
    """The periods ``--from`` ``first`` ``--to`` ``last`` keep: those holding a day between
    them (None: neither given); InputError naming both when none does."""
    if first is None and last is None:
        return None
    keep = [
        k
        for k in range(len(periods))
        if (last is None or periods.starts[k] <= last)
        and (first is None or periods.last_day(k) >= first)
    ]
    if not keep:
        asked = " ".join(
            f"{flag} {day.isoformat()}"
            for flag, day in (("--from", first), ("--to", last))
            if day is not None
        )
        scale = periods.scale.value[:-1]
        if not len(periods):
            raise InputError(f"{asked}: the plan has no work to show")
        if first is not None and last is not None and first > last:
            raise InputError(f"{asked}: the range is empty (--from is after --to)")
        runs = (
            f"{periods.starts[0].isoformat()} to {periods.last_day(len(periods) - 1).isoformat()}"
        )
        raise InputError(f"{asked}: no {scale} of the plan's usage lies there (it runs {runs})")
    return keep[0], keep[-1] + 1


def system_date_names() -> DateNames:
    """The system locale's day and month names (``4. Jan. 2027``, ``März 2027`` in German),
    as the window's Usage view heads its periods; the C locale's English without Qt."""
    from app.report.locale_numbers import system_is_c

    if system_is_c():
        return ENGLISH
    from app.report.timescale_names import date_names  # QtCore's names of the locale

    return date_names()


def usage_cell(tree: UsageTree, value: float, unit: str, marks: Marks = C_MARKS) -> str:
    """A figure as the table shows it in ``marks`` (blank when it rounds to nothing)."""
    if abs(value) < _SHOWN:
        return ""
    if unit == PERCENT:
        return local_figure(percent_text(value), marks)
    return tree.text(value, unit) if marks is C_MARKS else usage_figure(tree, value, unit, marks)


def row_total(tree: UsageTree, row: UsageRow, marks: Marks = C_MARKS) -> str:
    """A row's total as the table shows it: zero too (a blank period reads as nothing)."""
    return usage_cell(tree, row.total, row.unit, marks) or usage_figure(tree, 0.0, row.unit, marks)


def write_text(
    tree: UsageTree,
    periods: Periods,
    out: TextIO,
    nodes: Sequence[int] | None = None,
    marks: Marks = C_MARKS,
    details: UsageDetails | None = None,
    shown: Sequence[Detail] = (),
    window: tuple[int, int] | None = None,
) -> None:
    """The table in aligned columns: name (indented by outline level), Work, one column per
    period; work in the plan's work unit, a material in its unit, a cost item in money;
    ``nodes``: only these rows (None: all); figures in the locale's ``marks``; ``shown``
    details (of ``details``): a Details column and a line per detail under each row;
    ``window``: only those periods (:func:`period_window`)."""
    heading = "Task" if tree.by_task else "Resource"
    view = in_window(periods, window)
    names = ENGLISH if marks is C_MARKS else system_date_names()  # 4. Jan. 2027, März 2027
    labels = [view.label(k, names) for k in range(len(view))]
    widths = [len(heading), len("Work"), *map(len, labels)]
    detail_w = max((len(d.label) for d in shown), default=0)
    if detail_w:  # the Details column goes with the Work one
        detail_w = max(detail_w, len("Details"))
        widths[1] += 2 + detail_w
    # each line: name, total and its figures by period (the other cells are blank)
    lines: list[tuple[str, str, list[tuple[int, str]]]] = []
    marked = False
    for row in windowed(usage_rows(tree, periods, nodes, details, shown), window):
        name = "  " * tree.depth[row.node] + tree.name(row.node)
        total = row_total(tree, row, marks)
        if row.detail is not None:
            if row.detail is not Detail.WORK:
                name = ""
                total = total if row.detail in TOTALLED else ""
            total = total.rjust(widths[1] - 2 - detail_w) + "  " + row.detail.label.ljust(detail_w)
        figures: list[tuple[int, str]] = []
        over = row.over
        for k in row.shown():
            text = usage_cell(tree, row.figures.get(k, 0.0), row.unit, marks)
            if over is not None and over[k]:
                text += "*"
                marked = True
            figures.append((k, text))
            if len(text) > widths[k + 2]:
                widths[k + 2] = len(text)
        widths[0] = max(widths[0], len(name))
        widths[1] = max(widths[1], len(total))
        lines.append((name, total, figures))
    work_head = "Work".rjust(widths[1])
    if detail_w:
        work_head = "Work".rjust(widths[1] - 2 - detail_w) + "  " + "Details".ljust(detail_w)
    head = [heading.ljust(widths[0]), work_head]
    head += [label.rjust(w) for label, w in zip(labels, widths[2:], strict=True)]
    out.write("  ".join(head).rstrip() + "\n")
    # Where each period's column ends on a line: a line is written up to its last figure,
    # with the blanks before each figure made at once (a list of every period's cell
    # per line, joined then stripped, took most of the 10 s at 100k tasks by week).
    ends = list(accumulate([widths[0] + 2 + widths[1]] + [2 + w for w in widths[2:]]))[1:]
    for name, total, figures in lines:
        parts = [name.ljust(widths[0]), "  ", total.rjust(widths[1])]
        at = ends[0] - widths[2] - 2  # the end of the Work column
        for k, text in figures:
            end = ends[k]
            parts.append(" " * (end - len(text) - at))
            parts.append(text)
            at = end
        out.write("".join(parts).rstrip())
        out.write("\n")
    if marked:
        out.write("* over-allocated in that period\n")


def _safe(text: str) -> str:
    return "'" + text if is_risky_text(text) else text


def write_csv(
    tree: UsageTree,
    periods: Periods,
    path: Path,
    nodes: Sequence[int] | None = None,
    details: UsageDetails | None = None,
    shown: Sequence[Detail] = (),
    window: tuple[int, int] | None = None,
) -> None:
    """The table as CSV, one row per line of the outline: the row's person (or task) and, on
    an assignment, its task (or person); its Level (1 at the top); its Unit (hours, a
    material's label, the currency); then plain numbers, one column per period (its first
    day, ISO); ``nodes``: only these rows (None: all); ``shown`` details: a Detail column
    after Unit and a row per detail (its Work total blank)."""
    first, second = ("Task", "Resource") if tree.by_task else ("Resource", "Task")
    detail_head = ["Detail"] if shown else []
    head = [first, second, "Level", "Unit", *detail_head, "Work"]
    view = in_window(periods, window)  # --from/--to: only those periods
    head += [d.isoformat() for d in view.starts]
    n = len(view)
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(head)
            # The names, level, unit and total go through the csv module (quoting); the
            # figures are plain numbers, written with the commas of the empty periods
            # between them made at once: handing csv 3,100 cells a row, mostly empty,
            # took 4 of the 9 s at 100k tasks by week.
            buf = io.StringIO()
            lead = csv.writer(buf)
            for row in windowed(usage_rows(tree, periods, nodes, details, shown), window):
                node, unit = row.node, row.unit
                names = [tree.name(node), ""]
                if tree.is_assignment(node):
                    names = [tree.name(tree.parent[node]), tree.name(node)]
                total = f"{tree.amount(row.total, unit):.2f}"
                level = str(tree.depth[node] + 1)
                name_cells = [_safe(n) for n in names]
                detail_cell = [] if row.detail is None else [row.detail.label]
                if row.detail not in (None, Detail.WORK, *TOTALLED):
                    total = ""
                unit_cell = _safe(tree.unit_name(unit))
                lead.writerow([*name_cells, level, unit_cell, *detail_cell, total])
                parts = [buf.getvalue()[: -len(lead.dialect.lineterminator)]]
                buf.seek(0)
                buf.truncate()
                last = -1
                for k, value in sorted(row.figures.items()):
                    if abs(value) >= _SHOWN:
                        parts.append("," * (k - last))
                        parts.append(f"{tree.amount(value, unit):.2f}")
                        last = k
                parts.append("," * (n - 1 - last))
                parts.append(lead.dialect.lineterminator)
                fh.write("".join(parts))
    except OSError as exc:
        raise AppError(f"{path.name}: cannot write ({exc.strerror or exc})") from exc


def usage_tree(
    plan: Plan,
    schedule: Schedule,
    by_task: bool,
    task_sort: TaskSort | None = None,
    task_group: GroupBy | None = None,
    keep: Collection[int] | None = None,
    span: tuple[date, date] | None = None,
) -> UsageTree:
    """The outline ``gantry usage`` prints: Task Usage (``by_task``, in ``task_sort``'s
    order when given, under ``task_group``'s group rows, made of the tasks ``keep``
    holds, None: all) or Resource Usage; ``span``: days its periods reach beyond the
    plan's work (the baseline's, for its Baseline rows)."""
    usage = build_usage(plan, schedule, None, span)
    costs = CostUsage(plan, schedule, usage)
    unit = WorkUnit.of(plan.project)  # MS Project's "Work is entered in"
    sorted_by = task_sort if by_task and task_sort is not None and not task_sort.is_id else None
    grouped = task_group if by_task and task_group is not None and not task_group.is_none else None
    report = None
    # each task's cost as the window has it, when a key is Cost (1 s at 10k tasks)
    if _priced(sorted_by, grouped):
        from app.domain.costs import compute_costs

        report = compute_costs(plan, schedule)
    now = datetime.now().replace(second=0, microsecond=0)  # earned value: as the window's
    ranks = None if sorted_by is None else sort_ranks(plan, schedule, sorted_by, report, now)
    if grouped is not None:
        from app.domain.grouping_rows import group_tasks

        tasks: Sequence[Task] = usage.tasks
        if sorted_by is not None and ranks is not None:
            tasks = arrange(tasks, ranks, sorted_by.keep_outline)
            if not sorted_by.keep_outline:  # no summaries listed: none to keep
                grouped = replace(grouped, keep_hierarchy=False)
        groups = group_tasks(plan, schedule, grouped, tasks, report, keep, datetime.now())
        return GroupedUsageTree(usage, costs, groups, unit, plan.project)
    task_rows = None
    if sorted_by is not None and ranks is not None:
        task_rows = sorted_task_rows(usage, ranks, sorted_by.keep_outline)
    return build_usage_tree(usage, costs, by_task, unit, plan.project, None, task_rows)


def _priced(task_sort: TaskSort | None, task_group: GroupBy | None) -> bool:
    """Whether a sort or group reads each task's cost (or work) as the window has it."""
    sorts = task_sort is not None and any(k.field is SortField.COST for k in task_sort.keys)
    money = (GroupField.COST, GroupField.WORK)
    return sorts or (task_group is not None and any(k.field in money for k in task_group.keys))


def parse_details(args: Namespace) -> tuple[Detail, ...]:
    """``--details`` and ``--field`` as given (none: Work alone); a word they do not know is
    bad usage, named with its option."""
    got: list[Detail] = []
    for option in ("details", "field"):
        text = getattr(args, option, None)
        if not text:
            continue
        try:
            got.extend(Detail.parse(text))
        except AppError as exc:
            raise OptionError(str(exc).replace("--details:", f"--{option}:", 1)) from None
    return shown_details(got) if got else (Detail.WORK,)


def check_usage_options(args: Namespace) -> None:
    """Bad usage told before any reading (OptionError, exit 2): a filter or a sort of tasks
    on Resource Usage, which lists every person; a detail row ``--details`` does not know."""
    parse_details(args)
    if args.tasks:
        return
    for name in ("filter", "sort", "flat", "group"):
        if getattr(args, name, None) not in (None, False):
            raise OptionError(
                f"--{name} applies to Task Usage (--tasks): Resource Usage lists every person"
            )


def run_usage(
    plan: Plan,
    schedule: Schedule,
    scale: Scale,
    by_task: bool,
    csv_path: Path | None,
    out: TextIO,
    task_filter: FilterOption | None = None,
    task_sort: TaskSort | None = None,
    task_group: GroupBy | None = None,
    shown: Sequence[Detail] = (),
    pdf_path: Path | None = None,
    file: str = "",
    days: tuple[date | None, date | None] = (None, None),
) -> int:
    """Print the usage table of a scheduled plan, or write it as CSV to ``csv_path`` (or as
    the window's printout to ``pdf_path``, app/cli/usage_pdf.py);
    ``task_filter`` (Task Usage): only the rows of the tasks it keeps; ``task_sort``: its
    tasks in that order; ``task_group``: under group rows (of the filter's tasks);
    ``shown``: detail lines under each row (:meth:`Detail.parse`; Work alone: none);
    ``file``: the plan's file name, what the PDF's ``&[File]`` prints; ``days``: ``--from``
    and ``--to``, the periods shown (InputError when none lies between them)."""
    kept = None
    if task_filter is not None:
        from app.cli.filtering import filter_tasks

        kept = filter_tasks(plan, schedule, task_filter)
    keep = kept.rows if kept is not None else None
    span = None
    if BASELINED.intersection(shown):  # the baseline's days in their own periods
        from app.domain.usage_baseline import baseline_days

        span = baseline_days(plan)
    tree = usage_tree(plan, schedule, by_task, task_sort, task_group, keep, span)
    periods = tree.usage.periods(scale)
    window = period_window(periods, *days)
    nodes: list[int] | None = None
    if keep is not None and not isinstance(tree, GroupedUsageTree):  # grouped: its groups'
        nodes = np.flatnonzero(kept_rows(tree, keep)).tolist()
    shown = tuple(shown) if len(shown) > 1 else ()
    details = None
    if shown:
        from app.domain.costs import compute_costs

        report = compute_costs(plan, schedule) if COSTED.intersection(shown) else None
        details = UsageDetails(tree, periods, report, Bookings(plan, schedule))
    if pdf_path is not None:
        from app.cli.usage_pdf import WindowColumns, usage_sheet, write_usage_pdf

        note = "" if kept is None else kept.summary_line()
        marks = system_marks()
        columns = WindowColumns(plan, schedule, tree, periods, marks)
        sheet = usage_sheet(tree, periods, marks, nodes, details, shown, note, columns, window)
        write_usage_pdf(plan, sheet, pdf_path, file)
    elif csv_path is not None:
        write_csv(tree, periods, csv_path, nodes, details, shown, window)
    else:  # the CSV stays plain numbers
        write_text(tree, periods, out, nodes, system_marks(), details, shown, window)
        if kept is not None:
            out.write(kept.summary_line() + "\n")
    return 0
