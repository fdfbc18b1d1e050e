"""The running-total detail rows of the usage views (MS Project's Cumulative Work, Remaining
Cumulative Work and Cumulative Cost in Format > Details): a sprint's burn-down.

* Cumulative Work: the row's work from its start through the end of each period.
* Remaining Cumulative Work: the row's work still to do after each period (its whole Work
  less its Cumulative Work), the line a burn-down chart draws.
* Cumulative Cost: the row's cost (as the Cost row lays it) through the end of each period.

Work and cost before the first period shown (``gantry usage --from``, a view scrolled to a
later window) count in the running total. A figure shows from the period the row's work
(cost) starts in through the one it ends in, blank elsewhere, as a row's own Work is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.domain.usage_detail_rows import Detail
from app.domain.usage_periods import Periods

if TYPE_CHECKING:
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]

# each running-total row and the row whose figures it adds up
BASE = {
    Detail.CUMULATIVE_WORK: Detail.WORK,
    Detail.REMAINING_CUMULATIVE_WORK: Detail.WORK,
    Detail.CUMULATIVE_COST: Detail.COST,
}
_TINY = 1e-6


def around(periods: Periods, n_days: int) -> Periods:
    """Three periods around ``periods``: the days before its first, its own days, the days
    after its last (each possibly empty), over the usage's day axis of ``n_days``."""
    bounds = periods.bounds
    first = int(bounds[0]) if len(bounds) else 0
    last = int(bounds[-1]) if len(bounds) else first
    edges = np.array([min(0, first), first, last, max(last, n_days)], dtype=np.int64)
    starts = (periods.starts[0],) * 3 if len(periods) else ()
    return Periods(periods.scale, starts, edges)


def running_total(
    per_period: FloatArray, before: float, after: float, detail: Detail
) -> FloatArray:
    """A row's ``detail`` in each period from its base figures ``per_period``, with what lies
    before and after the periods (see the module's note)."""
    reached = before + np.cumsum(per_period)
    total = float(reached[-1]) + after if len(reached) else before + after
    started = reached - per_period  # the running total at each period's start
    shown = (np.abs(reached) > _TINY) & (np.abs(total - started) > _TINY)
    figures = total - reached if detail is Detail.REMAINING_CUMULATIVE_WORK else reached
    out: FloatArray = np.where(shown, figures, 0.0)
    return out
