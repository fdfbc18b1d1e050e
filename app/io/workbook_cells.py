"""What a Plan sheet row shows, shared by the workbook writer, the reader and CSV.

The exported workbook keeps, next to the snapshot of the plan, the text of
every cell it wrote (``exported_row``). On import a cell only counts as the
client's edit when it differs from that text, so a workbook re-saved by
Excel or LibreOffice without edits gives no change at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.assigning import format_assignments, format_one
from app.domain.estimates import estimated_summaries
from app.domain.notation import (
    format_column_span,
    format_duration,
    format_link,
    format_summary_duration,
)
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.remaining_duration import remaining_minutes
from app.domain.schedule import Schedule, TaskTimes
from app.domain.task import DurationUnit, Task

# Plan sheet columns, in order. The first one (the task uid) is hidden.
PLAN_COLUMNS: tuple[str, ...] = (
    "UID",
    "#",
    "WBS",
    "Task",
    "Duration",
    "Start",
    "Finish",
    "Predecessors",
    "People",
    "% Complete",
    "Fixed cost",
    "Cost",
    "Notes",
)
# The columns a client's edit is read from: all but the uid, the row number and the WBS code.
# The snapshot keeps each task's texts in this order (workbook_snapshot_sheet.py), so a
# column added to PLAN_COLUMNS that is not to be read back goes into the three left out.
EDITABLE: tuple[str, ...] = tuple(c for c in PLAN_COLUMNS if c not in ("UID", "#", "WBS"))

PLAN_SHEET = "Plan"
SNAPSHOT_SHEET = "_gantry"

# XML 1.0 holds none of these; lone surrogates stopped the export (UnicodeEncodeError)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

MAX_CELL_TEXT = 32767  # Excel refuses a workbook with longer text in a cell (UTF-16 units)


def fit_cell(text: str) -> str:
    """The longest start of ``text`` a cell can hold (Excel counts UTF-16 code units)."""
    if len(text) <= MAX_CELL_TEXT // 2:
        return text
    units = text.encode("utf-16-le")
    if len(units) // 2 <= MAX_CELL_TEXT:
        return text
    return units[: MAX_CELL_TEXT * 2].decode("utf-16-le", errors="ignore")


def writable_text(text: str) -> str:
    """``text`` as a workbook cell can hold it: cut to size, without characters XML forbids."""
    text = fit_cell(text)
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def is_risky_text(text: str) -> bool:
    """Text a spreadsheet could take for a formula (CSV/formula injection)."""
    return text.startswith(_FORMULA_START)


@dataclass(frozen=True, slots=True)
class PlanRow:
    """The values of one Plan sheet row, as written."""

    uid: int
    number: int
    wbs: str
    level: int
    name: str
    duration: str
    start: datetime | None
    finish: datetime | None
    predecessors: str
    people: str
    percent: float  # 0..1, shown as a percentage
    fixed_cost: float
    cost: float
    notes: str
    summary: bool
    milestone: bool
    critical: bool
    remaining: str = ""  # the Remaining Duration cell (roundtrip_actuals reads it back)


def plan_rows(
    plan: Plan,
    schedule: Schedule,
    task_cost: dict[int, float],
    recurring_people: bool = False,
) -> list[PlanRow]:
    """One row per task in outline order; ``#`` is the row number predecessors refer to.

    ``recurring_people``: a recurring task's summary shows the people on all its
    occurrences, as the window's People cell does (the client workbook, whose
    import knows they go on the occurrences). Without it the summary shows only
    its own assignments (CSV: a reader without recurring tasks would put the
    people on the summary too and count their work twice).
    """
    numbers = {t.uid: i + 1 for i, t in enumerate(plan.tasks)}
    preds: dict[int, list[str]] = {}
    for lk in plan.links:
        if lk.predecessor in numbers:
            preds.setdefault(lk.successor, []).append(
                format_link(str(numbers[lk.predecessor]), lk, plan.project)
            )
    codes = plan.wbs_codes()
    tasks = plan.tasks
    people = _people_cells(plan, recurring_people)
    digits = plan.project.currency_digits  # yen 0, dinars 3: as the Budget sheet rounds
    remaining = RemainingTexts(plan.project)
    estimated = estimated_summaries(tasks)  # 82d? as the window shows a summary's
    rows: list[PlanRow] = []
    for i, t in enumerate(tasks):
        summary = i + 1 < len(tasks) and tasks[i + 1].outline_level > t.outline_level
        times = schedule.get(t.uid)
        duration = times.duration_minutes if times is not None else t.duration_minutes
        pct = times.percent_complete if times is not None and summary else t.percent_complete
        rows.append(
            PlanRow(
                uid=t.uid,
                number=i + 1,
                wbs=codes[i],
                level=t.outline_level,
                name=t.name,
                duration=format_summary_duration(duration, plan.project, t.uid in estimated)
                if summary
                else format_duration(
                    duration, plan.project, t.elapsed, t.estimated, t.duration_unit
                ),
                start=times.start if times is not None else t.start,
                finish=times.finish if times is not None else t.finish,
                predecessors=", ".join(preds.get(t.uid, [])),
                people=people.get(t.uid, ""),
                percent=percent_fraction(pct),
                fixed_cost=round(t.fixed_cost, digits),
                cost=round(task_cost.get(t.uid, t.fixed_cost), digits),
                notes=t.notes,
                summary=summary,
                milestone=t.milestone,
                critical=bool(times is not None and times.critical),
                remaining=remaining(t, times),
            )
        )
    return rows


class RemainingTexts:
    """The Remaining Duration cells of one plan: duration x (1 - % complete) in the task's
    duration unit, as the window's Remaining Duration column shows it (a summary's from its rolled-up %
    complete). Each length is formatted once: most tasks share a few (a 20k-task read
    spent seconds formatting each row's)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._texts: dict[tuple[int, bool, bool, DurationUnit | None], str] = {}

    def __call__(self, task: Task, times: TaskTimes | None) -> str:
        key = remaining_minutes(task, times)  # (minutes left, elapsed, estimated, unit)
        text = self._texts.get(key)
        if text is None:  # as remaining_text writes it
            text = self._texts[key] = format_column_span(
                key[0], self.project, key[3], elapsed=key[1], estimated=key[2]
            )
        return text


# The finest % Complete the cell keeps, as a fraction: 0.0001 %, the figure both workbook
# readers round a percentage to (a minute of a 1,000-day task is 0.0002 %).
_FINEST = 1e-6


def percent_fraction(percent: float) -> float:
    """The % Complete cell's value (0..1) for ``percent`` (0..100), to 0.0001 %. A task
    under way stays under way: a minute into a long task (0.0002 %) is not 0, not started,
    when the Plan sheet is read back, nor 99.99999 % 1, finished."""
    fraction = round(percent / 100.0, 6)
    if 0 < percent < 100:
        return min(max(fraction, _FINEST), 1.0 - _FINEST)
    return fraction


def _people_cells(plan: Plan, recurring: bool) -> dict[int, str]:
    """The People cell of every task in one pass (as assigning.format_assignments writes it).

    With ``recurring`` a recurring summary's cell is format_assignments' own: the
    people common to its occurrences (a handful of summaries, each read on its own).
    """
    resources = {r.uid: r for r in plan.resources}
    parts: dict[int, list[str]] = {}
    for a in plan.assignments:
        res = resources.get(a.resource_uid)
        if res is not None:
            parts.setdefault(a.task_uid, []).append(format_one(res, a.units, a))
    cells = {uid: ", ".join(p) for uid, p in parts.items()}
    if recurring:
        for uid in plan.recurrences:
            if plan.has_task(uid):
                cells[uid] = format_assignments(plan, uid)
    return cells


def round_minute(moment: datetime) -> datetime:
    """The nearest whole minute (spreadsheets store dates as floating-point days)."""
    return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)


