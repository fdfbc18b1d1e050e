"""The risk register."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class RiskStatus(Enum):
    """Life of a risk."""

    OPEN = "open"
    MITIGATING = "mitigating"
    OCCURRED = "occurred"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Risk:
    """A risk: probability (0..1), impact (a cost in project currency), owner and plans.

    ``contingency`` is the reserve held for it; ``task_uids`` links it to tasks.
    """

    uid: int
    title: str
    probability: float = 0.5
    impact: float = 0.0
    owner: str = ""
    mitigation: str = ""
    contingency: float = 0.0
    status: RiskStatus = RiskStatus.OPEN
    task_uids: tuple[int, ...] = ()
    description: str = ""

    @property
    def exposure(self) -> float:
        """Expected cost of the risk: probability times impact."""
        return self.probability * self.impact


def live(risks: Iterable[Risk]) -> list[Risk]:
    """The risks still to reckon with: every one but the closed."""
    return [r for r in risks if r.status is not RiskStatus.CLOSED]


def open_exposure(risks: Iterable[Risk]) -> float:
    """Expected cost of the risks not closed (sum of probability x impact)."""
    return sum(r.exposure for r in live(risks))


def contingency_reserve(risks: Iterable[Risk]) -> float:
    """The reserve held for the risks not closed: what the budget keeps on top of the plan."""
    return sum(r.contingency for r in live(risks))
