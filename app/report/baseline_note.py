"""Which baseline a printed Gantt's variances and baseline bars are measured against, said
under its header as the status report says it ("Baseline: Baseline, saved 2026-11-28").

An auditor holding a Gantt printout with Finish Variance columns could not tell which
baseline they were against, nor when it was saved; the status report said so. A
printout showing no baseline figure (no baseline or variance column, no baseline bars)
says nothing.
"""

from __future__ import annotations

from app.domain.plan import Plan
from app.report.locale_dates import printed_date
from app.report.options import PrintOptions


def reads_baseline(options: PrintOptions) -> bool:
    """Whether the printout shows Baseline (0): its bars, or a baseline or variance column."""
    columns = options.columns
    return options.chart.show_baseline or any(
        c.startswith("baseline_") or c.endswith("variance") for c in columns
    )


def baseline_note(plan: Plan, options: PrintOptions) -> str:
    """``Baseline: Baseline, saved 2026-11-28 02:20`` ("": the printout reads none)."""
    if not reads_baseline(options):
        return ""
    base = plan.baselines.get(0)
    if base is None:
        return "Baseline: none saved"
    saved = base.saved_at
    when = "" if saved is None else f", saved {printed_date(saved)} {saved:%H:%M}"
    return f"Baseline: {base.label()}{when}"


def page_note(plan: Plan, options: PrintOptions) -> str:
    """The line under a printed Gantt's header: the filter, sort and group, then the
    baseline its variances use, each when there is one."""
    return " · ".join(p for p in (options.view_note, baseline_note(plan, options)) if p)
