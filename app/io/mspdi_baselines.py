"""MSPDI task baselines: the <Baseline> elements of task rows, gathered per baseline number.

MS Project XML has no element for a baseline's Fixed Cost Accrual (a task's <Baseline>
holds Number, Interim, Start, Finish, Duration, DurationFormat, EstimatedDuration, Work,
Cost, BCWS, BCWP and FixedCost, as the MSPDI schema lists them): an entry read from it keeps
none (planned value then lays its fixed cost by the task's accrual now), and a baseline
written to it loses the accrual Set Baseline saved (the .gantry keeps it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.task import CostAccrual
from app.io.mspdi_values import Reader

if TYPE_CHECKING:  # imported where a file's baselines are read: most files hold none
    from app.domain.baseline import Baseline, BaselineEntry


def add_baseline_entry(
    entries: dict[int, list[BaselineEntry]], elem: Element, where: str, task_uid: int
) -> None:
    """Add a task row's ``<Baseline>`` element to ``entries`` under its <Number> (0..10)."""
    from app.domain.baseline import BaselineEntry

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
    if not entries:
        return {}
    from app.domain.baseline import Baseline

    return {k: Baseline(k, None, tuple(v)) for k, v in sorted(entries.items())}


def accruals_not_kept(plan: Plan, ext: str) -> str:
    """The line that says a save as MS Project XML loses the Baseline Fixed Cost Accrual
    of the baseline entries that hold one other than prorated (the tasks' default), naming
    the first; "" when none does (an entry with none, or prorated, reads back the same)."""
    if ext.lower() != ".xml":
        return ""
    held = [
        (baseline, entry)
        for baseline in sorted(plan.baselines.values(), key=lambda b: b.index)
        for entry in baseline.entries
        if entry.fixed_cost_accrual not in (None, CostAccrual.PRORATED)
        and plan.has_task(entry.task_uid)  # a deleted task's entry is not written
    ]
    if not held:
        return ""
    baseline, entry = held[0]
    name = quoted(plan.task(entry.task_uid).name)
    first = "" if len(held) == 1 else "the first "
    return (
        f"{ext} keeps no Baseline Fixed Cost Accrual: that of {counted(len(held), 'task')}"
        f" ({first}{name} in {baseline.label()}) not saved; read back, planned and earned"
        " value lay the baseline's fixed cost by the task's accrual now"
    )
