"""What both files of ``gantry diff`` can hold, by their formats: a field one side's format
drops (a CSV's calendars, a .gan's constraints, an .xml's risks) is not compared, or the
diff would report it removed when the file simply cannot keep it."""

from __future__ import annotations

from pathlib import Path

from app.domain.custom_fields import FIELD_NAMES
from app.domain.diff import Held

# The formats whose files keep a task's pauses (Split Task…): .gantry and MS Project XML.
# A workbook, a CSV or a GanttProject file read back has none, so comparing its plan's
# pauses with another's would report splits removed that the file simply cannot hold.
SPLIT_FORMATS = frozenset({".gantry", ".xml"})


def holds_splits(*paths: Path) -> bool:
    """Whether every one of ``paths`` is in a format that keeps split tasks' pauses."""
    return all(p.suffix.lower() in SPLIT_FORMATS for p in paths)


# The formats whose files keep the risk register: ours and the workbook's Risks sheet.
RISK_FORMATS = frozenset({".gantry", ".xlsx", ".xls", ".ods"})

# What a CSV task table holds (app/io/csv_plan.py): the task sheet's columns. People
# are names in the People column (with their units), numbered as they are read.
CSV_TASK_FIELDS = frozenset(
    {
        "name",
        "duration_minutes",
        "elapsed",  # "3ed"
        "estimated",  # "2d?"
        "milestone",
        "percent_complete",
        "fixed_cost",
        "notes",
        "parent",
    }
)


# The formats whose files keep calendars (weeks, work weeks, days off, vacations): ours, our
# workbooks and MS Project XML. An .xml writes a country's public holidays as exceptions:
# between it and ours days off are compared day by day (app/domain/diff_calendars.py).
CALENDAR_FORMATS = frozenset({".gantry", ".xlsx", ".xml"})
# The formats whose files keep the status date and the baselines' dates to the minute: ours,
# MS Project XML and our workbooks (a .gan keeps baselines in whole days and no status date).
TRACKING_FORMATS = frozenset({".gantry", ".xml", ".xlsx"})
# File > Info's Author, Manager and Company, which the same three keep (MS Project's
# Properties): who answers for the plan is part of an audit trail.
PROJECT_INFO_FIELDS = ("author", "manager", "company")
# The Leveling Options (basis, order, splits, Automatic...): only .gantry keeps them all
# (MS Project keeps them as application settings; a --no-roundtrip workbook has none).
LEVELING_FORMATS = frozenset({".gantry"})
# "Tasks will always honor their constraint dates" (File > Options > Schedule): ours and MS
# Project XML keep it (<HonorConstraints>); a CSV or a .gan has no place for it, and a
# workbook only in its round-trip data.
HONOR_FORMATS = frozenset({".gantry", ".xml"})

# What a GanttProject file holds (app/io/gan_write.py, app/io/gan.py): whole-day tasks
# with no constraints (an unlinked task's start reads back as start-no-earlier-than),
# deadlines, calendars of their own or manual dates; people with a role, an e-mail and
# a day rate; assignments as a load.
GAN_TASK_FIELDS = frozenset(
    {
        "name",
        "duration_minutes",
        "milestone",
        "percent_complete",
        "priority",
        "fixed_cost",
        "notes",
        "parent",
    }
)
GAN_RESOURCE_FIELDS = ("name", "role", "email", "standard_rate")
# Both keep custom field values and aliases (a column, a custom task property per field):
# compared by field name ("Text1"), and the aliases with the project ("custom_fields").
CUSTOM_VALUE_FIELDS = frozenset(FIELD_NAMES)


def held_between(*paths: Path) -> Held:
    """What every one of ``paths``' formats can hold, for :func:`app.domain.diff.diff_plans`."""
    suffixes = {p.suffix.lower() for p in paths}
    risks = suffixes <= RISK_FORMATS
    calendars = suffixes <= CALENDAR_FORMATS
    units = ".gan" not in suffixes
    if ".gan" in suffixes and ".csv" not in suffixes:
        return Held(
            risks=risks,
            project_fields=("name", "custom_fields"),
            task_fields=GAN_TASK_FIELDS | CUSTOM_VALUE_FIELDS,
            resource_fields=GAN_RESOURCE_FIELDS,
            assignment_fields=("units",),
            lag_units=units,
        )
    if ".csv" not in suffixes:
        tracking = suffixes <= TRACKING_FORMATS
        fields = Held().project_fields + (PROJECT_INFO_FIELDS if tracking else ())
        if suffixes <= LEVELING_FORMATS:
            fields += ("leveling",)
        if suffixes <= HONOR_FORMATS:
            fields += ("honor_constraints",)
        return Held(
            risks=risks,
            calendars=calendars,
            lag_units=units,
            tracking=tracking,
            project_fields=fields,
        )
    return Held(
        risks=risks,
        project_fields=("custom_fields",),
        task_fields=CSV_TASK_FIELDS | CUSTOM_VALUE_FIELDS,
        resource_fields=(),
        assignment_fields=("units",),
        people_by_name=True,
        lag_units=units,
    )
