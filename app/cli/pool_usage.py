"""``gantry usage A B C``: one team's Resource Usage across several plans.

Each person (matched by name) has a total row with every plan's assignments under it,
named ``[plan] task``; all the plans share one period axis, from the earliest start to the
latest finish. A period in which the person is over-allocated with all the plans added up
is marked ``*`` (as one plan's usage marks its own). ``--csv`` writes the same rows with a
Plan column (blank on a person's total row) and the periods' first days as headings.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import numpy as np

from app.domain.errors import AppError, OptionError
from app.domain.percent_shown import half_up
from app.domain.pool_load import PoolLoad, any_by_period, by_period, shared_people
from app.domain.usage_periods import Scale, period_label
from app.io.workbook_cells import is_risky_text

_SHOWN = 0.05 * 60  # minutes: less shows as an empty cell, as in one plan's table
# --tasks and the options that only Task Usage or one plan's grid take
_ONE_PLAN_ONLY = ("tasks", "filter", "sort", "flat", "group", "details", "field", "pdf")


def check_pool_options(args: argparse.Namespace) -> None:
    """Bad usage (exit 2) for an option several plans' usage does not take."""
    for name in _ONE_PLAN_ONLY:
        if getattr(args, name, None):
            flag = "--" + name.replace("_", "-")
            raise OptionError(f"{flag} takes one plan: with several plans, usage is per person")


class _Line:
    __slots__ = ("level", "name", "over", "plan", "task", "total", "values")

    def __init__(
        self, name: str, plan: str, task: str, level: int, values: np.ndarray, over: np.ndarray
    ) -> None:
        self.name, self.plan, self.task, self.level = name, plan, task, level
        self.values, self.over = values, over
        self.total = float(values.sum())


def pool_lines(load: PoolLoad, scale: Scale) -> list[_Line]:
    """Each person's total line and their assignments' lines, work per period in minutes."""
    index = load.period_index(scale)
    n = len(load.period_starts(scale))
    none = np.zeros(n, dtype=bool)
    lines: list[_Line] = []
    for person in load.people:
        rows = load.rows(person)
        if not rows:
            continue
        over = any_by_period(load.over_days(person, rows), index, n)
        per_row = [by_period(r.days, index, n) for r in rows]
        total = np.sum(per_row, axis=0)
        lines.append(_Line(person.name, "", "", 1, total, over))
        for row, values in zip(rows, per_row, strict=True):
            label = load.plans[row.plan_index].label
            lines.append(_Line(person.name, label, row.task_name, 2, values, none))
    return lines


def _hours(minutes: float) -> str:
    return f"{minutes / 60:.1f}h" if abs(minutes) >= _SHOWN else ""


def write_pool_text(load: PoolLoad, scale: Scale, out: TextIO) -> None:
    """The table in aligned columns, then who is over-allocated across the plans and when;
    figures and headings in the system locale's marks and names (``8,0h`` under ``März
    2027`` in German), as one plan's usage table writes them."""
    from app.cli.usage_table import system_date_names
    from app.domain.day_names import ENGLISH
    from app.report.locale_numbers import C_MARKS, local_figure, system_marks

    marks = system_marks()
    names = ENGLISH if marks is C_MARKS else system_date_names()
    starts = load.period_starts(scale)
    labels = [period_label(d, scale, names) for d in starts]
    lines = pool_lines(load, scale)
    table: list[list[str]] = [["Resource", "Work", *labels]]
    marked = False
    for line in lines:
        name = line.name if line.level == 1 else f"  [{line.plan}] {line.task}"
        cells = []
        for k, value in enumerate(line.values):
            text = local_figure(_hours(float(value)), marks)
            if line.over[k]:
                text = (text or local_figure("0.0h", marks)) + "*"
                marked = True
            cells.append(text)
        table.append([name, local_figure(f"{line.total / 60:.1f}h", marks), *cells])
    widths = [max(len(r[c]) for r in table) for c in range(len(table[0]))]
    for r in table:
        parts = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        out.write("  ".join(parts).rstrip() + "\n")
    if marked:
        out.write("* over-allocated in that period, all the plans added up\n")
    write_over_lines(load, out)


def write_over_lines(load: PoolLoad, out: TextIO) -> None:
    """'Over-allocated across plans:' and one line per person (when, peak, which plans), or
    'Over-allocated across plans: none'."""
    said = [
        f"  {span.person.name}: {span.first:%Y-%m-%d} to {span.last:%Y-%m-%d}, up to "
        f"{half_up(span.peak * 100)}% of {half_up(span.person.resource.max_units * 100)}% "
        f"({_count(span.stretches)}; {', '.join(load.plans[k].label for k in span.plans)})"
        for span in load.over_spans()
    ]
    if not said:
        out.write("Over-allocated across plans: none\n")
        return
    out.write(f"Over-allocated across plans: {len(said)}\n")
    out.write("".join(line + "\n" for line in said))


def _count(n: int) -> str:
    return f"{n} stretch" if n == 1 else f"{n} stretches"


def _safe(text: str) -> str:
    return "'" + text if is_risky_text(text) else text


def write_pool_csv(load: PoolLoad, scale: Scale, path: Path) -> None:
    """The table as CSV: Plan, Resource, Task, Level, Unit, Work, one column per period."""
    starts = load.period_starts(scale)
    head = ["Plan", "Resource", "Task", "Level", "Unit", "Work", *(d.isoformat() for d in starts)]
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(head)
            for line in pool_lines(load, scale):
                figures = [
                    f"{v / 60:.2f}" if abs(v) >= _SHOWN else "" for v in line.values.tolist()
                ]
                writer.writerow(
                    [
                        _safe(line.plan),
                        _safe(line.name),
                        _safe(line.task),
                        str(line.level),
                        "hours",
                        f"{line.total / 60:.2f}",
                        *figures,
                    ]
                )
    except OSError as exc:
        raise AppError(f"{path.name}: cannot write ({exc.strerror or exc})") from exc


def run_pool_usage(args: argparse.Namespace, paths: Sequence[Path], out: TextIO) -> int:
    """``gantry usage A B C [--by week|month] [--csv OUT]``."""
    from app import formats
    from app.cli.plan_output import check_output_folder
    from app.cli.pool_plans import read_pool, refuse_input_as_output
    from app.cli.usage_table import parse_scale

    check_pool_options(args)
    try:
        scale = parse_scale(args.by)
    except AppError as exc:
        raise OptionError(str(exc)) from None
    if args.csv is not None:
        refuse_input_as_output(args.csv, paths)
        check_output_folder(args.csv)
    plans = read_pool(paths, args)
    shared_people(plans)  # no one in common: nothing to add up
    load = PoolLoad(plans)
    if args.csv is None:
        write_pool_text(load, scale, out)
        return 0
    with formats.whole_file(args.csv) as draft:
        write_pool_csv(load, scale, draft)
    return 0
