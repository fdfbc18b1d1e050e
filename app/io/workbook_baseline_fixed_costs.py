"""The Plan sheet's baseline money columns (MS Project's Baseline and Baseline1..10 Cost and
Fixed Cost): one for each baseline the plan holds whose Cost or Fixed Cost column its task
sheet shows (the plan's kept view: a column the PM inserted), after the baselines' dates,
titled as the sheet's column ("Baseline3 Cost", "Baseline3 Fixed Cost"), each task's amount
as saved (a summary's own Fixed Cost, its rolled-up Cost), a blank cell where the baseline
does not hold the task. A Baseline3 Cost column inserted in the sheet was left out of the
workbook, so the client never saw the figure the PM was showing.

They are worked out, not typed: read back, the import takes them as the sheet's own columns
and changes nothing from them, as it leaves the baselines' dates
(app/io/workbook_baseline_dates.baseline_columns).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.baseline_fields import (
    FIXED_COST_KEYS,
    NUMBERED,
    BaselineFieldValues,
    field_ref,
)
from app.domain.plan import Plan
from app.io.workbook_cells import PlanRow

# Baseline Cost and Baseline1..10 Cost: the sheet's order, then the Fixed Cost ones
COST_KEYS: tuple[str, ...] = ("baseline_cost", *(f"baseline{n}_cost" for n in NUMBERED))
_MONEY_KEYS = (*COST_KEYS, *FIXED_COST_KEYS)
_TITLES = {key: ref.title() for key in _MONEY_KEYS if (ref := field_ref(key)) is not None}
# every column this module writes (read back as worked out: workbook_baseline_dates)
FIXED_COST_TITLES = frozenset(_TITLES.values())
FIXED_COST_WIDTH = 14


def money_title(key: str) -> str:
    """The column title of a key :func:`shown_fixed_cost_keys` gives ("Baseline3 Cost")."""
    return _TITLES[key]


def shown_fixed_cost_keys(plan: Plan) -> tuple[str, ...]:
    """The Baseline (0..10) Cost and Fixed Cost fields the plan's sheet shows of the
    baselines it holds, in the sheet's field order ("baseline3_cost", "baseline_fixed_cost",
    "baseline3_fixed_cost")."""
    view = plan.view
    shown = {key for key, _width in view.columns} if view is not None else set()
    out = []
    for key in _MONEY_KEYS:
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
