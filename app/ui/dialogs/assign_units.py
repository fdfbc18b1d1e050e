"""Units as Assign Resources takes them row by row, and the People text its buttons build.

A work person's units are a percentage ("50%", at most the roster's 1,000,000 %), a
material's a quantity in its own label ("3 t"). The dialog staffs a task by writing its
People text and running the People cell's own command, so the text here is what the
People cell reads (:func:`app.domain.assigning.parse_assignments`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection

from app.domain.assigning import default_units, staff_of
from app.domain.bare_units import check_bare_units
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource, ResourceType, check_max_units

_PERCENT_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")
_QUANTITY_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(\S.*?)?\s*$")


def parse_units(text: str, resource: Resource | None = None) -> str:
    """Units typed in a row as People-cell units ("50%" for a person, "3" for a material);
    blank is the person's default (the lower of 100 % and their Max Units; a material: 1).
    InputError says why they are refused."""
    if resource is not None and resource.type is ResourceType.MATERIAL:
        return _quantity(text, resource)
    shown = text.strip() or f"{_plain(100 * (default_units(resource) if resource else 1.0))}%"
    m = _PERCENT_RE.match(shown)
    if m is None:
        raise InputError(f"Units {quoted(shown)}: type a percentage such as 50%")
    value = float(m.group(1).replace(",", "."))
    if value <= 0:
        raise InputError(f"Units {quoted(shown)}: must be more than 0%")
    if "%" not in shown:  # 0.5: half time or 0.5 %? (as the People cell asks)
        try:
            check_bare_units(value, shown)
        except InputError as exc:
            raise InputError(f"Units {exc}") from None
    check_max_units(value / 100, shown, "Units")  # the roster's limit, in its words
    return f"{_plain(value)}%"


def _quantity(text: str, resource: Resource) -> str:
    """A material's quantity, with or without its label ("3 t", "3"); no other label."""
    label = resource.material_label.strip()
    shown = text.strip() or f"1 {label}".strip()
    m = _QUANTITY_RE.match(shown)
    typed_label = (m.group(2) or "") if m is not None else ""
    if m is None or (typed_label and typed_label.casefold() != label.casefold()):
        counted = f"in {label}" if label else "as a plain number"
        example = f"3 {label}".strip()
        raise InputError(
            f"Units {quoted(shown)}: {resource.name} is counted {counted}; type a quantity "
            f"such as {example}"
        )
    value = float(m.group(1).replace(",", "."))
    if value <= 0 or not math.isfinite(value):
        raise InputError(f"Units {quoted(shown)}: must be a quantity more than 0")
    return _plain(value)


def _plain(value: float) -> str:
    """A number without exponent or float noise, as the People cell reads it (12.5, 1000000)."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def units_text(resource: Resource, units: float) -> str:
    """An assignment's units as the grid shows them: "50%", "3 t"; nothing for a cost item."""
    if resource.type is ResourceType.COST:
        return ""
    if resource.type is ResourceType.MATERIAL:
        return f"{_plain(units)} {resource.material_label.strip()}".strip()
    return f"{_plain(units * 100)}%"


def units_range_text(resource: Resource, low: float, high: float) -> str:
    """Units from ``low`` to ``high`` (a recurring task's occurrences) as the grid shows
    them: "25-75%", "2-3 t"; one value where both read the same (:func:`units_text`)."""
    one = units_text(resource, low)
    if one == units_text(resource, high):
        return one
    if resource.type is ResourceType.MATERIAL:
        return f"{_plain(low)}-{_plain(high)} {resource.material_label.strip()}".strip()
    return f"{_plain(low * 100)}-{_plain(high * 100)}%"


def staffing_with(
    plan: Plan, task_uid: int, people: dict[int, str | None], keep: Collection[int] = ()
) -> str:
    """A task's People text with each of ``people`` at their units (None: taken off);
    everyone else keeps their place and units, newcomers go last. ``keep``: those of
    ``people`` who stay at their own units where they are on the task already (the
    units in their row were shown, not typed)."""
    parts: list[str] = []
    placed: set[int] = set()
    for a in staff_of(plan, task_uid):
        res = plan.resource(a.resource_uid)
        if res.uid not in people or (res.uid in keep and people[res.uid] is not None):
            placed.add(res.uid)
            parts.append(_kept(res, a.units))
        elif res.uid not in placed:
            placed.add(res.uid)
            parts.append(_entry(plan, res.uid, people[res.uid]))
    for uid, units in people.items():
        if uid not in placed:
            parts.append(_entry(plan, uid, units))
    return ", ".join(p for p in parts if p)


def staffing_replacing(
    plan: Plan, task_uid: int, old_uid: int, new: dict[int, str | None]
) -> tuple[str, dict[int, float]] | None:
    """A task's People text with ``old_uid`` replaced, in its place, by ``new`` (None: the
    units it had, when of the same kind), and the exact units those newcomers take (the
    text reads 1/3 as 33.3333 %); None when ``old_uid`` is not on the task.

    InputError when one of ``new`` is already on the task (MS Project refuses it too)."""
    staffed = staff_of(plan, task_uid)
    old = next((a for a in staffed if a.resource_uid == old_uid), None)
    if old is None:
        return None
    replaced = plan.resource(old_uid)
    parts: list[str] = []
    exact: dict[int, float] = {}
    for a in staffed:
        res = plan.resource(a.resource_uid)
        if res.uid in new:
            task = plan.task(task_uid).name
            raise InputError(
                f"{quoted(res.name, NAME_LIMIT)} is already on {quoted(task, NAME_LIMIT)}: "
                "untick them to replace"
            )
        if res.uid != old_uid:
            parts.append(_kept(res, a.units))
            continue
        for uid, units in new.items():
            newcomer = plan.resource(uid)
            if units is None and newcomer.type is replaced.type:
                exact[uid] = a.units
            kept = units if units is not None else _units_of(newcomer, replaced, a.units)
            parts.append(_entry(plan, uid, kept))
    return ", ".join(p for p in parts if p), exact


def _units_of(newcomer: Resource, replaced: Resource, units: float) -> str:
    """The replaced person's units for a newcomer of the same kind, else the default."""
    if newcomer.type is not replaced.type:
        return parse_units("", newcomer)
    return cell_units(newcomer, units)


def cell_units(resource: Resource, units: float) -> str:
    """Units as People-cell text (as this module writes it), to 1/10,000 of a percent: "33.3333%", "2.5"."""
    if resource.type is ResourceType.MATERIAL:
        return _plain(units)
    return f"{_plain(units * 100)}%"


def _kept(resource: Resource, units: float) -> str:
    """Someone left on the task, at their units as the rows show them (1/10,000 of a
    percent); units that read as they are keep their exact value (assigning.plan_assignments)."""
    if resource.type is ResourceType.COST:
        return resource.name
    return f"{resource.name}[{cell_units(resource, units)}]"


def _entry(plan: Plan, uid: int, units: str | None) -> str:
    if units is None:
        return ""
    res = plan.resource(uid)
    return res.name if res.type is ResourceType.COST else f"{res.name}[{units}]"
