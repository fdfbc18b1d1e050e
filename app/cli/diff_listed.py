"""A long baseline listing summarised where it is read: the text of ``gantry diff`` and a
printout of the change report (``-o changes.pdf``, Compare with Plan's Print).

A baseline set or cleared lists each task's saved values (app/domain/diff_baselines.py):
50 tasks made a 12-page PDF an auditor leafed through. Where a person reads, each baseline's
(or interim plan's) tasks past the first :data:`LISTED_TASKS` are counted in one line::

    more     Baseline (0): and 40 more tasks not listed (50 in all; a .csv or .xlsx report
             lists every one)

The CSV and Excel reports and ``--json`` keep every change, for a sheet to filter.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.diff import PlanChange
from app.domain.diff_baselines import MORE

LISTED_TASKS = 10  # of one baseline's tasks, listed before the rest are counted


def _group(change: PlanChange) -> tuple[str, str] | None:
    """``(baseline key, task uid)`` of a baseline task's change (``("0", "12")``,
    ``("i1", "12")``); None for any other change."""
    if change.entity != "baseline":
        return None
    key, colon, task = str(change.uid).partition(":")
    return (key, task) if colon else None


def listed(changes: Sequence[PlanChange], limit: int = LISTED_TASKS) -> list[PlanChange]:
    """``changes`` with each baseline's task changes past its first ``limit`` tasks left
    out, one ``more`` change after them counting them (``old``: its tasks in all)."""
    out: list[PlanChange] = []
    key: str | None = None
    tasks: list[str] = []  # of the baseline being read, in order
    label = ""

    def close() -> None:
        if key is not None and len(tasks) > limit:
            uid: int | str = int(key) if key.isdigit() else key
            hidden = len(tasks) - limit
            out.append(PlanChange("baseline", uid, label, MORE, old=len(tasks), new=hidden))

    for change in changes:
        found = _group(change)
        if found is None or found[0] != key:
            close()
            key, tasks = (None, []) if found is None else (found[0], [])
            label = "" if found is None else change.name.partition(": ")[0]
        if found is None:
            out.append(change)
            continue
        if not tasks or tasks[-1] != found[1]:
            tasks.append(found[1])
        if len(tasks) <= limit:
            out.append(change)
    close()
    return out
