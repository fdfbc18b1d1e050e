"""MS Project's Earned Value tables' fields of one task, as the task sheet and the printout
show them: the Earned Value table (BCWS, BCWP, ACWP, SV, CV, EAC, BAC, VAC), the Earned
Value Cost Indicators (CV%, CPI, TCPI) and Schedule Indicators (SV%, SPI) tables, and
Physical % Complete.

Every figure is :func:`app.domain.earned_value.earned_value`'s, the Budget view's and the
status report's, at the status date (the caller's: the project's, else now) against the
project's "Baseline for Earned Value calculations": summaries rolled up as there. As MS
Project defines them: SV = BCWP - BCWS, CV = BCWP - ACWP, VAC = BAC - EAC, CPI =
BCWP / ACWP, SPI = BCWP / BCWS, CV% = CV / BCWP, SV% = SV / BCWS, TCPI = (BAC - BCWP) /
(BAC - ACWP); a ratio with nothing to divide by is blank (MS Project writes 0).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.domain.cost_tracking import Figure, Kind
from app.domain.costs import CostReport
from app.domain.earned_value import EarnedValue, earned_value
from app.domain.plan import Plan
from app.domain.schedule import Schedule

# The fields by the keys the printout knows them by, in the tables' order.
EARNED_KEYS: tuple[str, ...] = (
    "bcws",
    "bcwp",
    "acwp",
    "sv",
    "cv",
    "eac",
    "bac",
    "vac",
    "cv_percent",
    "cpi",
    "tcpi",
    "sv_percent",
    "spi",
    "physical_percent_complete",
)
EARNED_TITLES: dict[str, str] = {
    "bcws": "BCWS",
    "bcwp": "BCWP",
    "acwp": "ACWP",
    "sv": "SV",
    "cv": "CV",
    "eac": "EAC",
    "bac": "BAC",
    "vac": "VAC",
    "cv_percent": "CV%",
    "cpi": "CPI",
    "tcpi": "TCPI",
    "sv_percent": "SV%",
    "spi": "SPI",
    "physical_percent_complete": "Physical % Complete",
}


def _ratio(top: float, bottom: float) -> float | None:
    """``top`` / ``bottom``, both money: None below half a cent to divide by; 0 when what
    is divided is below half a cent (a finished task's BAC - BCWP: no "-0.00" TCPI)."""
    if abs(bottom) < 0.005:
        return None
    return top / bottom if abs(top) >= 0.005 else 0.0


# The fields that are one of the task's earned value figures as they are: by the figure's name.
_FIGURES = {
    "bcws": "pv",
    "bcwp": "ev",
    "acwp": "ac",
    **{k: k for k in ("sv", "cv", "eac", "bac", "vac")},
}
# The ratios: what is divided by what (a percent is the ratio times 100).
_RATIOS: dict[str, Callable[[EarnedValue], tuple[float, float]]] = {
    "cpi": lambda ev: (ev.ev, ev.ac),
    "spi": lambda ev: (ev.ev, ev.pv),
    "cv_percent": lambda ev: (ev.cv, ev.ev),
    "sv_percent": lambda ev: (ev.sv, ev.pv),
    "tcpi": lambda ev: (ev.bac - ev.ev, ev.bac - ev.ac),
}
_KINDS = {"cpi": Kind.RATIO, "spi": Kind.RATIO, "tcpi": Kind.RATIO}
_PERCENTS = frozenset({"cv_percent", "sv_percent"})


def _value(key: str, ev: EarnedValue) -> float | None:
    """The figure of field ``key`` from a task's earned value (None: nothing to divide by)."""
    if key in _FIGURES:
        figure: float = getattr(ev, _FIGURES[key])
        return figure
    found = _ratio(*_RATIOS[key](ev))  # KeyError: no such field
    return 100 * found if found is not None and key in _PERCENTS else found


class EarnedValueFigures:
    """The Earned Value tables' figures of one plan state at one status date (the plan's
    earned value worked out once, when a cell first asks)."""

    def __init__(
        self, plan: Plan, schedule: Schedule, costs: CostReport, status_date: datetime
    ) -> None:
        self.plan = plan
        self.schedule = schedule
        self.costs = costs
        self.status_date = status_date
        self._values: dict[int, EarnedValue] | None = None

    def values(self) -> dict[int, EarnedValue]:
        """Every task's earned value (summaries rolled up)."""
        if self._values is None:
            plan = self.plan
            self._values = earned_value(plan, self.schedule, self.costs, self.status_date)
        return self._values

    def value(self, key: str, uid: int) -> float | None:
        """The bare figure of field ``key`` for task ``uid`` (None: blank), for sorting."""
        if key == "physical_percent_complete":
            if self.plan.is_summary(uid):
                return None
            return self.plan.task(uid).physical_percent_complete
        ev = self.values().get(uid)
        return None if ev is None else _value(key, ev)

    def figure(self, key: str, uid: int) -> Figure | None:
        """The figure of field ``key`` for task ``uid``, as the cell writes it (None: blank)."""
        value = self.value(key, uid)
        if value is None:
            return None
        if key == "physical_percent_complete" or key in _PERCENTS:
            return Figure(value, Kind.PERCENT)
        return Figure(value, _KINDS.get(key, Kind.MONEY))
