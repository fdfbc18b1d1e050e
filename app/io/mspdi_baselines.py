"""MSPDI task baselines: the <Baseline> elements of task rows, gathered per baseline number.

MS Project XML has no element for a baseline's Fixed Cost Accrual (a task's <Baseline>
holds Number, Interim, Start, Finish, Duration, DurationFormat, EstimatedDuration, Work,
Cost, BCWS, BCWP and FixedCost, as the MSPDI schema lists them): an entry read from it keeps
none (planned value then lays its fixed cost by the task's accrual now), and a baseline
written to it loses the accrual Set Baseline saved (the .gantry keeps it).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.errors import FileFormatError
from app.io.mspdi_values import Reader


def add_baseline_entry(
    entries: dict[int, list[BaselineEntry]], elem: Element, where: str, task_uid: int
) -> None:
    """Add a task row's ``<Baseline>`` element to ``entries`` under its <Number> (0..10)."""
    b = Reader(elem, where + " <Baseline>")
    number = b.integer("Number", 0) or 0
    if not 0 <= number <= 10:
        raise FileFormatError(f"{b.where}: <Number> {number} is not 0..10")
    entries.setdefault(number, []).append(
        BaselineEntry(
            task_uid,
            b.date("Start"),
            b.date("Finish"),
            b.duration("Duration") or 0,
            b.duration("Work") or 0,
            b.number("Cost") / 100,
            # MS Project 2007's Baseline Fixed Cost, in the <Cost>'s unit (cents); an
            # older file has none: 0, as MS Project shows it ($0.00)
            b.number("FixedCost") / 100,
        )
    )


def baselines(entries: dict[int, list[BaselineEntry]]) -> dict[int, Baseline]:
    """The baselines ``entries`` make, by number, unnamed."""
    return {k: Baseline(k, None, tuple(v)) for k, v in sorted(entries.items())}
