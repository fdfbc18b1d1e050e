"""What a returned workbook's changes do, said where the command line reads it back.

``gantry convert returned.xlsx plan.gantry`` takes every change the client made, as the
window's Import review takes the ticked ones; neither the client (a hand-off carries no
rates) nor the PM saw that a Finish moved a week is a longer duration that adds work,
cost and moves the project's finish. The read now says, as the review shows it, each
Start or Finish typed with what the plan makes of it, then what taking the changes does:
the project's finish, work and cost (not for a workbook sent without costs) and how many
tasks move (:class:`app.domain.accept_impact.AcceptImpact`).
"""

from __future__ import annotations

from datetime import datetime

from app.domain.accept_impact import AcceptImpact, impact_parts
from app.domain.constraint_names import CONSTRAINT_NAMES
from app.domain.diff import PlanChange, Scalar
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.io.excel_export_choice import COSTS_LEFT_OUT
from app.io.note_figures import note_marks
from app.io.roundtrip_import import RoundTrip
from app.io.roundtrip_typed_dates import unheeded_notes

# How the fields a typed date changes are titled, as the review's columns title them.
_TITLES = {
    "duration_minutes": "Duration",
    "constraint": "Constraint Type",
    "percent_complete": "% Complete",
    "actual_start": "Actual Start",
    "actual_finish": "Actual Finish",
    "start": "Start",
    "finish": "Finish",
    "milestone": "Milestone",
}
_HANDOFF = " is a client hand-off without "  # roundtrip_left_out's note, after the file name


def moment(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def consequence_notes(trip: RoundTrip, changes: list[PlanChange], applied: Plan) -> list[str]:
    """A line for each Start or Finish the client typed that changed the plan, then one
    for what taking all ``changes`` (made in ``applied``) does to the plan as exported
    (a workbook sent without costs: its cost not said). A date typed that changes
    nothing is said too (roundtrip_typed_dates.unheeded_notes)."""
    if not changes:
        if all(date.fields for date in trip.typed):
            return []
        names = {t.uid: t.name for t in trip.base.tasks}
        return unheeded_notes(trip.typed, schedule(trip.base).get, names, moment)
    money = not any(_HANDOFF in n and COSTS_LEFT_OUT in n for n in trip.notes)
    impact = AcceptImpact(trip.base, trip.theirs)
    lines = list(_typed_lines(trip, changes, impact.times))
    names = {t.uid: t.name for t in trip.base.tasks}
    lines.extend(unheeded_notes(trip.typed, impact.times.get, names, moment))
    found = impact.against(applied)
    # money and work in the reader's marks, as gantry diff's figures on stdout
    parts = impact_parts(found, trip.base.project, moment, arrow="->", marks=note_marks())
    if not money and not found.problem:
        parts = [p for p in parts if not p.startswith("Cost ")]
        parts.append("Cost not in this workbook")
    lines.append(f"taking the {counted(len(changes), 'change')}: " + "; ".join(parts))
    return lines


def _typed_lines(trip: RoundTrip, changes: list[PlanChange], times: Schedule) -> list[str]:
    project = trip.base.project
    lines = []
    for date in trip.typed:
        made = [
            c
            for c in changes
            if c.entity == "task"
            and c.kind == "changed"
            and c.uid == date.uid
            and c.field in date.fields
        ]
        if not made:
            continue
        scheduled = times.get(date.uid)
        was = (
            None
            if scheduled is None
            else (scheduled.start if date.title == "Start" else scheduled.finish)
        )
        typed = f"{date.title} {moment(was)} -> {moment(date.moment)}" if was else date.title
        does = "; ".join(
            f"{_TITLES.get(str(c.field), str(c.field))} {_value(c.field, c.old, project)} -> "
            f"{_value(c.field, c.new, project)}"
            for c in made
        )
        name = quoted(made[0].name, NAME_LIMIT)
        lines.append(f"{name}: {typed} typed by the client; the plan makes it {does}")
    return lines


def _value(field: str | None, value: Scalar, project: Project) -> str:
    """A changed field's value as the review shows it: ``15d``, ``Start No Earlier Than
    2027-02-09 08:00``, ``40%``."""
    if value is None or value == "":
        return "—"
    if field == "duration_minutes" and isinstance(value, int):
        return format_duration(value, project)
    if field == "constraint" and isinstance(value, str):
        kind, _, when = value.partition(" ")
        known = ConstraintType.__members__.get(kind)
        name = kind if known is None else CONSTRAINT_NAMES[known]
        return f"{name} {when.replace('T', ' ')}".strip()
    if field == "percent_complete" and isinstance(value, int | float):
        return f"{value:g}%"
    if isinstance(value, str) and len(value) == 16 and value[10:11] == "T":
        return value.replace("T", " ")
    return str(value)
