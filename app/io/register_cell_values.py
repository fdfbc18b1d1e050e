"""The cells of a returned workbook's Team sheet read back (:mod:`app.io.register_sheets`): a
person's name, max units and rates as the Team view takes them (a rate typed per the person's
unit, "1,300/d" naming one, "1300h" refused), and the money cells both register sheets hold
(not below zero, in the plan's own currency); each refusal a CellError for its cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.bare_units import SURELY_PERCENT
from app.domain.errors import InputError
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import (
    MAX_UNITS,
    RateUnit,
    Resource,
    ResourceType,
    check_name_length,
    check_rate,
    hourly_rate,
    people_cell_name,
)
from app.domain.risk import non_negative
from app.domain.typed_rates import rate_unit_named
from app.io.sheet_percent import PercentCell, percent_text, shown_value
from app.io.sheet_values import (
    CellError,
    UnclearCellError,
    is_blank,
    plan_currency,
    read_amount,
    read_number,
)
from app.io.workbook_cells import cell_text
from app.io.workbook_number_formats import PlainCell

HOURLY = "Rate / h"  # the rate column of workbooks exported before rates kept their unit
# read back where the sheet has them (an older Team sheet has neither column)
TEAM_RATES = {"Ovt. rate": "overtime_rate", "Cost/use": "cost_per_use"}


class Fields(dict[str, object]):
    """Fields one cell sets together: a rate and the unit it was typed in."""


def plain_text(value: object) -> str:
    """A text cell's words, trimmed (an empty cell: "")."""
    return "" if is_blank(value) else str(value).strip()


def money_amount(value: object, what: str, project: Project | None) -> float:
    """A money cell's amount, not below zero, to the cent or the currency's finer decimals
    (dinars' fils: 3); ``project``: the plan's, whose own currency symbol and code the cell
    may show (``150 Kčs``), whatever they are; text in the user's locale's separators, one
    that leaves it unclear refused (sheet_money.read_amount: ``1.200 €`` in C)."""
    digits = 2 if project is None else max(2, project.currency_digits)
    amount = 0.0 if is_blank(value) else read_amount(value, _own(project), digits)
    try:
        return round(non_negative(what, amount), digits)
    except InputError as exc:
        raise CellError(str(exc)) from None


def _own(project: Project | None) -> tuple[str, ...]:
    return () if project is None else plan_currency(project)


def _max_units(value: object) -> float:
    """A Max units cell as the client meant it: text ``50%`` or ``50`` a percent, as the
    Team view takes it; a percent cell's number the fraction it shows (1.5: 150 %); a
    number in a cell known not to show a percentage (a :class:`PlainCell`, General) a
    percent from 10 on (50: 50 %), refused above 1 and under 10, which could be either
    (1.5: 150 % or 1.5 %?); any other number the fraction it holds (up to 1 in a plain
    cell: the fraction the column showed)."""
    if is_blank(value):
        return 0.0
    if isinstance(value, str):
        number = read_number(value.strip().rstrip("%")) / 100.0
    else:
        number = read_number(value)
        if isinstance(value, PlainCell):
            if number < _SURELY_PERCENT:
                shown = cell_text(value)
                fraction = percent_text(number)  # as the column showed it: 1.5 is 150 %
                raise CellError(
                    f"{quoted(shown)} could be {fraction} or {shown}%: type {fraction} or {shown}%"
                )
            number /= 100.0
    if number < 0:
        shown = (
            shown_value(value) if isinstance(value, PercentCell | str) else quoted(cell_text(value))
        )
        raise CellError(f"{shown} cannot be negative")
    return round(number, 6)


# A number typed in a plain Max units cell at least this big is a percent (50: 50 %); one
# between 1 and this could be a fraction as the column showed (1.5: 150 %) or a percent.
# The People cell's units without a % sign draw the same line (app/domain/bare_units.py).
_SURELY_PERCENT = SURELY_PERCENT


def team_value(title: str, value: object, person: Resource, project: Project) -> object:
    if title == "Name":
        name = people_cell_name(plain_text(value))  # "Doe, Jane" would be two people in People
        if not name:
            raise CellError("a person needs a name")
        _refused_as_cell(check_name_length, name)
        return name
    if title == "Role":
        return plain_text(value)
    if title == "Max units":
        units = _max_units(value)
        if units <= 0:
            raise CellError(f"{title} must be more than 0%")  # named as the column's title
        if units > MAX_UNITS:
            raise CellError(
                f"{quoted(cell_text(value))} ({units:,.0%}) is past the largest {title}, "
                f"{MAX_UNITS:,.0%}"
            )
        return units
    if person.type is ResourceType.COST and title in ("Std. rate", HOURLY):
        # the sheet leaves it blank, as MS Project has no rate for a cost resource (its
        # cost is typed on each assignment): a rate typed there would be kept unseen
        if is_blank(value) or _holds_rate(value, person, project):
            return Fields()  # an older workbook wrote the rate the item holds: no change
        raise _no_such_cell(person, "rate")
    if title == HOURLY:
        rate = money_amount(value, "a rate", project)
        _refused_as_cell(check_rate, rate, cell_text(value), "a rate")
        return rate
    if title in TEAM_RATES:
        return _overtime_or_per_use(title, value, person, project)
    return _rate(value, person, project)  # Std. rate


