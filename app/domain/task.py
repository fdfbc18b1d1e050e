"""Tasks: what the user enters about a piece of work (the schedule computes the rest)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from app.domain.bulk import build_many
from app.domain.custom_fields import CustomValues
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.hyperlinks import Hyperlink
from app.domain.splits import Split


class ConstraintType(Enum):
    """Date constraints, as in MS Project (values are MSPDI's ConstraintType codes)."""

    ASAP = 0  # as soon as possible
    ALAP = 1  # as late as possible
    MSO = 2  # must start on
    MFO = 3  # must finish on
    SNET = 4  # start no earlier than
    SNLT = 5  # start no later than
    FNET = 6  # finish no earlier than
    FNLT = 7  # finish no later than


class TaskType(Enum):
    """Which of duration, work and units stays fixed when another changes."""

    FIXED_UNITS = 0
    FIXED_DURATION = 1
    FIXED_WORK = 2


class DurationUnit(Enum):
    """The unit a task's duration is shown in, as MS Project keeps it per task.

    Values are the notation's unit letters (``5d``, ``2w``). Only the display
    changes: the duration itself stays working (or elapsed) minutes.
    """

    MINUTES = "m"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "w"
    MONTHS = "mo"


class CostAccrual(Enum):
    """When a fixed cost (or a resource's cost) is incurred (MSPDI codes)."""

    START = 1
    PRORATED = 3
    END = 2


@dataclass(frozen=True, slots=True)
class Task:
    """One row of the plan: a task, a milestone or a summary (a summary has children).

    ``duration_minutes`` is working time (calendar time when ``elapsed``).
    ``start``/``finish`` hold the user's dates for manually scheduled tasks and
    the last computed dates otherwise; the scheduler never trusts them for
    automatic tasks.
    """

    uid: int
    name: str = ""
    outline_level: int = 1
    duration_minutes: int = 480
    elapsed: bool = False
    estimated: bool = False
    milestone: bool = False
    manual: bool = False
    active: bool = True
    start: datetime | None = None
    finish: datetime | None = None
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    priority: int = 500
    percent_complete: float = 0.0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    fixed_cost: float = 0.0
    fixed_cost_accrual: CostAccrual = CostAccrual.PRORATED
    task_type: TaskType = TaskType.FIXED_UNITS
    # Off, as MS Project 2010 and later make new tasks (File > Options > Schedule); a plan's
    # own choice is Project.new_tasks_effort_driven (app.domain.project.new_task_fields)
    effort_driven: bool = False
    calendar_uid: int | None = None
    ignore_resource_calendar: bool = False
    leveling_delay_minutes: int = 0
    notes: str = ""
    # None: Gantry picks the unit from the length (whole days as 5d...), as before units were kept
    duration_unit: DurationUnit | None = None
    # Interruptions of the work (app.domain.splits); the gaps are not duration
    splits: tuple[Split, ...] = ()
    # MS Project's custom fields (Text1, Flag1...): (name, value) pairs (app.domain.custom_fields)
    custom: CustomValues = ()
    # Insert > Hyperlink (app.domain.hyperlinks): text to display, address, sub-address
    hyperlink: Hyperlink | None = None
    # MS Project's WBS code where it is not the outline number (typed, or from a WBS code
    # mask); "": the outline number, which follows the task as it moves
    wbs: str = ""
    # MS Project's Physical % Complete (typed; earned value reads it instead of % complete
    # when the task's Earned Value method says so) and the task's own method (None: the
    # project's default, Project.ev_method): app/domain/earned_value_method.py
    physical_percent_complete: float = 0.0
    ev_method: EarnedValueMethod | None = None
    # MS Project's Level Assignments (Task Information > Advanced, on by default): leveling
    # may delay one person's assignment on it rather than the whole task, when the plan's
    # "Leveling can adjust individual assignments on a task" is on
    # (app.domain.leveling_assignments)
    level_assignments: bool = True
    # MS Project's Insert Page Break (schema v50): a printout with Print's "Manual page
    # breaks" on starts a new page at this task's row (app/report/page_breaks.py)
    page_break: bool = False

    @classmethod
    def of_many(cls, rows: Iterable[tuple[Any, ...]]) -> list[Task]:
        """``[Task(*row) for row in rows]``, built field by field in C-level loops.

        For readers that load thousands of tasks at once: each row holds every
        field's value in field order. The frozen constructor sets 30 fields one
        Python call each (~5 µs a task); here a task is one call (app.domain.bulk).
        The results are ordinary Task values.
        """
        return build_many(cls, rows)
