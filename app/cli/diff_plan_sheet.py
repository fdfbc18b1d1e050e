"""A plan compared with a workbook written without its round-trip data (``--no-roundtrip``).

Such a workbook has no ``_gantry`` sheet: read back, its plan is what the Plan sheet
shows alone. Its people are numbered as their names first appear in the People column
(Jonas Weber read as person 7, not 4), their initials, calendars and rates unknown; its
assignments carry units but no work; its project has no name, Author, Manager or Company;
it keeps no calendars, no status date, and no constraints (a task's Start reads back as
Start No Earlier Than where links alone would place it earlier). Compared as they are, an
untouched hand-off listed every person renamed, every assignment moved, Sofia Rossi's days
off gone and the baseline removed. Here people are matched by name and their assignments
by units, as a CSV's are, and the rest is left out of the comparison with a note naming it.
The baselines' and interim plans' start and finish, which the Plan sheet shows, are read
from it (app/io/workbook_baseline_read.py) and compared; their duration, work and cost,
which it does not show, are not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import python_calamine as pc

from app.domain.custom_fields import FIELD_NAMES
from app.domain.diff import Held
from app.domain.diff_fields import TASK_FIELDS
from app.domain.plan import Plan
from app.io.handoff_choice import WORKBOOKS
from app.io.workbook_accrual import ACCRUAL_TITLE
from app.io.workbook_baseline_read import sheet_baselines
from app.io.workbook_cells import SNAPSHOT_SHEET

# File > Info's fields the About sheet shows but reading it does not set
_PROJECT_INFO = frozenset({"name", "author", "manager", "company"})
# The task fields the Plan sheet has no column for: read back, each is the default (an
# MS Project plan's tasks, Effort Driven, read as not; its summaries' Type as Fixed units)
_NOT_ON_SHEET = frozenset(
    {
        "constraint",
        "task_type",
        "effort_driven",
        "manual",
        # a manually scheduled task's own Start and Finish (compared only on one): read
        # back it is scheduled automatically, so each listed as 'Start 2016-01-04 -> NA'
        # though the sheet shows it where it was; where it lands is said with the moves
        "start",
        "finish",
        "deadline",
        "priority",
        "calendar_uid",
        "leveling_delay_minutes",
        "fixed_cost_accrual",
        "hyperlink",
        "physical_percent_complete",
        "ev_method",
    }
)
LEFT_OUT = (
    "the project's name, Author, Manager and Company; people's details; assignments' work; "
    "constraints, task types, Effort Driven, manual scheduling, deadlines, priorities, task "
    "calendars, leveling delays and fixed costs' accrual; calendars; BAC and EAC; the "
    "baselines' duration, work and cost, and the status date"
)
ACCRUAL = "fixed_cost_accrual"
_ACCRUAL_WORDS = ", leveling delays and fixed costs' accrual;"
# the Plan sheet's accrual column read back (app/io/workbook_accrual.py): compared, as the
# reader's note says it reads it; LEFT_OUT said 'not compared' beside that note before
LEFT_OUT_WITH_ACCRUAL = LEFT_OUT.replace(_ACCRUAL_WORDS, " and leveling delays;")
_PLAN_SHEET = "Plan"
_HEADER_ROWS = 5  # the header sits in the first rows (a title above it, at most)


def _reads_accrual(path: Path) -> bool:
    """Whether the workbook's Plan sheet has a Fixed cost accrual column, which its read
    takes (the export writes one when a task has a fixed cost or a non-prorated accrual)."""
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        if _PLAN_SHEET not in book.sheet_names:
            return False
        rows = book.get_sheet_by_name(_PLAN_SHEET).to_python(nrows=_HEADER_ROWS)
    except (pc.CalamineError, OSError, ValueError):
        return False
    return any(str(cell).strip() == ACCRUAL_TITLE for row in rows for cell in row)


def plan_sheet_only(path: Path) -> bool:
    """Whether ``path`` is a workbook without round-trip data (no ``_gantry`` sheet)."""
    if path.suffix.lower() not in WORKBOOKS:
        return False
    try:
        names = pc.CalamineWorkbook.from_path(str(path)).sheet_names
    except (pc.CalamineError, OSError, ValueError):
        return False  # its own read reports it
    return SNAPSHOT_SHEET not in names


def plan_sheet_held(paths: Sequence[Path], held: Held) -> tuple[Held, list[str]]:
    """``held`` narrowed to what a workbook among ``paths`` without round-trip data carries,
    with the note naming what is not compared (``held`` as is and no note: none is)."""
    found = [p for p in paths if plan_sheet_only(p)]
    if not found:
        return held, []
    every = held.task_fields
    if every is None:
        every = frozenset(TASK_FIELDS) | frozenset(FIELD_NAMES) | frozenset({"parent", "splits"})
    accrual = all(_reads_accrual(p) for p in found)
    unread = _NOT_ON_SHEET - {ACCRUAL} if accrual else _NOT_ON_SHEET
    narrowed = dataclasses.replace(
        held,
        project_fields=tuple(f for f in held.project_fields if f not in _PROJECT_INFO),
        task_fields=every - unread,
        resource_fields=(),
        assignment_fields=tuple(f for f in held.assignment_fields if f == "units"),
        people_by_name=True,
        calendars=False,
        tracking=True,
        baseline_dates_only=True,
    )
    left_out = LEFT_OUT_WITH_ACCRUAL if accrual else LEFT_OUT
    notes = [
        f"{left_out} not compared: {p.name} leaves them out (no round-trip data)" for p in found
    ]
    return narrowed, notes


def with_sheet_baselines(paths: Sequence[Path], old: Plan, new: Plan) -> None:
    """Give the plan read from a workbook among ``paths`` (old, new) without round-trip data
    the baselines' and interim plans' dates its Plan sheet shows (read, it has none)."""
    for path, plan in zip(paths, (old, new), strict=True):
        if plan_sheet_only(path):
            sheet_baselines(path).apply(plan)
