"""The Plan sheet's baseline dates: Baseline Start, Baseline Finish, Start Variance and
Finish Variance, as MS Project's Variance table shows them, for a client comparing the plan
with what was agreed.

Written when the plan has a baseline (baseline 0, the one the Gantt's baseline bars and the
Budget read), after the sheet's own columns and before the progress a client reports; then,
for an auditor comparing plans, the start and finish of each numbered baseline and each
interim plan the plan holds, titled as the task sheet's columns ("Baseline3 Start",
"Start2": app/domain/baseline_fields.py), an empty cell where a task has none. The
variances are the current dates against the baseline's in working days of the project
calendar, signed (``+2d`` late, ``-1d`` early, ``0d`` on time), as the Gantt's Finish
Variance column measures them (app/domain/status_report.finish_variance). They are worked
out, not typed: read back, the import takes its columns as its own and changes nothing from
them (app/io/roundtrip_plan_sheet.py), as it leaves Cost to the people's rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.domain.baseline_fields import DATE_KEYS, TITLES, BaselineFieldValues, field_ref
from app.domain.plan import Plan
from app.domain.status_report import finish_variance, signed_days
from app.domain.workload import DayCalendar
from app.io.workbook_baseline_fixed_costs import FIXED_COST_TITLES
from app.io.workbook_cells import PlanRow

BASELINE_START_TITLE = "Baseline Start"
BASELINE_FINISH_TITLE = "Baseline Finish"
BASELINE_DATE_TITLES = (
    BASELINE_START_TITLE,
    BASELINE_FINISH_TITLE,
    "Start Variance",
    "Finish Variance",
)
VARIANCE_WIDTH = 10.0

BaselineCells = tuple[datetime | None, datetime | None, str, str]


def baseline_dates(plan: Plan, rows: Sequence[PlanRow]) -> list[BaselineCells] | None:
    """Each row's baseline start and finish and its start and finish variance ("" where the
    task has none: added since the baseline); None when the plan has no baseline 0."""
    base = plan.baselines.get(0)
    if base is None:
        return None
    entries = {e.task_uid: e for e in base.entries}
    cal = DayCalendar(plan, None)

    def variance(now: datetime | None, then: datetime | None) -> str:
        minutes = None if now is None else finish_variance(cal, now, then)
        return "" if minutes is None else signed_days(plan.project, minutes)

    out: list[BaselineCells] = []
    for r in rows:
        e = entries.get(r.uid)
        if e is None:
            out.append((None, None, "", ""))
            continue
        out.append((e.start, e.finish, variance(r.start, e.start), variance(r.finish, e.finish)))
    return out


def numbered_keys(plan: Plan) -> tuple[str, ...]:
    """The date fields of the numbered baselines and interim plans ``plan`` holds, in the
    task sheet's order ("baseline3_start", "baseline3_finish", "start2", ...)."""
    out = []
    for key in DATE_KEYS_IN_ORDER:
        ref = field_ref(key)
        assert ref is not None
        held = plan.interims if ref.interim is not None else plan.baselines
        if (ref.interim or ref.baseline) in held:
            out.append(key)
    return tuple(out)


def numbered_dates(
    plan: Plan, rows: Sequence[PlanRow], keys: Sequence[str]
) -> list[list[datetime | None]]:
    """Each row's dates of fields ``keys`` (None where the task has none)."""
    values = BaselineFieldValues(plan)
    return [[values.date(key, r.uid) for key in keys] for r in rows]


DATE_KEYS_IN_ORDER = tuple(key for key in TITLES if key in DATE_KEYS)
_NUMBERED_TITLES = frozenset(TITLES[key] for key in DATE_KEYS_IN_ORDER)


def baseline_columns(header: Sequence[str], taken: set[int]) -> set[int]:
    """Where the sheet's baseline date columns are, the numbered baselines' and interim plans'
    too, and its Baseline (0..10) Fixed Cost columns (a custom field so named keeps its own)."""
    worked_out = {*BASELINE_DATE_TITLES, *_NUMBERED_TITLES, *FIXED_COST_TITLES}
    return {i for i, title in enumerate(header) if title in worked_out and i not in taken}
