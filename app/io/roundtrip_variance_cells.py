"""Start Variance and Finish Variance a client typed into a returned workbook: said, not taken.

The Plan sheet shows each task's variances beside its baseline dates (app/io/
workbook_baseline_dates.py). They are worked out from Start and Finish against the
baseline's, as MS Project computes them and takes none typed; the import reads nothing from
them. A value typed over one went without a word, and the client believed it sent. The
review's notes now name the rows whose variance is not the one exported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from app.domain.baseline import BaselineEntry
from app.domain.plan import Plan
from app.domain.status_report import finish_variance, signed_days
from app.domain.workload import DayCalendar
from app.io.roundtrip_sheet_cells import SheetCells
from app.io.workbook_cells import cell_text

_NAMED = 3  # rows named in a note; the rest counted
# a variance's title -> the date it measures (its exported cell's title, the entry's field)
_VARIANCES = {"Start Variance": "Start", "Finish Variance": "Finish"}


def typed_variance_notes(
    cells: SheetCells, plan: Plan, exported: Mapping[str, Mapping[str, str]]
) -> list[str]:
    """One note per variance column (among ``cells``' columns) naming the rows whose value
    is not the one exported: worked out from the Start or Finish ``exported`` (its cell's
    text, by uid) against ``plan``'s baseline. None when every one is as exported."""
    base = plan.baselines.get(0)
    header = cells.header
    found = {header[c]: c for c in sorted(cells.columns) if header[c] in _VARIANCES}
    if base is None or not found:
        return []
    entries = {e.task_uid: e for e in base.entries}
    cal = DayCalendar(plan, None)
    notes = []
    for title, col in found.items():
        typed: list[int] = []  # the rows (1-based)
        for uid, i, row in cells.task_rows():
            value = cell_text(cells.value(row, col))
            if value != _expected(plan, cal, entries.get(uid), title, exported.get(str(uid))):
                typed.append(i + 1)
        if typed:
            notes.append(
                f"{cells.sheet}: {title} is computed; typed values ignored, {_rows(typed)}"
            )
    return notes


def _expected(
    plan: Plan,
    cal: DayCalendar,
    entry: BaselineEntry | None,
    title: str,
    cells: Mapping[str, str] | None,
) -> str:
    """The variance the export wrote ("" without a baseline date or a date of the task)."""
    field = _VARIANCES[title]
    then = None if entry is None else entry.start if field == "Start" else entry.finish
    text = (cells or {}).get(field, "")
    if then is None or not text:
        return ""
    try:
        now = datetime.fromisoformat(text)
    except ValueError:
        return ""
    minutes = finish_variance(cal, now, then)
    return "" if minutes is None else signed_days(plan.project, minutes)


def _rows(numbers: Sequence[int]) -> str:
    """``row 7``; ``rows 7, 9 and 12``; ``rows 7, 9, 12 and 4 more``."""
    if len(numbers) == 1:
        return f"row {numbers[0]}"
    named = [str(n) for n in numbers[:_NAMED]]
    more = len(numbers) - _NAMED
    if more > 0:
        return f"rows {', '.join(named)} and {more} more"
    return f"rows {', '.join(named[:-1])} and {named[-1]}"
