"""A material used at a rate (MS Project's variable consumption: ``Concrete[12 m³/d]``).

MS Project reads a material's units typed with a time after them (``12/d``, ``12 m³/day``,
``3/w``, ``0.5/h``) as a rate: the task uses 12 m³ for each day it lasts, so its quantity
(the assignment's Work, priced at the material's rate) follows the task's duration. The
plan keeps the quantity in the assignment's ``units``, as for a fixed amount, and the typed
rate beside it (``material_rate`` per ``rate_scale``), so everything that counts or prices
a material reads one number; a new duration works the quantity out again
(:func:`quantity_for`).

Text after the number must be the material's own label (``[12 bags]`` on concrete counted
in m³ is refused, naming m³), and a percentage is no quantity (``[12%]`` is refused).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain.errors import InputError
from app.domain.quoting import quoted

if TYPE_CHECKING:
    from app.domain.project import Project
    from app.domain.resource import Resource

# The time a rate is per, as the People cell shows it, and the words that mean it (MS
# Project's own: min, h, d, w, mo, y, and their long forms), compared without case.
SCALES = ("min", "h", "d", "w", "mo", "y")
_WORDS = {
    "min": ("min", "mins", "minute", "minutes", "m"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "d": ("d", "day", "days"),
    "w": ("w", "wk", "wks", "week", "weeks"),
    "mo": ("mo", "mon", "mons", "month", "months"),
    "y": ("y", "yr", "yrs", "year", "years"),
}
_SCALE_OF = {word: scale for scale, words in _WORDS.items() for word in words}
_TAIL_RE = re.compile(r"^(?P<label>.*?)\s*/\s*(?P<per>[^\s/]+)$")
_AMOUNT_RE = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)\s*(.*)$")


class RatedUnits(float):
    """A material's rate as typed (12 for ``12/d``), with the time it is per (``scale``):
    what :func:`read_material` gives for a rate, and
    :func:`app.domain.assigning.plan_assignments` turns into a quantity."""

    scale: str

    def __new__(cls, value: float, scale: str) -> RatedUnits:
        made = super().__new__(cls, value)
        made.scale = scale
        return made


def scale_minutes(scale: str, project: Project) -> float:
    """The working minutes one ``scale`` holds in ``project`` (a day: its hours per day)."""
    per_day = project.minutes_per_day
    month = project.days_per_month * per_day
    return {
        "min": 1.0,
        "h": 60.0,
        "d": float(per_day),
        "w": float(project.minutes_per_week),
        "mo": float(month),
        "y": 12.0 * month,
    }[scale]


def quantity_for(rate: float, scale: str, duration_minutes: float, project: Project) -> float:
    """How much a task ``duration_minutes`` long uses at ``rate`` per ``scale``."""
    return rate * duration_minutes / scale_minutes(scale, project)


def _label_words(resource: Resource) -> str:
    label = resource.material_label.strip()
    if label:
        return (
            f"{resource.name} is counted in {label}: type {resource.name}[12 {label}] "
            f"or {resource.name}[12 {label}/d]"
        )
    return f"{resource.name} has no label: type {resource.name}[12] or {resource.name}[12/d]"


def _same_label(typed: str, label: str) -> bool:
    return "".join(typed.split()).casefold() == "".join(label.split()).casefold()


def read_material(resource: Resource, text: str, item: str) -> float:
    """A material's units typed in a People cell (``12``, ``12 m³``, ``12 m³/d``, ``12/day``):
    the quantity, or a :class:`RatedUnits` for a rate. InputError naming ``item`` when the
    text is no number, a percentage, below or at zero, or names another label."""
    m = _AMOUNT_RE.match(text.strip())
    if m is None:
        raise InputError(f"{quoted(item)}: the quantity must be a number such as 2 or 12/d")
    value = float(m.group(1).replace(",", "."))
    tail = m.group(2).strip()
    if tail.startswith("%"):
        raise InputError(
            f"{quoted(item)}: a material's quantity is no percentage; {_label_words(resource)}"
        )
    scale = ""
    per = _TAIL_RE.match(tail)
    if per is not None:
        found = _SCALE_OF.get(per.group("per").casefold())
        if found is None:
            raise InputError(
                f"{quoted(item)}: {quoted(per.group('per'))} is no time to use it per; "
                "type /h, /d, /w, /mo or /y"
            )
        scale, tail = found, per.group("label")
    if tail and not _same_label(tail, resource.material_label):
        raise InputError(f"{quoted(item)}: {_label_words(resource)}")
    if value <= 0:
        raise InputError(f"{quoted(item)}: the quantity must be more than zero")
    return RatedUnits(value, scale) if scale else value


def rate_label(label: str) -> tuple[str, str]:
    """(label, scale) of the label a People cell writes after a material's number: ``m³/d``
    is m³ per day (``("m³", "d")``), ``m³`` a quantity (``("m³", "")``); a tail naming no time
    (``t/load``) stays part of the label."""
    per = _TAIL_RE.match(label.strip())
    found = _SCALE_OF.get(per.group("per").casefold()) if per is not None else None
    if per is None or found is None:
        return label.strip(), ""
    return per.group("label"), found


def shown_rate(rate: float, scale: str, label: str) -> str:
    """A rate as the People cell shows it: ``12 m³/d`` (``12/d`` without a label)."""
    number = f"{rate:.2f}".rstrip("0").rstrip(".")
    return f"{number} {label}/{scale}" if label else f"{number}/{scale}"
