"""Where one person's copies differ between plans (``gantry team check A B C``).

Each plan keeps its own copy of a person (matched by name across plans, as
:mod:`app.domain.pool_load` matches them): a rate raised in one plan, or a vacation
moved, changes nothing in the others. This lists, per person in two plans or more, each
field whose value is not the same in all of them, with each plan's value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.money import format_money
from app.domain.people_currency import plan_currency
from app.domain.percent_shown import half_up
from app.domain.plan import Plan
from app.domain.pool_load import PoolPerson, PoolPlan, shared_people
from app.domain.resource import RateUnit, Resource, ResourceType, rate_in_unit


@dataclass(frozen=True, slots=True)
class Drift:
    """One field of one person that differs: each plan's label with its value as text."""

    person: str
    field: str
    values: tuple[tuple[str, str], ...]


def _money(plan: Plan, value: float) -> str:
    """In the plan's currency (``€95.00``): the same 95 in two currencies is two rates."""
    return format_money(value, plan.project, digits=2)


def _rate(plan: Plan, res: Resource, hourly: float, unit: RateUnit) -> str:
    """A person's rate per the unit it is shown in on ``plan``, as the Team sheet shows it
    (``€1,200.00/d`` for the 150 per hour kept); a material's per its own unit, bare."""
    if res.type is not ResourceType.WORK:
        return _money(plan, hourly)
    return f"{_money(plan, rate_in_unit(hourly, unit, plan.project))}/{unit.value}"


def _units(value: float) -> str:
    return f"{half_up(value * 100)}%"


def _availability(plan: Plan, res: Resource) -> str:
    del plan
    if not res.availability:
        return "none"
    parts = []
    for av in res.availability:
        start = "-" if av.start is None else f"{av.start:%Y-%m-%d}"
        finish = "-" if av.finish is None else f"{av.finish:%Y-%m-%d}"
        parts.append(f"{start}..{finish} {_units(av.units)}")
    return ", ".join(parts)


def _calendar_name(plan: Plan, res: Resource) -> str:
    cal = plan.calendars.get(res.calendar_uid) if res.calendar_uid is not None else None
    if cal is None:
        return "the project's"
    base = plan.calendars.get(cal.base_uid) if cal.base_uid is not None else None
    return cal.name if base is None else f"{base.name} (own: {cal.name})"


def _week(plan: Plan, res: Resource) -> str:
    cal = plan.calendars.get(res.calendar_uid) if res.calendar_uid is not None else None
    if cal is None:
        return "the project's"
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    said = []
    for name, day in zip(days, cal.week, strict=False):
        if day is None:
            continue  # as its base calendar
        hours = ",".join(f"{_clock(a)}-{_clock(b)}" for a, b in day) or "off"
        said.append(f"{name} {hours}")
    return "; ".join(said) or "as its base calendar"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days_off(plan: Plan, res: Resource) -> str:
    cal = plan.calendars.get(res.calendar_uid) if res.calendar_uid is not None else None
    if cal is None or not cal.exceptions:
        return "none"
    parts = []
    for ex in sorted(cal.exceptions, key=lambda e: (e.start, e.end, e.name)):
        kind = " (working)" if ex.working else ""
        when = (
            f"{ex.start:%Y-%m-%d}"
            if ex.start == ex.end
            else f"{ex.start:%Y-%m-%d}..{ex.end:%Y-%m-%d}"
        )
        parts.append(f"'{ex.name}' {when}{kind}")
    return ", ".join(parts)


# (field as the Team view names it, its text in a plan)
_FIELDS: tuple[tuple[str, Callable[[Plan, Resource], str]], ...] = (
    ("Std. rate", lambda p, r: _rate(p, r, r.standard_rate, r.standard_rate_unit)),
    ("Ovt. rate", lambda p, r: _rate(p, r, r.overtime_rate, r.overtime_rate_unit)),
    ("Cost/use", lambda p, r: _money(p, r.cost_per_use)),
    ("Max units", lambda p, r: _units(r.max_units)),
    ("Availability", _availability),
    ("Calendar", _calendar_name),
    ("Working week", _week),
    ("Days off", _days_off),
)


_MONEY = frozenset({"Std. rate", "Ovt. rate", "Cost/use"})


def person_drift(plans: Sequence[PoolPlan], person: PoolPerson) -> list[Drift]:
    """The fields in which the person's copies differ, each plan's value given."""
    out = []
    # a rate that reads apart only by its symbol (€85 and $85) is not a typo: say why
    currencies = list(
        dict.fromkeys(plan_currency(plans[k].plan.project) for k, _r in person.members)
    )
    apart = f" (different currencies: {', '.join(c for c in currencies if c)})"
    for field, text in _FIELDS:
        values = tuple((plans[k].label, text(plans[k].plan, res)) for k, res in person.members)
        if len({v for _label, v in values}) > 1:
            told = field + apart if field in _MONEY and len(currencies) > 1 else field
            out.append(Drift(person.name, told, values))
    return out


def team_drift(plans: Sequence[PoolPlan]) -> tuple[list[PoolPerson], list[Drift]]:
    """The people in two plans or more (an AppError when none) and every field that differs."""
    people = shared_people(plans)
    return people, [d for person in people for d in person_drift(plans, person)]
