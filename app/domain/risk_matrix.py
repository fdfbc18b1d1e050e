"""The probability x impact heat map a risk committee reads: five probability bands (0-20 %
... 80-100 %) by five impact bands (equal steps up to the largest impact, rounded up to a
round amount), each cell counting the risks in it and coloured by its exposure band (the
product of the two band numbers: 1-4 low, 5-12 medium, 15-25 high). The Risks view's panel,
its printout's first page and ``gantry risks --matrix`` share it. Closed risks are left out:
they no longer threaten anything."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.risk import Risk, RiskStatus

BANDS = 5
PROBABILITY_NAMES = ("Very low", "Low", "Medium", "High", "Very high")
IMPACT_NAMES = PROBABILITY_NAMES
LOW, MEDIUM, HIGH = "low", "medium", "high"


def exposure_band(probability_band: int, impact_band: int) -> str:
    """``low``, ``medium`` or ``high`` for a cell (bands numbered 1 to 5)."""
    score = probability_band * impact_band
    return LOW if score <= 4 else MEDIUM if score <= 12 else HIGH


def round_top(amount: float) -> float:
    """The top of the impact scale: ``amount`` rounded up to a round amount that divides
    into five round steps (37,000 -> 40,000: bands of 8,000; 52,000 -> 60,000)."""
    if amount <= 0:
        return float(BANDS)
    power = 10.0 ** math.floor(math.log10(amount))
    for step in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if amount <= step * power:
            return step * power
    return 10 * power  # pragma: no cover - the loop ends at 10


def probability_band(probability: float) -> int:
    """1 (up to 20 %) ... 5 (above 80 %)."""
    return min(max(math.ceil(probability * BANDS - 1e-9), 1), BANDS)


@dataclass(frozen=True, slots=True)
class RiskMatrix:
    """The heat map: ``cells[p - 1][i - 1]`` holds the uids of the risks in probability band
    ``p`` and impact band ``i``; ``top`` is the impact scale's top (band i reaches top*i/5);
    ``closed`` counts the closed risks left out."""

    cells: tuple[tuple[tuple[int, ...], ...], ...]
    top: float
    closed: int = 0

    def impact_band(self, impact: float) -> int:
        """1 (up to a fifth of the top) ... 5."""
        return min(max(math.ceil(impact / self.top * BANDS - 1e-9), 1), BANDS)

    def impact_limit(self, band: int) -> float:
        """The largest impact in ``band`` (1 to 5)."""
        return self.top * band / BANDS

    def count(self, p: int, i: int) -> int:
        """How many risks are in probability band ``p`` and impact band ``i``."""
        return len(self.cells[p - 1][i - 1])

    def uids(self, p: int, i: int) -> tuple[int, ...]:
        """The risks in the cell, in register order."""
        return self.cells[p - 1][i - 1]

    @property
    def total(self) -> int:
        """Risks placed on the map."""
        return sum(len(c) for row in self.cells for c in row)


def risk_matrix(risks: Iterable[Risk], register: Iterable[Risk] | None = None) -> RiskMatrix:
    """The heat map of ``risks`` (the closed ones counted aside), its impact scale set by
    the ``register``'s risks not closed (None: by ``risks``), so a filtered map keeps the
    whole register's bands."""
    listed = list(risks)
    live = [r for r in listed if r.status is not RiskStatus.CLOSED]
    scaled = (
        live if register is None else [r for r in register if r.status is not RiskStatus.CLOSED]
    )
    top = round_top(max((r.impact for r in scaled), default=0.0))
    grid: list[list[list[int]]] = [[[] for _ in range(BANDS)] for _ in range(BANDS)]
    matrix = RiskMatrix((), top, len(listed) - len(live))
    for r in live:
        grid[probability_band(r.probability) - 1][matrix.impact_band(r.impact) - 1].append(r.uid)
    cells = tuple(tuple(tuple(c) for c in row) for row in grid)
    return RiskMatrix(cells, top, matrix.closed)


def probability_label(band: int) -> str:
    """``Very high (80-100%)``: a probability band's name and range."""
    return f"{PROBABILITY_NAMES[band - 1]} ({(band - 1) * 20}-{band * 20}%)"
