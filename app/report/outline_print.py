"""``--outline-level N``: a printout of the tasks down to outline level N, as MS Project
prints a view after View > Outline > Level N (the summaries below N folded).

The level applies to the rows the view chose (its filter, sort and group kept); a group
header stays above a task it keeps and goes without one (app/report/saved_view.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.plan import Plan
from app.report.saved_view import PrintedView, ViewRows, rows_active


def outline_level(options: Mapping[str, Any]) -> int | None:
    """The outline level the options ask for (None: every level)."""
    level = options.get("outline_level")
    return None if level is None else int(level)


def within_level(plan: Plan, level: int) -> frozenset[int]:
    """The uids of the tasks at outline level ``level`` or above."""
    return frozenset(t.uid for t in plan.tasks if t.outline_level <= level)


def outlined(
    plan: Plan, shown: PrintedView | None, options: Mapping[str, Any]
) -> PrintedView | None:
    """``shown`` (None: every task in outline order) with only the rows down to the
    options' outline level; ``shown`` itself when none is asked for."""
    level = outline_level(options)
    if level is None:
        return shown
    kept = within_level(plan, level)
    if shown is None:
        rows = ViewRows(tuple(t.uid for t in plan.tasks if t.uid in kept))
        return PrintedView(None, rows)
    return replace(shown, rows=rows_active(shown.rows, kept))
