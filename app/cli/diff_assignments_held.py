"""What ``gantry diff`` cannot compare of the people on tasks when one side is a GanttProject
file or a CSV: both keep each person's units alone, so a Delay, work typed for one person,
a contour or a cost rate table read back as the task's whole span at those units. Said in
one note, as the workbook without round-trip data says its own list, so that "no changes"
is not read as "the people's Delay and work came through"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.domain.baseline_spread_not_kept import EFFECT, XML_KEEPS, spread_count, spreads
from app.domain.diff import Held
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list

# The formats that keep an assignment as a person's units on a task and nothing more.
UNITS_ONLY = frozenset({".gan", ".csv"})
# Each assignment field as the note names it, in the order the Assignment Information shows.
_WORDS = (
    ("delay_minutes", "Delay"),
    ("work_minutes", "work"),
    ("overtime_work_minutes", "overtime work"),
    ("actual_work_minutes", "actual work"),
    ("contour", "work contour"),
    ("rate_table", "cost rate table"),
    ("cost", "cost"),
    ("notes", "notes"),
)


def assignment_notes(paths: Sequence[Path], held: Held, old: Plan, new: Plan) -> list[str]:
    """``assignments' Delay, work, ... not compared: d.gan keeps each person's units only``
    (nothing when neither plan has a person on a task, or every side keeps them)."""
    notes = spread_notes(paths, old, new)
    lacking = [p for p in paths if p.suffix.lower() in UNITS_ONLY]
    if not lacking or not (old.assignments or new.assignments):
        return notes
    words = [w for f, w in _WORDS if f not in held.assignment_fields]
    if not words:
        return notes
    told = ""
    for path, plan in zip(paths, (old, new), strict=True):
        delayed = sum(1 for a in plan.assignments if a.delay_minutes)
        if delayed and path not in lacking and not told:  # what the other side loses
            told = f" ({counted(delayed, 'person')} delayed in {path.name})"
    names = " and ".join(p.name for p in lacking)
    return [
        *notes,
        f"assignments' {joined_list(words)}{told} not compared: "
        f"{names} keeps each person's units only",
    ]


# the formats that keep a baselined spread (an .xlsx with its _gantry sheet: the plan's own)
SPREAD_FORMATS = frozenset({".gantry", ".xlsx"})


def spread_notes(paths: Sequence[Path], old: Plan, new: Plan) -> list[str]:
    """What the diff cannot say of the people's baselined spread: ``4 assignments' baseline
    spread not compared: d.xml keeps their baseline Start, Finish, Work and Cost only`` when
    a side's format keeps none, or, between two plans, ``4 assignments' baseline spread in
    delay.gantry, not in back.gantry`` when the second's came back through an .xml."""
    most = max(spread_count(plan) for plan in (old, new))
    if not most:
        return []
    lacking = [p for p in paths if p.suffix.lower() not in SPREAD_FORMATS]
    if lacking:
        keeps = " and ".join(
            f"{p.name} keeps {XML_KEEPS if p.suffix.lower() == '.xml' else 'none of it'}"
            for p in lacking
        )
        return [f"{spreads(most)} not compared: {keeps}; {EFFECT}"]
    lost = [_unlaid(old, new), _unlaid(new, old)]  # laid in one, not laid in the other
    if not any(lost):
        return []
    first = lost[0] >= lost[1]  # the old plan holds what the new one lost
    n = max(lost)
    fuller, other = (paths[0], paths[1]) if first else (paths[1], paths[0])
    return [
        f"{spreads(n)} in {fuller.name}, not in {other.name} (passed through a format that "
        f"keeps {XML_KEEPS}): {EFFECT} there"
    ]


def _unlaid(plan: Plan, other: Plan) -> int:
    """How many of ``plan``'s people's baseline entries are laid where ``other``'s same
    entry (same baseline, same assignment) is not."""
    n = 0
    for index, baseline in plan.baselines.items():
        theirs = other.baselines.get(index)
        if theirs is None:
            continue
        unlaid = {e.assignment_uid for e in theirs.assignments if not e.laid}
        n += sum(1 for e in baseline.assignments if e.laid and e.assignment_uid in unlaid)
    return n
