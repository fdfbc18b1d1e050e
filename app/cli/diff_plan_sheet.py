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
from app.domain.plural_words import joined_list
from app.io.handoff_choice import WORKBOOKS
from app.io.workbook_about_sheet import ABOUT_SHEET, MANAGER, PROJECT, STATUS_DATE, about_facts
from app.io.workbook_accrual import ACCRUAL_TITLE
from app.io.workbook_baseline_read import sheet_baselines
from app.io.workbook_cells import SNAPSHOT_SHEET

# File > Info's fields: the About sheet shows the name and Manager (compared where the
# read takes them: :class:`SheetRead`), not Author and Company
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
ACCRUAL = "fixed_cost_accrual"
_PLAN_SHEET = "Plan"
_HEADER_ROWS = 5  # the header sits in the first rows (a title above it, at most)
_ABOUT_ROWS = 40
# a register sheet that makes the read recover the About sheet's facts too
# (app/io/excel_import._recovery: a Gantry workbook whose _gantry sheet is gone)
_REGISTERS = frozenset({"team", "risks"})


@dataclasses.dataclass(frozen=True, slots=True)
class SheetRead:
    """What a workbook without round-trip data gives back beyond the Plan sheet's tasks, as
    its read's note says it reads them (app/io/workbook_registers_recovered.py): the Plan
    sheet's Fixed cost accrual column and, where its Team or Risks sheet is there, the
    About sheet's project name, Manager and status date. Each is compared: the diff's note
    called them all 'not compared' beside the read's own 'read the plan's name, status
    date and manager from the About sheet, tasks' fixed cost accruals from the Plan sheet'."""

    accrual: bool = False
    name: bool = False
    manager: bool = False
    status_date: bool = False

    def both(self, other: SheetRead) -> SheetRead:
        """What both workbooks give (two compared with each other)."""
        return SheetRead(*(a and b for a, b in zip(self.flags(), other.flags(), strict=True)))

    def flags(self) -> tuple[bool, bool, bool, bool]:
        """Each fact read, in field order."""
        return (self.accrual, self.name, self.manager, self.status_date)

    def left_out(self) -> str:
        """The note's list of what is not compared (:data:`LEFT_OUT` less what is read)."""
        info = [w for w, read in (("name", self.name), ("Author", False)) if not read]
        info += [w for w, read in (("Manager", self.manager), ("Company", False)) if not read]
        task = "task calendars, leveling delays and fixed costs' accrual"
        if self.accrual:
            task = "task calendars and leveling delays"
        baselines = "the baselines' duration, work and cost"
        baselines += "" if self.status_date else ", and the status date"
        return (
            f"the project's {joined_list(info)}; people's details; assignments' work and Delay; "
            "constraints, task types, Effort Driven, manual scheduling, deadlines, "
            f"priorities, {task}; calendars; BAC and EAC; {baselines}"
        )


# all a Plan sheet leaves out when it gives nothing back beyond its tasks
LEFT_OUT = SheetRead().left_out()


def sheet_read(path: Path) -> SheetRead:
    """What the workbook at ``path`` gives back: its Plan sheet's Fixed cost accrual column
    (written when a task has a fixed cost or a non-prorated accrual); with a Team or Risks
    sheet, its About sheet's Project name, Manager (written when one is set) and Status
    date line (written blank when none is set: read as none)."""
    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        plan = (
            book.get_sheet_by_name(_PLAN_SHEET).to_python(nrows=_HEADER_ROWS)
            if _PLAN_SHEET in names
            else []
        )
        recovered = any(n.casefold() in _REGISTERS for n in names)
        about = (
            book.get_sheet_by_name(ABOUT_SHEET).to_python(nrows=_ABOUT_ROWS)
            if ABOUT_SHEET in names and recovered
            else []
        )
    except (pc.CalamineError, OSError, ValueError):
        return SheetRead()
    labels = {str(row[0]).strip() for row in about if row}
    facts = about_facts(about)
    return SheetRead(
        accrual=any(str(cell).strip() == ACCRUAL_TITLE for row in plan for cell in row),
        name=bool(facts.get(PROJECT)),
        manager=bool(facts.get(MANAGER)),
        status_date=STATUS_DATE in labels,
    )


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
    read = sheet_read(found[0])
    for other in found[1:]:
        read = read.both(sheet_read(other))
    unread = _NOT_ON_SHEET - {ACCRUAL} if read.accrual else _NOT_ON_SHEET
    info = _PROJECT_INFO - {f for f, on in (("name", read.name), ("manager", read.manager)) if on}
    narrowed = dataclasses.replace(
        held,
        project_fields=tuple(f for f in held.project_fields if f not in info),
        task_fields=every - unread,
        resource_fields=(),
        assignment_fields=tuple(f for f in held.assignment_fields if f == "units"),
        people_by_name=True,
        calendars=False,
        tracking=True,
        baseline_dates_only=True,
        sheet_status_date=read.status_date,
    )
    left_out = read.left_out()
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