def _holds_rate(value: object, person: Resource, project: Project) -> bool:
    """Whether a cost item's rate cell holds the rate it has (as workbooks written before its
    cell was left blank did), so reading it changes nothing."""
    try:
        return abs(money_amount(value, "a rate", project) - person.standard_rate) < 1e-9
    except CellError:
        return False


def _overtime_or_per_use(title: str, value: object, person: Resource, project: Project) -> object:
    """An Ovt. rate cell as a Std. rate one (in the person's overtime unit), or a Cost/use
    cell's amount; refused where the Team view has no such cell."""
    kind = person.type
    if kind is ResourceType.COST or (title == "Ovt. rate" and kind is ResourceType.MATERIAL):
        raise _no_such_cell(person, "overtime rate" if title == "Ovt. rate" else "cost per use")
    if title == "Ovt. rate":
        return _rate(value, person, project, "overtime")
    amount = money_amount(value, "a cost per use", project)
    _refused_as_cell(check_rate, amount, cell_text(value), "a cost per use")
    return amount


def _no_such_cell(person: Resource, what: str) -> CellError:
    """The refusal of a cell the Team view has not for a material or cost item."""
    item = "a material" if person.type is ResourceType.MATERIAL else "a cost item"
    return CellError(f"{quoted(person.name)} is {item}: it has no {what}")


def _rate(value: object, person: Resource, project: Project, which: str = "standard") -> Fields:
    """A Std. rate cell (``which`` "overtime": an Ovt. rate one): a number per the person's
    unit (as the cell shows it), or text that names one as the roster reads it (``1,300/d``,
    ``90/h``, ``120 €/Std.``, ``900/Tag``); the rate kept per hour and the unit it shows in."""
    unit: RateUnit = getattr(person, f"{which}_rate_unit")
    amount_of: object = value
    if isinstance(value, str):
        _refuse_unit_without_slash(value)
    if isinstance(value, str) and "/" in value:
        amount_of, _, word = value.rpartition("/")
        if is_blank(amount_of.strip()):
            raise CellError(f"{quoted(value)}: no amount before the '/' (1,200/d)")
        word = word.strip().casefold()
        label = (person.material_label or "unit").casefold()
        if person.type is ResourceType.WORK:
            typed = rate_unit_named(word)  # the roster's words: 90/h, 120 €/Std., 900/Tag
            if typed is None:
                raise CellError(f"{quoted(value)}: a rate is per m, h, d, w, mo or y (1,200/d)")
            unit = typed
        elif word.rstrip(".") not in (label.rstrip("."), "unit"):  # Stk. or Stk, stk
            raise CellError(
                f"{quoted(value)}: {quoted(person.name)}'s rate is per {person.material_label or 'unit'}"
            )
    try:
        amount = money_amount(amount_of, "a rate", project)
    except UnclearCellError as unclear:  # quoting all the cell: '1.200 €/Tag' is unclear
        raise unclear.said_of(str(value)) from None
    if person.type is not ResourceType.WORK:
        _refused_as_cell(check_rate, amount, cell_text(value), "a rate")
        return Fields({f"{which}_rate": amount})
    try:
        rate = hourly_rate(amount, unit, project)
    except InputError as exc:
        raise CellError(str(exc)) from None
    _refused_as_cell(check_rate, rate, cell_text(value), "a rate")
    return Fields({f"{which}_rate": rate, f"{which}_rate_unit": unit})


# A time unit written after the amount without its slash: "1300h", "1,300 days".
_UNIT_WORD = re.compile(r"\d\s*([^\W\d_]+)\.?\s*$")


def _refuse_unit_without_slash(text: str) -> None:
    """Refuse a rate naming its time unit without a slash: read as a currency word, "1300h"
    would silently be 1,300 per the person's own unit (per day: eight times the rate meant).
    The roster refuses it too."""
    found = _UNIT_WORD.search(text) if "/" not in text else None
    if found is None:
        return
    if rate_unit_named(found.group(1)) is None:
        return  # a currency word (EUR, kr): read as before
    amount = text[: found.start(1)].strip()
    raise CellError(f"{quoted(text)}: write the unit after a slash ({amount}/{found.group(1)})")


def _refused_as_cell(check: Callable[..., None], *args: object) -> None:
    """Run one of the Team member dialog's checks; its refusal becomes the cell's message."""
    try:
        check(*args)
    except InputError as exc:
        raise CellError(str(exc)) from None
