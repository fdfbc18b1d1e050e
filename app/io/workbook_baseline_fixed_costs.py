"""The Plan sheet's Baseline Fixed Cost columns (MS Project's Baseline and Baseline1..10
Fixed Cost): one for each baseline the plan holds whose Fixed Cost column its task sheet
shows (the plan's kept view), after the baselines' dates, titled as the sheet's column
("Baseline3 Fixed Cost"), each task's amount as saved (a summary's own), a blank cell where
the baseline does not hold the task.

They are worked out, not typed: read back, the import takes them as the sheet's own columns
and changes nothing from them, as it leaves the baselines' dates
(app/io/workbook_baseline_dates.baseline_columns).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.baseline_fields import FIXED_COST_KEYS, TITLES, BaselineFieldValues, field_ref
from app.domain.plan import Plan
from app.io.workbook_cells import PlanRow

FIXED_COST_TITLES = frozenset(TITLES[key] for key in FIXED_COST_KEYS)
FIXED_COST_WIDTH = 14


def shown_fixed_cost_keys(plan: Plan) -> tuple[str, ...]:
    """The Baseline (0..10) Fixed Cost fields the plan's sheet shows of the baselines it
    holds, in the sheet's field order ("baseline_fixed_cost", "baseline3_fixed_cost")."""
    view = plan.view
    shown = {key for key, _width in view.columns} if view is not None else set()
    out = []
    for key in FIXED_COST_KEYS:
        ref = field_ref(key)
        assert ref is not None
        if key in shown and (ref.baseline or 0) in plan.baselines:
            out.append(key)
    return tuple(out)


def fixed_cost_cells(
    plan: Plan, rows: Sequence[PlanRow], keys: Sequence[str]
) -> list[list[float | None]]:
    """Each row's amounts of fields ``keys`` (None where the baseline does not hold it)."""
    values = BaselineFieldValues(plan)
    out: list[list[float | None]] = []
    for r in rows:
        figures = (values.figure(key, r.uid) for key in keys)
        out.append([None if f is None else float(f.value) for f in figures])
    return out
