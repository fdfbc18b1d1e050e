"""The Usage view's rows as printed lines: the rows shown (closed ones keep their rows
out), every period of the scale, only the cells with a figure written out, in the user's
locale as on screen."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QLocale

from app.domain.usage_detail_rows import Detail
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import UsageTree
from app.report.usage_pages import UsageLine
from app.ui.usage.grid_model import SHOWN, UsageGridModel
from app.ui.usage.local_figures import figure_text
from app.ui.usage.other_plan_rows import is_other_row, other_row_name


def sheet_lines(
    tree: UsageTree, grid: UsageGridModel, overtime: Callable[[int], int | None] | None = None
) -> tuple[UsageLine, ...]:
    """One printed line per row ``grid`` shows of ``tree``, in order; with ``overtime`` (a
    row's Overtime Work in minutes, the view's column, when it shows) each row's too."""
    periods = grid.periods
    n = len(periods)
    locale = QLocale()  # the figures in the user's separators, as on screen
    lines: list[UsageLine] = []
    # Only the periods with work are written out, read for the whole table at once,
    # and each calendar's shading is made once: a 10k-task plan by day is 16,000 rows
    # of 2,000 periods, mostly empty (18 s before the preview opened, formatting every
    # blank cell; 90 s at 100k tasks by week asking each row for every period).
    shading: dict[int, tuple[bool, ...]] = {}
    grouped = tree if isinstance(tree, GroupedUsageTree) else None
    shown = np.array(grid.shown, dtype=np.int64)
    cell_rows, cell_cols, cell_values = tree.cells(periods)  # the whole table at once
    lows = np.searchsorted(cell_rows, shown, side="left").tolist()
    highs = np.searchsorted(cell_rows, shown, side="right").tolist()
    for node, lo, hi in zip(grid.shown, lows, highs, strict=True):
        unit = tree.unit(node)
        periods_of, values_of = cell_cols[lo:hi].tolist(), cell_values[lo:hi].tolist()
        figures = tuple(
            (k, figure_text(tree, value, unit, locale))
            for k, value in zip(periods_of, values_of, strict=True)
            if abs(value) >= SHOWN
        )
        person = tree.person(node)
        over = tuple(grid.over[person].tolist()) if person >= 0 else ()
        key = tree.calendar(node)
        off = shading.get(key)
        if off is None:
            off = shading[key] = tuple(grid.off[key].tolist())
        total = figure_text(tree, tree.total(node), unit, locale)
        depth = tree.depth[node]
        group = grouped.group_of(node) if grouped is not None else None
        level = 0 if group is None else group.level
        name, bold = other_row_name(tree, node), tree.bold(node)
        muted = is_other_row(tree, node)  # another plan's work: grey italics
        details = grid.details if len(grid.details) > 1 else ()
        work = "Work" if details else ""
        extra = "" if overtime is None else _overtime_text(tree, overtime(node), locale)
        lines.append(
            UsageLine(
                name,
                total,
                figures,
                n,
                over,
                off,
                bold,
                depth,
                level,
                work,
                overtime=extra,
                muted=muted,
            )
        )
        for detail in details[1:]:
            figures = _detail_figures(grid, node, detail, locale)
            lines.append(
                UsageLine(
                    "", "", figures, n, over, off, bold, depth, level, detail.label, muted=muted
                )
            )
    return tuple(lines)


def _detail_figures(
    grid: UsageGridModel, node: int, detail: Detail, locale: QLocale
) -> tuple[tuple[int, str], ...]:
    """A row's figures of one detail, where it has one."""
    values = grid.figures.values(node, detail)
    unit = grid.figures.unit(node, detail)
    hit = np.flatnonzero(np.abs(values) >= SHOWN).tolist()
    return tuple((k, figure_text(grid.tree, float(values[k]), unit, locale)) for k in hit)


def _overtime_text(tree: UsageTree, minutes: int | None, locale: QLocale) -> str:
    """A row's Overtime Work as its cell writes it ("": a row without one)."""
    return "" if minutes is None else figure_text(tree, minutes, "h", locale)
