"""Project-wide settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time
from enum import Enum

from app.domain.custom_fields import CustomField
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.leveling_options import LevelingOptions
from app.domain.page_setup import PageSetup
from app.domain.progress_lines import ProgressLines
from app.domain.task import DurationUnit, Task, TaskType


class SymbolPosition(Enum):
    """Where the currency symbol stands; the values are MSPDI's CurrencySymbolPosition."""

    BEFORE = 0  # £1,234.00
    AFTER = 1  # 1,234.00kr
    BEFORE_SPACE = 2  # £ 1,234.00
    AFTER_SPACE = 3  # 1,234.00 kr

    @property
    def after(self) -> bool:
        """The symbol follows the amount."""
        return self in (SymbolPosition.AFTER, SymbolPosition.AFTER_SPACE)

    @property
    def spaced(self) -> bool:
        """A space stands between the symbol and the amount."""
        return self in (SymbolPosition.BEFORE_SPACE, SymbolPosition.AFTER_SPACE)


# A frozen value, so every plan may share it as its default.
_MS_PROJECT_LEVELING = LevelingOptions()
_GANTRY_PAGE_SETUP = PageSetup()
_NO_PROGRESS_LINES = ProgressLines()


@dataclass(frozen=True, slots=True)
class Project:
    """Settings of one plan: name, dates, currency, calendar and duration units.

    Dates are project-local wall-clock times, as MS Project stores them.
    Money shows with ``currency_symbol`` at ``currency_symbol_position`` and
    ``currency_digits`` decimals (app.domain.money.format_money); ``currency``
    is the ISO 4217 code, "" when not known. ``currency_stated`` is False when the
    plan was read from a file that names no currency (a client's sheet, a CSV, a
    GanttProject file): the currency fields then hold only Gantry's default, and
    the window and every command put the user's own currency in their place (none
    where the locale names none: app/report/system_currency.py).

    ``duration_unit`` and ``work_unit`` are MS Project's "Duration is entered in" and
    "Work is entered in" (File > Options > Schedule): a bare number typed as a
    duration ("5") or as work takes that unit, new tasks show their duration in it,
    and the slack and remaining-duration columns read in the duration unit.

    ``custom_fields`` are the task custom fields given an alias ("Text1" shown as
    "Owner"); the values sit on the tasks (``Task.custom``).

    ``leveling`` is what Project > Leveling Options… chose for this plan (the order,
    splits in remaining work): saved with the plan, as MS Project saves it with the
    project; a new plan starts from MS Project's defaults.

    ``new_tasks_effort_driven`` and ``default_task_type`` are MS Project's "New tasks
    are effort driven" and "Default task type" (File > Options > Schedule): what a task
    created in the plan starts with (:func:`as_new_task`). A new plan starts as MS
    Project 2010 and later do: not effort driven, fixed units.

    ``author`` and ``manager`` are File > Info's Author and Manager (MS Project's
    <Author> and <Manager>): the status report names the manager, the author only
    when no manager is given.

    ``page_setup``: File > Page Setup's margins, header, footer, legend and notes, kept
    with the plan as MS Project keeps its page setup (app/domain/page_setup.py).

    ``current_date`` is Project Information's Current Date: None is today (MS Project sets
    it to the computer's date on every open); a date set is where earned value and status
    are measured when no ``status_date`` is set (:func:`measured_at`).
    """

    name: str = "New project"
    start: datetime = datetime(2026, 1, 5, 8, 0)
    status_date: datetime | None = None
    currency: str = "EUR"
    currency_symbol: str = "€"
    currency_symbol_position: SymbolPosition = SymbolPosition.BEFORE
    currency_digits: int = 2
    calendar_uid: int = 1
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20
    default_start_time: time = time(8, 0)
    default_finish_time: time = time(17, 0)
    critical_slack_limit_minutes: int = 0
    author: str = ""
    company: str = ""
    notes: str = ""
    currency_stated: bool = True
    duration_unit: DurationUnit = DurationUnit.DAYS
    work_unit: DurationUnit = DurationUnit.HOURS
    # The custom fields renamed (MS Project's Custom Fields dialog), in field order
    custom_fields: tuple[CustomField, ...] = ()
    leveling: LevelingOptions = _MS_PROJECT_LEVELING
    new_tasks_effort_driven: bool = False
    default_task_type: TaskType = TaskType.FIXED_UNITS
    page_setup: PageSetup = _GANTRY_PAGE_SETUP
    manager: str = ""
    # File > Options > Advanced: "Baseline for Earned Value calculations" (0-10) and
    # "Default task Earned Value method" (app/domain/earned_value_method.py)
    ev_baseline: int = 0
    ev_method: EarnedValueMethod = EarnedValueMethod.PERCENT_COMPLETE
    # Project Information's Current Date (MS Project's <CurrentDate>); None: today
    current_date: datetime | None = None
    # Format > Progress Lines (app/domain/progress_lines.py): none drawn unless asked for
    progress_lines: ProgressLines = _NO_PROGRESS_LINES
    # File > Options > Schedule: "Tasks will always honor their constraint dates" (MS
    # Project's <HonorConstraints>). Off: a task's links win over its Must Start/Finish On
    # and Start/Finish No Later Than date (the task moves after its predecessors; the date
    # missed shows as negative slack), as MS Project schedules with the option cleared.
    honor_constraints: bool = True


def measured_at(project: Project, now: datetime) -> datetime:
    """Where progress is measured, as MS Project measures it: the status date, else the
    project's Current Date, else ``now`` (today, as MS Project's Current Date starts)."""
    if project.status_date is not None:
        return project.status_date
    return project.current_date if project.current_date is not None else now


def measured_words(project: Project) -> str:
    """Where :func:`measured_at` measures, in words: "the status date", "the Current Date
    2027-03-05" or "today"."""
    if project.status_date is not None:
        return "the status date"
    if project.current_date is not None:
        return f"the Current Date {project.current_date:%Y-%m-%d}"
    return "today"


def as_new_task(project: Project, task: Task) -> Task:
    """``task`` as a task created in the plan starts: with the project's task type and
    effort-driven choice (a task pasted or read from a file keeps its own)."""
    if (task.task_type, task.effort_driven) == (
        project.default_task_type,
        project.new_tasks_effort_driven,
    ):
        return task
    return replace(
        task,
        task_type=project.default_task_type,
        effort_driven=project.new_tasks_effort_driven,
    )
