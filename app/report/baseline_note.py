"""Which baseline a printed Gantt's variances and baseline bars are measured against, said
under its header as the status report says it ("Baseline: Baseline, saved 2026-11-28").

An auditor holding a Gantt printout with Finish Variance columns could not tell which
baseline they were against, nor when it was saved; the status report said so. Baseline1..10
columns printed name their baselines too. A printout showing no baseline figure (no
baseline or variance column, no baseline bars) says nothing.
"""

from __future__ import annotations

import re

from app.domain.baseline import baseline_label
from app.domain.plan import Plan
from app.report.interim_note import interim_note
from app.report.locale_dates import printed_saved
from app.report.options import PrintOptions

_NUMBERED = re.compile(r"baseline(\d+)_")  # a Baseline1..10 column's key: baseline2_start


def reads_baseline(options: PrintOptions) -> bool:
    """Whether the printout shows Baseline (0): its bars, or a baseline or variance column."""
    columns = options.columns
    return options.chart.show_baseline or any(
        c.startswith("baseline_") or c.endswith("variance") for c in columns
    )


def printed_baselines(options: PrintOptions) -> list[int]:
    """The baselines whose values the printout shows, in order: 0 for its bars, baseline
    and variance columns, then each of Baseline1..10 that has a column on the page."""
    shown = [0] if reads_baseline(options) else []
    for key in options.columns:
        found = _NUMBERED.match(key)
        if found and int(found.group(1)) not in shown:
            shown.append(int(found.group(1)))
    return sorted(shown)


def _said(plan: Plan, index: int) -> str:
    """``Baseline 2, saved 2026-11-28 02:20``; ``Baseline 2 none saved`` without it."""
    base = plan.baselines.get(index)
    if base is None:
        return f"{baseline_label(index)} none saved"
    return printed_saved(base.label(), base.saved_at)


def baseline_note(plan: Plan, options: PrintOptions) -> str:
    """``Baseline: Baseline, saved 2026-11-28 02:20`` ("": the printout reads none); the
    Baseline1..10 whose columns are printed named too (``Baselines: Baseline, saved ...;
    Baseline 2, saved ...``), so a page with Baseline2 columns does not name Baseline alone."""
    shown = printed_baselines(options)
    if not shown:
        return ""
    if shown == [0] and 0 not in plan.baselines:
        return "Baseline: none saved"
    heading = "Baseline" if len(shown) == 1 else "Baselines"
    return f"{heading}: " + "; ".join(_said(plan, index) for index in shown)


def page_note(plan: Plan, options: PrintOptions) -> str:
    """The line under a printed Gantt's header: the filter, sort and group, then the
    baseline its variances use, then the interim plans its Start N/Finish N columns show
    (app/report/interim_note.py), each when there is one."""
    parts = (options.view_note, baseline_note(plan, options), interim_note(plan, options))
    return " · ".join(p for p in parts if p)
