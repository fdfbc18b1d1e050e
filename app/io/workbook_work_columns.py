"""The Plan sheet's Work and Remaining Work columns: the estimates a product owner reviews
(tester s31xa M5), in hours a client can add up (``8 h``), a summary's its subtasks'.

Shown, never read back: work is the people's, typed in Gantry; a returned workbook's cells
there are not taken and not named as an unknown column (app/io/roundtrip_progress.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.domain.costs import CostReport

WORK_TITLE = "Work"
REMAINING_WORK_TITLE = "Remaining Work"
WORK_TITLES = (WORK_TITLE, REMAINING_WORK_TITLE)
WORK_WIDTH = 11


def work_hours(costs: CostReport, uids: Iterable[int]) -> dict[int, tuple[float, float]]:
    """Each task's Work and Remaining Work (Work less Actual Work, never below 0) in hours,
    to the hundredth, as the Tracking table shows them."""
    out: dict[int, tuple[float, float]] = {}
    work, done = costs.task_work_minutes, costs.task_actual_work_minutes
    for uid in uids:
        minutes = work.get(uid, 0)
        left = max(0, minutes - done.get(uid, 0))
        out[uid] = (round(minutes / 60, 2), round(left / 60, 2))
    return out


def work_row(hours: Mapping[int, tuple[float, float]], uid: int) -> tuple[float, float]:
    """A task's two cells (0 h for a task the costing does not hold)."""
    return hours.get(uid, (0.0, 0.0))
