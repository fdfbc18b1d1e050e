"""``gantry usage``: the Resource Usage (or Task Usage) table as text or as CSV.

The rows and figures are the Usage view's: each person (or task) with their
assignments below, work per day, week or month with one decimal in the plan's
work unit (hours unless Project Information says otherwise), a material in its
own unit. Text marks over-allocated person-periods with ``*``
(the window paints them red); CSV gives plain numbers and ISO dates for a
client's spreadsheet, names guarded against being read as formulas.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import numpy as np

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.usage import Periods, Scale, Usage, WorkUnit, build_usage
from app.io.workbook_cells import is_risky_text

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    BoolArray = npt.NDArray[np.bool_]

_SHOWN = 0.05  # smaller values show as an empty cell, as in the window


def parse_scale(text: str) -> Scale:
    """``--by`` as given: day, week or month (plurals too); an AppError names the choices."""
    try:
        return Scale.named(text)
    except ValueError:
        raise AppError(f"--by '{text}': use day, week or month") from None


class _Row:
    """One line of the table: names, unit, total and the row's values over all periods."""

    __slots__ = ("depth", "first", "over", "second", "total", "unit", "values")

    def __init__(
        self,
        first: str,
        second: str,
        unit: str,
        total: float,
        values: FloatArray,
        over: BoolArray | None,
        depth: int,
    ) -> None:
        self.first, self.second, self.unit, self.total = first, second, unit, total
        self.values, self.over, self.depth = values, over, depth

    def shown(self) -> list[int]:
        """The periods with a figure (or an over-allocation mark), in order.

        Most rows hold work in a few periods of many (a task's weeks in a plan's
        years): only those are formatted, not every empty cell.
        """
        hit = np.abs(self.values) >= _SHOWN
        if self.over is not None:
            hit |= self.over
        return np.flatnonzero(hit).tolist()


def _rows(usage: Usage, periods: Periods, by_task: bool) -> Iterator[_Row]:
    if not by_task:
        red = usage.overallocated(periods)
        for i, res in enumerate(usage.resources):
            unit = usage.unit(i)
            yield _Row(
                res.name,
                "",
                unit,
                float(usage.resource_total[i]),
                usage.resource_values(i, periods),
                red[i] if red[i].any() else None,
                0,
            )
            for j in usage.assignment_rows(i):
                task = usage.tasks[usage.task_row_of(usage.assignments[j].task_uid)]
                values = usage.assignment_values(j, periods)
                yield _Row(
                    res.name, task.name, unit, float(usage.assignment_total[j]), values, None, 1
                )
        return
    for k, task in enumerate(usage.tasks):
        depth = max(task.outline_level - 1, 0)
        values = usage.task_values(k, periods)
        yield _Row(task.name, "", "h", float(usage.task_total[k]), values, None, depth)
        for j in usage.task_assignment_rows(k):
            i = usage.resource_row_of(j)
            values = usage.assignment_values(j, periods)
            total = float(usage.assignment_total[j])
            name = usage.resources[i].name
            yield _Row(task.name, name, usage.unit(i), total, values, None, depth + 1)


def _figure(value: float, unit: str, work: WorkUnit) -> str:
    return "" if abs(value) < _SHOWN else work.text(value, unit)


def write_text(
    usage: Usage, periods: Periods, by_task: bool, out: TextIO, work: WorkUnit | None = None
) -> None:
    """The table in aligned columns: name, Work, then one column per period (work in ``work``)."""
    work = work or WorkUnit()
    heading = "Task" if by_task else "Resource"
    labels = [periods.label(k) for k in range(len(periods))]
    widths = [len(heading), len("Work"), *map(len, labels)]
    # each line: name, total and its figures by period (the other cells are blank)
    lines: list[tuple[str, str, list[tuple[int, str]]]] = []
    marked = False
    for row in _rows(usage, periods, by_task):
        name = "  " * row.depth + (row.second if row.second else row.first)
        total = _figure(row.total, row.unit, work) or work.text(0.0, row.unit)
        figures: list[tuple[int, str]] = []
        over = row.over
        for k in row.shown():
            text = _figure(float(row.values[k]), row.unit, work)
            if over is not None and over[k]:
                text += "*"
                marked = True
            figures.append((k, text))
            if len(text) > widths[k + 2]:
                widths[k + 2] = len(text)
        widths[0] = max(widths[0], len(name))
        widths[1] = max(widths[1], len(total))
        lines.append((name, total, figures))
    blanks = [" " * w for w in widths[2:]]
    head = [heading.ljust(widths[0]), "Work".rjust(widths[1])]
    head += [label.rjust(w) for label, w in zip(labels, widths[2:], strict=True)]
    out.write("  ".join(head).rstrip() + "\n")
    for name, total, figures in lines:
        cells = blanks.copy()
        for k, text in figures:
            cells[k] = text.rjust(widths[k + 2])
        out.write("  ".join([name.ljust(widths[0]), total.rjust(widths[1]), *cells]).rstrip())
        out.write("\n")
    if marked:
        out.write("* over-allocated in that period\n")


def _safe(text: str) -> str:
    return "'" + text if is_risky_text(text) else text


def _number(value: float, unit: str, work: WorkUnit) -> str:
    return "" if abs(value) < _SHOWN else f"{work.amount(value, unit):.2f}"


def write_csv(
    usage: Usage, periods: Periods, by_task: bool, path: Path, work: WorkUnit | None = None
) -> None:
    """The table as CSV: one column per period (its first day, ISO), work as plain numbers."""
    work = work or WorkUnit()
    first, second = ("Task", "Resource") if by_task else ("Resource", "Task")
    head = [first, second, "Unit", "Work", *(d.isoformat() for d in periods.starts)]
    empty = [""] * len(periods)
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(head)
            for row in _rows(usage, periods, by_task):
                unit = work.name if row.unit == "h" else row.unit
                total = f"{work.amount(row.total, row.unit):.2f}"
                cells = empty.copy()
                values = row.values
                for k in np.flatnonzero(np.abs(values) >= _SHOWN).tolist():
                    cells[k] = _number(float(values[k]), row.unit, work)
                writer.writerow([_safe(row.first), _safe(row.second), _safe(unit), total, *cells])
    except OSError as exc:
        raise AppError(f"{path.name}: cannot write ({exc.strerror or exc})") from exc


def run_usage(
    plan: Plan, schedule: Schedule, scale: Scale, by_task: bool, csv_path: Path | None, out: TextIO
) -> int:
    """Print the usage table of a scheduled plan, or write it as CSV to ``csv_path``."""
    usage = build_usage(plan, schedule)
    periods = usage.periods(scale)
    work = WorkUnit.of(plan.project)  # MS Project's "Work is entered in"
    if csv_path is not None:
        write_csv(usage, periods, by_task, csv_path, work)
    else:
        write_text(usage, periods, by_task, out, work)
    return 0
