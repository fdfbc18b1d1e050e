"""A person's cost rate tables (A-E) changed, as ``gantry diff`` says it to a project manager:
``table A from 2027-04-01 €110.00/h (was €100.00/h)``, in the plan's money and the locale's
figures and dates, as the rest of the diff writes them (the line quoted the tables' Python
text: ``'RateEntry(start=None, standard_rate=100.0, …)'``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from app.domain.diff import PlanChange
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import RateEntry, RateUnit, Resource, ResourceType, rate_in_unit
from app.report.locale_dates import local_date
from app.report.locale_numbers import Marks, local_money

RATE_TABLES_FIELD = "rate_tables"
_LETTERS = "ABCDE"


def _person(plan: Plan, uid: object) -> Resource | None:
    return next((r for r in plan.resources if r.uid == uid), None)


def _tables(res: Resource) -> tuple[tuple[RateEntry, ...], ...]:
    """The tables as the Team member dialog shows them: a person without dated rates has
    table A's one row, their rates."""
    if res.rate_tables:
        return res.rate_tables
    first = RateEntry(
        None,
        res.standard_rate,
        res.overtime_rate,
        res.cost_per_use,
        res.standard_rate_unit,
        res.overtime_rate_unit,
    )
    return ((first,),)


def _rate(hourly: float, unit: RateUnit, res: Resource, project: Project, marks: Marks) -> str:
    """``€110.00/h`` (a person's, in the unit it was typed in), ``€5.00/t`` (a material's,
    per its label)."""
    if res.type is ResourceType.WORK:
        return f"{local_money(project, rate_in_unit(hourly, unit, project), marks)}/{unit.value}"
    return f"{local_money(project, hourly, marks)}/{res.material_label or 'unit'}"


def _parts(entry: RateEntry, res: Resource, project: Project, marks: Marks) -> list[str]:
    """A row's three rates as the line says them: ``€110.00/h``, ``overtime €150.00/h``,
    ``€50.00 per use``."""
    return [
        _rate(entry.standard_rate, entry.standard_rate_unit, res, project, marks),
        "overtime " + _rate(entry.overtime_rate, entry.overtime_rate_unit, res, project, marks),
        f"{local_money(project, entry.cost_per_use, marks)} per use",
    ]


def _when(start: datetime | None) -> str:
    """``from 2027-04-01`` (``from 01.04.2027`` in German; with the time when not midnight),
    ``from the start`` for the row without a date (MS Project's ``--``)."""
    if start is None:
        return "from the start"
    whole = start.time() == datetime.min.time()
    return "from " + local_date(
        start if not whole else start.date(), weekday=False, clock=not whole
    )


def _table_changes(
    letter: str,
    old_rows: Sequence[RateEntry],
    new_rows: Sequence[RateEntry],
    sides: tuple[tuple[Resource, Project], tuple[Resource, Project]],
    marks: Marks,
) -> list[str]:
    (old_res, old_project), (new_res, new_project) = sides
    before = {e.start: e for e in old_rows}
    after = {e.start: e for e in new_rows}
    starts = sorted(before.keys() | after.keys(), key=lambda s: s or datetime.min)
    said: list[str] = []
    for start in starts:
        was, now = before.get(start), after.get(start)
        head = f"table {letter} {_when(start)}"
        if was is None and now is not None:
            said.append(f"{head} {', '.join(_parts(now, new_res, new_project, marks))} (added)")
        elif now is None and was is not None:
            said.append(
                f"{head} removed (was {', '.join(_parts(was, old_res, old_project, marks))})"
            )
        elif was is not None and now is not None and was != now:
            old_parts = _parts(was, old_res, old_project, marks)
            new_parts = _parts(now, new_res, new_project, marks)
            moved = [f"{n} (was {o})" for o, n in zip(old_parts, new_parts, strict=True) if o != n]
            if moved:  # (a rate alone shown in another unit is no change to review)
                said.append(f"{head} {', '.join(moved)}")
    return said


def rate_tables_text(change: PlanChange, old: Plan, new: Plan, marks: Marks) -> str | None:
    """The changes of a person's rate tables, table by table and row by row (by the date each
    row takes effect), ``; ``-joined: ``table A from 2027-04-01 €110.00/h (was €100.00/h)``,
    ``table B from the start €90.00/h, overtime €0.00/h, €0.00 per use (added)``. None: not
    a change of rate tables, or the person is missing from either plan."""
    if change.entity != "resource" or change.field != RATE_TABLES_FIELD:
        return None
    old_res, new_res = _person(old, change.uid), _person(new, change.uid)
    if old_res is None or new_res is None:
        return None
    old_tables, new_tables = _tables(old_res), _tables(new_res)
    sides = ((old_res, old.project), (new_res, new.project))
    said: list[str] = []
    for k, letter in enumerate(_LETTERS):
        old_rows = old_tables[k] if k < len(old_tables) else ()
        new_rows = new_tables[k] if k < len(new_tables) else ()
        said += _table_changes(letter, old_rows, new_rows, sides, marks)
    return "; ".join(said) or None