def excel_cannot_hold(value: object) -> str | None:
    """The text a date before 1900 is written as (``1850-03-04 08:00``), None for any other
    value. Excel holds no date before 1 January 1900: openpyxl wrote one as a negative
    serial, which Excel shows as ``########`` and calamine reads back as a time of day."""
    if isinstance(value, datetime) and value.year < 1900:
        return f"{round_minute(value):%Y-%m-%d %H:%M}"
    if isinstance(value, date) and not isinstance(value, datetime) and value.year < 1900:
        return f"{value:%Y-%m-%d}"
    return None


def cell_text(value: object) -> str:
    """The comparable text of a cell value as written or as read back."""
    if value is None:
        return ""
    if type(value) is str:
        value = writable_text(value)  # compare what a workbook cell can hold
        if "\n" not in value and "\r" not in value:
            return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date) and value.year < 1900:  # written as text: compare that text
        return excel_cannot_hold(value) or ""
    if isinstance(value, datetime):
        return round_minute(value).isoformat(timespec="minutes")
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).isoformat(timespec="minutes")
    if isinstance(value, float | int):
        rounded = round(float(value), 4)
        return str(int(rounded)) if rounded.is_integer() else repr(rounded)
    text = str(value)
    if "\n" not in text and "\r" not in text:
        return text.strip()
    # XML readers turn a line break written as CR LF or a lone CR into LF
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return re.sub(r"[ \t]+\n", "\n", text)


def exported_row(row: PlanRow) -> dict[str, str]:
    """The text of the editable cells of a row, keyed by column title."""
    return {
        "Task": cell_text(row.name),
        "Duration": cell_text(row.duration),
        "Start": cell_text(row.start),
        "Finish": cell_text(row.finish),
        "Predecessors": cell_text(row.predecessors),
        "People": cell_text(row.people),
        "% Complete": cell_text(row.percent),
        "Fixed cost": cell_text(row.fixed_cost),
        "Cost": cell_text(row.cost),
        "Notes": cell_text(row.notes),
    }
