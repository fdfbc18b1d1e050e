"""What ``gantry convert``'s chart draws besides the bars, as the window's View menu sets it.

``--table tracking`` prints as View > Tracking Gantt shows the plan: each task's
baseline bar under its bar and its % complete right of it (the window's Export PDF
of that view drew them, the command line's did not). ``--baseline-bars`` draws the
baseline bars with any table, ``--no-baseline-bars`` leaves them out of a tracking one.
``--table delay`` prints as View > Leveling Gantt shows it: each task's bar before
leveling above its leveled bar (the window's Export PDF of that view drew them, the
command line's did not). Either prints its view's name where a header or footer says
``&[View]``, as the window's printout of that view does.

A PDF or PNG draws the progress lines the plan keeps (Format > Progress Lines). A plan
that keeps none (an MS Project file, whose XML carries no view settings; a plan never given
them in the window) is printed for a weekly status report with ``--progress-lines``: the
current line at the status date, for this printout only; ``--no-progress-lines`` prints
none, whatever the plan keeps.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from app.domain.plan import Plan
from app.domain.progress_lines import ProgressLines

TRACKING_TABLE = "tracking"
# View > Tracking Gantt's toggles (app/ui/gantt/toggles.py: TRACKING_TOGGLES, TRACKING_LABEL)
TRACKING_CHART: dict[str, Any] = {"show_baseline": True, "right_label": "percent"}
# View > Leveling Gantt's chart options (app/ui/gantt/toggles.py: LevelingGantt), by the
# table that view shows: the bars before leveling.
_TABLE_CHARTS: dict[str, dict[str, Any]] = {
    TRACKING_TABLE: TRACKING_CHART,
    "delay": {"show_preleveled": True},
}
# The printed view's name by its table, as app/ui/printing/print_choices.py's
# gantt_view_name names the window's (PrintOptions.view; else the writer's "Gantt Chart").
_TABLE_VIEWS: dict[str, str] = {TRACKING_TABLE: "Tracking Gantt", "delay": "Leveling Gantt"}


def add_baseline_bars(p: argparse.ArgumentParser) -> None:
    """``--baseline-bars`` / ``--no-baseline-bars`` and ``--progress-lines`` /
    ``--no-progress-lines`` on ``convert``."""
    p.add_argument(
        "--baseline-bars",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF and PNG: draw each task's Baseline (0) bar under its bar, as View > Show "
        "Baseline (on with --table tracking, as View > Tracking Gantt draws it)",
    )
    p.add_argument(
        "--progress-lines",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="PDF and PNG: draw the current progress line at the status date (Format > "
        "Progress Lines: it bends left to the tasks behind, right to those ahead) besides "
        "the lines the plan keeps, which are drawn without it; --no-progress-lines draws none",
    )


def asked_progress_lines(args: argparse.Namespace, plan: Plan) -> None:
    """Give ``plan`` (read for this printout only) the progress lines ``--progress-lines``
    or ``--no-progress-lines`` ask for (a .pdf or .png: app/cli/option_checks.py refuses
    them for another output)."""
    asked = getattr(args, "progress_lines", None)
    if asked is None:
        return
    kept = plan.project.progress_lines
    lines = replace(kept, current=True) if asked else ProgressLines()
    plan.project = replace(plan.project, progress_lines=lines)


def chart_flags(args: argparse.Namespace) -> dict[str, Any]:
    """The writer's ``chart_flags`` option (ChartOptions fields and their values) for the
    command line, and its ``view`` (the printed view's name, what ``&[View]`` prints) for
    a table that is a view's own; empty: the chart as the writer draws it by default."""
    flags: dict[str, Any] = {}
    given: dict[str, Any] = {}
    table = getattr(args, "table", None)
    if table is not None:
        key = table.strip().lower()
        flags |= _TABLE_CHARTS.get(key, {})
        if key in _TABLE_VIEWS:
            given["view"] = _TABLE_VIEWS[key]
    asked = getattr(args, "baseline_bars", None)
    if asked is not None:
        flags["show_baseline"] = bool(asked)
    return given | ({"chart_flags": flags} if flags else {})
