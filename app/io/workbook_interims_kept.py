"""What a workbook Gantry wrote keeps of the plan's interim plans (Start1..10/Finish1..10).

The Plan sheet shows the start and finish of every interim plan the plan holds
(app/io/workbook_baseline_dates.py) and the hidden ``_gantry`` sheet keeps them in the
plan's snapshot, so a workbook with it reads them all back. One written without it
(``gantry convert --no-roundtrip``, or the Export choice without the round trip) is read
back as a plan of its own from its sheets: the dates stay on the Plan sheet, for a client
to see and for ``gantry diff`` to compare, but opening it sets no interim plan.
"""

from __future__ import annotations

from pathlib import Path

import python_calamine as pc

from app.domain.interim_plan import interim_label
from app.domain.plan import Plan
from app.io.workbook_cells import SNAPSHOT_SHEET


def has_snapshot(path: Path) -> bool | None:
    """Whether the workbook at ``path`` has the hidden ``_gantry`` sheet (None: unreadable)."""
    try:
        return SNAPSHOT_SHEET in pc.CalamineWorkbook.from_path(str(path)).sheet_names
    except (pc.CalamineError, OSError, ValueError):
        return None


def sheet_only_interims(plan: Plan, written: Path) -> str:
    """The note for the workbook ``written`` when it keeps ``plan``'s interim plans on its
    Plan sheet only (no ``_gantry`` sheet): "" when the plan has none, or the workbook
    keeps them all (or cannot be read: its own read says why)."""
    if not plan.interims or has_snapshot(written) is not False:
        return ""
    names = ", ".join(interim_label(n) for n in sorted(plan.interims))
    return (
        f"{written.name} has no _gantry sheet: {names} shown on the Plan sheet, "
        "not read back as interim plans"
    )
