"""The detail rows a usage view can show under each row (MS Project's Format > Details):
their names and the words that choose them. Light on purpose: the plan's kept view
(app/domain/view_state.py) names them without loading the figures' modules; the figures
are app/domain/usage_details.py's."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from app.domain.errors import AppError


class Detail(Enum):
    """One detail row; its value is the word ``gantry usage --details`` takes."""

    WORK = "work"
    OVERALLOCATION = "overallocation"
    AVAILABILITY = "availability"
    COST = "cost"
    ACTUAL_WORK = "actual"
    ACTUAL_COST = "actual-cost"
    PEAK_UNITS = "peak"
    BASELINE_WORK = "baseline-work"
    BASELINE_COST = "baseline-cost"
    CUMULATIVE_WORK = "cumulative-work"
    REMAINING_CUMULATIVE_WORK = "remaining-cumulative-work"
    CUMULATIVE_COST = "cumulative-cost"

    @property
    def label(self) -> str:
        """The name the view, the printout and the CSV give the row."""
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> tuple[Detail, ...]:
        """``overallocation,availability,cost`` -> those details, Work first if not named
        (the view always shows it); one clear error for a word it does not know."""
        words = [w.strip().lower() for w in text.split(",") if w.strip()]
        got: list[Detail] = []
        for word in words:
            found = _WORDS.get(word)
            if found is None:
                known = ", ".join(d.value for d in cls)
                raise AppError(f"--details: {word!r} is not a detail (one of: {known})")
            if found not in got:
                got.append(found)
        return shown_details(got)


_LABELS = {
    Detail.WORK: "Work",
    Detail.OVERALLOCATION: "Overallocation",
    Detail.AVAILABILITY: "Rem. Availability",
    Detail.COST: "Cost",
    Detail.ACTUAL_WORK: "Actual Work",
    Detail.ACTUAL_COST: "Actual Cost",
    Detail.PEAK_UNITS: "Peak Units",
    Detail.BASELINE_WORK: "Baseline Work",
    Detail.BASELINE_COST: "Baseline Cost",
    Detail.CUMULATIVE_WORK: "Cumulative Work",
    Detail.REMAINING_CUMULATIVE_WORK: "Rem. Cumulative Work",
    Detail.CUMULATIVE_COST: "Cumulative Cost",
}
_WORDS = {d.value: d for d in Detail} | {
    "overalloc": Detail.OVERALLOCATION,
    "remaining": Detail.AVAILABILITY,
    "actual_work": Detail.ACTUAL_WORK,
    "actual-work": Detail.ACTUAL_WORK,
    "actual_cost": Detail.ACTUAL_COST,
    "actualcost": Detail.ACTUAL_COST,
    "peak_units": Detail.PEAK_UNITS,
    "peak-units": Detail.PEAK_UNITS,
    "baseline_work": Detail.BASELINE_WORK,
    "baseline": Detail.BASELINE_WORK,
    "baseline_cost": Detail.BASELINE_COST,
    "cumulative_work": Detail.CUMULATIVE_WORK,
    "cumulative": Detail.CUMULATIVE_WORK,
    "remaining_cumulative_work": Detail.REMAINING_CUMULATIVE_WORK,
    "burn-down": Detail.REMAINING_CUMULATIVE_WORK,
    "burndown": Detail.REMAINING_CUMULATIVE_WORK,
    "cumulative_cost": Detail.CUMULATIVE_COST,
}
WORK_ONLY = (Detail.WORK,)


def shown_details(details: Iterable[Detail]) -> tuple[Detail, ...]:
    """The details in the order the menu lists them, Work always first."""
    chosen = set(details) | {Detail.WORK}
    return tuple(d for d in Detail if d in chosen)


# The details read from the plan's costing (its figures need a cost report).
COSTED = frozenset(
    (
        Detail.COST,
        Detail.ACTUAL_WORK,
        Detail.ACTUAL_COST,
        Detail.BASELINE_WORK,
        Detail.BASELINE_COST,
        Detail.CUMULATIVE_COST,
    )
)
BASELINED = frozenset((Detail.BASELINE_WORK, Detail.BASELINE_COST))
PERSON_ONLY = frozenset((Detail.OVERALLOCATION, Detail.AVAILABILITY, Detail.PEAK_UNITS))
