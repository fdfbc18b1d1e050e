"""The change report's rows in the order a project manager reads them on Friday.

week1 -> week6 of a tracked plan gave 479 rows in the order the diff found them: most of
them % Complete and actual dates, the tasks that slipped lost among them. The rows now come
in sections (:data:`SECTIONS`): the tasks whose Finish moved later first, the biggest slip
first; then the other schedule changes (moves earlier, durations, links, constraints); then
progress (% Complete, actuals); then tasks and people added or removed; then costs; then
baselines and interim plans; then the rest. Tasks are named by their ID, the row number
the sheet, the status report and MS Project show (``ID 88 'Determine project scope'``);
the UID has its own column.

A printout summarises progress: one row per task, its % Complete old -> new and the actual
dates it gained (:func:`printed_rows`); the CSV and the workbook keep one row per field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan

SLIPPED = "Slipped"
SCHEDULE = "Schedule"
PROGRESS = "Progress"
ADDED_REMOVED = "Added/Removed"
COSTS = "Costs"
BASELINES = "Baselines"  # baselines and interim plans set, cleared or changed
OTHER = "Other"
SECTIONS = (SLIPPED, SCHEDULE, PROGRESS, ADDED_REMOVED, COSTS, BASELINES, OTHER)
# each section's heading on a printout
SECTION_TITLES = {
    SLIPPED: "Tasks finishing later (biggest slip first)",
    SCHEDULE: "Other schedule changes",
    PROGRESS: "Progress",
    ADDED_REMOVED: "Added and removed",
    COSTS: "Costs and rates",
    BASELINES: "Baselines and interim plans",
    OTHER: "Other changes",
}

PROGRESS_FIELDS = frozenset(
    {
        "percent_complete",
        "actual_start",
        "actual_finish",
        "actual_work_minutes",
        "physical_percent_complete",
        "edited_work",
        "actual_days",
    }
)
SCHEDULE_FIELDS = frozenset(
    {
        "duration_minutes",
        "elapsed",
        "estimated",
        "milestone",
        "manual",
        "active",
        "start",
        "finish",
        "constraint",
        "deadline",
        "leveling_delay_minutes",
        "task_type",
        "effort_driven",
        "calendar_uid",
        "splits",
        "parent",
        "place",
        "lag_minutes",
        "lag_unit",
        "type",
        "units",
        "work_minutes",
        "overtime_work_minutes",
        "delay_minutes",  # a person starting later on a task (app/domain/assignment_delay.py)
        "delay_elapsed",
    }
)
COST_FIELDS = frozenset(
    {
        "fixed_cost",
        "fixed_cost_accrual",
        "standard_rate",
        "overtime_rate",
        "cost_per_use",
        "accrue_at",
        "rate_tables",
        "rate_table",
        "cost",
    }
)


def section_of(entity: str, kind: str, field: str | None) -> str:
    """The section a change of ``entity``'s ``field`` belongs in (``kind``: the diff's)."""
    if entity == "baseline":
        return BASELINES
    if kind in ("added", "removed") and entity in ("task", "resource", "assignment"):
        return ADDED_REMOVED
    if field in PROGRESS_FIELDS:
        return PROGRESS
    if field in COST_FIELDS:
        return COSTS
    if entity == "link" or field in SCHEDULE_FIELDS:
        return SCHEDULE
    return OTHER


@dataclass(frozen=True, slots=True)
class Entry:
    """One row with where it goes: its section, its place there (a slip's minutes, negated,
    so the biggest comes first; then the order the diff found it), the uid of what it is
    about as ``--json`` gives it (a task's UID ``12``, a link's ``1->2``, a person's or a
    risk's own, an assignment's ``task:person``; "" for the project's own rows) and what
    that is (``entity``: task, link, resource, assignment, risk...)."""

    section: str
    rank: tuple[int, int]
    row: tuple[str, ...]
    uid: str = ""
    entity: str = "task"


def arranged(entries: Iterable[Entry]) -> list[Entry]:
    """``entries`` in :data:`SECTIONS` order, each section by its rank (a stable sort)."""
    place = {s: i for i, s in enumerate(SECTIONS)}
    return sorted(entries, key=lambda e: (place[e.section], e.rank))


def task_named(plan: Plan, other: Plan, uid: int, name: str) -> str:
    """``ID 88 'Determine project scope'``: the task's row number in ``plan`` (the new one;
    ``other``, the old one, for a task removed)."""
    for side in (plan, other):
        if side.has_task(uid):
            return f"ID {side.index_of(uid) + 1} '{name}'"
    return f"task {uid} '{name}'"


def printed_rows(entries: Sequence[Entry], old: Plan, new: Plan) -> list[Entry]:
    """The rows a printout shows: the progress section as one row per task (% Complete old
    -> new, the other progress fields it changed named in the Difference column), every
    other row as it is."""
    out: list[Entry] = []
    by_task: dict[str, list[Entry]] = {}
    for entry in entries:
        start = out[-1] if out else None
        if _finish_after_start(start, entry):
            assert start is not None
            started = start.row[5].partition(",")[0]  # "+5d working"
            how = entry.row[5] if started == entry.row[5].partition(",")[0] else ""
            how = how or f"{entry.row[5]} (Start {started})"
            row = (*entry.row[:5], how, *start.row[6:])
            out[-1] = Entry(entry.section, start.rank, row, entry.uid, entry.entity)
            continue
        if entry.section != PROGRESS or entry.entity != "task" or not entry.uid.isdigit():
            out.append(entry)
            continue
        if entry.uid not in by_task:
            by_task[entry.uid] = []
            out.append(entry)  # the task's place: its first progress row
        by_task[entry.uid].append(entry)
    return [
        _one_row(by_task[e.uid], old, new) if e.section == PROGRESS and e.uid in by_task else e
        for e in out
    ]


def _finish_after_start(start: Entry | None, finish: Entry) -> bool:
    """Whether ``finish`` is the Finish row of the task whose Start row is ``start`` (a
    printout gives a moved task one row: its Finish, the Start's move beside it)."""
    if start is None or not finish.uid or start.uid != finish.uid or finish.entity != "task":
        return False
    return (start.row[0], start.row[2], finish.row[0], finish.row[2]) == (
        "moved",
        "Start",
        "moved",
        "Finish",
    )


def _percent(plan: Plan, uid: int) -> str:
    return f"{shown_percent(plan.task(uid).percent_complete)}%" if plan.has_task(uid) else "NA"


def _one_row(entries: Sequence[Entry], old: Plan, new: Plan) -> Entry:
    """A task's progress rows as one: ``% Complete 30% -> 100%``, ``Actual Finish
    2013-01-03 12:00`` beside it."""
    first, uid = entries[0], int(entries[0].uid)
    before, after = _percent(old, uid), _percent(new, uid)
    others = [f"{e.row[2]} {e.row[4]}" for e in entries if e.row[2] != "% Complete"]
    work = next((e.row[6] for e in entries if e.row[6]), "")
    cost = next((e.row[7] for e in entries if e.row[7]), "")
    row = ("progress", first.row[1], "% Complete", before, after, "; ".join(others), work, cost)
    return Entry(first.section, first.rank, row, first.uid, first.entity)
