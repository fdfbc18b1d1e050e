"""The Custom Field filter's tests, as MS Project's custom filter offers them.

A Number, Cost, Duration or Date field is compared by value: ``3`` equals 3 (not 13),
``>8``, ``>=8``, ``<5``, ``<=5``, ``<>3`` and ``2..5`` (within, both ends included). A
date typed without a time stands for its whole day: ``2027-01-04`` equals any moment of
that day, ``>2027-01-04`` is from the next day on. A Text field's cell contains the text
(any case), ``=text`` equals it and ``<>text`` does not; a Flag is Yes or No (``<>yes``:
not set). A task without a value passes only "does not equal".

The filter's text holds the test and its values as typed: :func:`read_condition` splits it,
:class:`CustomCondition` writes it back (the window's dialog builds it so).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from app.domain.custom_fields import (
    CustomValue,
    FieldKind,
    field_title,
    kind_of,
    value_of,
)
from app.domain.custom_values import format_value, typed_value
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted

# How a custom cell is written: (field, value) -> the sheet's text of it.
CellText = Callable[[str, CustomValue | None], str]


class CustomTest(Enum):
    """A test of MS Project's custom filter; the value is its name there."""

    CONTAINS = "contains"
    EQUALS = "equals"
    NOT_EQUAL = "does not equal"
    GREATER = "is greater than"
    AT_LEAST = "is greater than or equal to"
    LESS = "is less than"
    AT_MOST = "is less than or equal to"
    WITHIN = "is within"

    @property
    def sign(self) -> str:
        """How the command line writes it before the value (``>=``); "" for contains."""
        return _SIGNS[self]


_SIGNS = {
    CustomTest.CONTAINS: "",
    CustomTest.EQUALS: "=",
    CustomTest.NOT_EQUAL: "<>",
    CustomTest.GREATER: ">",
    CustomTest.AT_LEAST: ">=",
    CustomTest.LESS: "<",
    CustomTest.AT_MOST: "<=",
    CustomTest.WITHIN: "..",
}
# Longest first: "<>" and ">=" before "<" and ">".
_PREFIXES = sorted(
    ((sign, test) for test, sign in _SIGNS.items() if sign and sign != ".."),
    key=lambda pair: -len(pair[0]),
)
_VALUE_KINDS = frozenset((FieldKind.NUMBER, FieldKind.COST, FieldKind.DURATION, FieldKind.DATE))
_TEXT_TESTS = (CustomTest.CONTAINS, CustomTest.EQUALS, CustomTest.NOT_EQUAL)
_FLAG_TESTS = (CustomTest.EQUALS, CustomTest.NOT_EQUAL)


def offered_tests(name: str) -> tuple[CustomTest, ...]:
    """The tests field ``name`` offers, the default first (MS Project's Test drop-down)."""
    kind = kind_of(name)
    if kind is FieldKind.TEXT:
        return _TEXT_TESTS
    if kind is FieldKind.FLAG:
        return _FLAG_TESTS
    return tuple(t for t in CustomTest if t is not CustomTest.CONTAINS)


@dataclass(frozen=True, slots=True)
class CustomCondition:
    """A test and its value (``last``: the range's end for "is within")."""

    test: CustomTest
    value: str
    last: str = ""

    def text(self) -> str:
        """The filter's text for it: ``>=8``, ``2..5``, ``=Checkout``, ``Check``."""
        if self.test is CustomTest.WITHIN:
            return f"{self.value}..{self.last}"
        return self.test.sign + self.value

    def title(self, quote: bool = True) -> str:
        """As the status bar names it: ``is within 2 and 5``, ``contains 'Check'`` (a text
        ``quote``d)."""
        if self.test is CustomTest.WITHIN:
            return f"{self.test.value} {self.value} and {self.last}"
        return f"{self.test.value} {quoted(self.value, NAME_LIMIT) if quote else self.value}"


def read_condition(name: str, text: str) -> CustomCondition:
    """The test ``text`` gives field ``name``: its sign (``>=8``), a range (``2..5``), else
    equals (contains for a Text field)."""
    text = text.strip()
    kind = kind_of(name)
    for sign, test in _PREFIXES:
        if text.startswith(sign) and test in offered_tests(name):
            return CustomCondition(test, text[len(sign) :].strip())
    if kind in _VALUE_KINDS:
        first, sep, last = text.partition("..")
        if sep:
            return CustomCondition(CustomTest.WITHIN, first.strip(), last.strip())
    return CustomCondition(offered_tests(name)[0], text)


def condition_title(name: str, text: str) -> str:
    """The test of ``text`` as the status bar words it (``is greater than 8``)."""
    return read_condition(name, text).title(quote=kind_of(name) is FieldKind.TEXT)


def custom_matches(
    plan: Plan, name: str, text: str, cell_text: CellText | None = None
) -> frozenset[int]:
    """Tasks whose field ``name`` passes the test ``text`` gives (:func:`read_condition`).

    Text is found in the cell as the sheet writes it (``cell_text``; None:
    :func:`app.domain.custom_values.format_value`); other kinds are compared by value, the
    values read as files and scripts write them (``12.5`` or ``12,5``, ``2027-01-04`` or
    ``04.01.2027``, ``3d``); one that does not read is an InputError naming the field."""
    condition = read_condition(name, text)
    project = plan.project
    kind = kind_of(name)
    if kind is FieldKind.TEXT:
        needle = " ".join(condition.value.split()).casefold()
        write = cell_text or (lambda field, value: format_value(field, value, project))
        test = condition.test
        out = []
        for t in plan.tasks:
            shown = " ".join(write(name, value_of(t.custom, name)).split()).casefold()
            hit = (needle in shown) if test is CustomTest.CONTAINS else (shown == needle)
            if hit is (test is not CustomTest.NOT_EQUAL):
                out.append(t.uid)
        return frozenset(out)
    first = _rank(name, condition.value, plan)
    last = _rank(name, condition.last, plan) if condition.test is CustomTest.WITHIN else first
    passes = _PASSES[condition.test]
    empty = False if kind is FieldKind.FLAG else None  # a flag's empty cell reads No
    return frozenset(
        t.uid
        for t in plan.tasks
        if _passes(_or(value_of(t.custom, name), empty), condition.test, first, last, passes)
    )


def _or(value: CustomValue | None, empty: CustomValue | None) -> CustomValue | None:
    return empty if value is None else value


# Where a value lies against the test's value: -1 below, 0 equal (on its day), 1 above.
Rank = Callable[[CustomValue], int]
_PASSES: dict[CustomTest, Callable[[int, int], bool]] = {
    CustomTest.EQUALS: lambda a, _b: a == 0,
    CustomTest.NOT_EQUAL: lambda a, _b: a != 0,
    CustomTest.GREATER: lambda a, _b: a > 0,
    CustomTest.AT_LEAST: lambda a, _b: a >= 0,
    CustomTest.LESS: lambda a, _b: a < 0,
    CustomTest.AT_MOST: lambda a, _b: a <= 0,
    CustomTest.WITHIN: lambda a, b: a >= 0 and b <= 0,
}


def _passes(
    value: CustomValue | None,
    test: CustomTest,
    first: Rank,
    last: Rank,
    passes: Callable[[int, int], bool],
) -> bool:
    if value is None:  # an empty cell equals nothing and is neither above nor below
        return test is CustomTest.NOT_EQUAL
    return passes(first(value), last(value))


def _rank(name: str, typed: str, plan: Plan) -> Rank:
    """How a cell's value compares with ``typed`` read as field ``name``'s value."""
    title = field_title(name, plan.project.custom_fields)
    if not typed:
        raise InputError(f"{title}: give a value to compare with (as {_EXAMPLES[kind_of(name)]})")
    wanted = typed_value(name, typed, plan.project, title)
    if isinstance(wanted, bool):  # a flag: a cell without one is No
        return lambda v: 0 if v is wanted else 1
    if isinstance(wanted, datetime):
        low = wanted
        high = wanted + timedelta(minutes=1)
        if ":" not in typed:  # a day: any moment of it
            low = datetime.combine(wanted.date(), datetime.min.time())
            high = low + timedelta(days=1)
        return lambda v: _order(v, low, high)
    if not isinstance(wanted, int | float):
        raise InputError(f"{title}: {quoted(typed)} is not a value")
    number = float(wanted)
    return lambda v: 0 if _same(v, number) else (1 if _number(v) > number else -1)


def _order(value: CustomValue, low: datetime, high: datetime) -> int:
    """-1 before ``low``, 1 from ``high`` on, 0 between (a value of another kind: 1)."""
    if not isinstance(value, datetime):
        return 1
    return -1 if value < low else (1 if value >= high else 0)


def _number(value: CustomValue) -> float:
    return float(value) if isinstance(value, int | float) else math.nan


def _same(value: CustomValue, number: float) -> bool:
    return math.isclose(_number(value), number, rel_tol=1e-12, abs_tol=1e-9)


_EXAMPLES = {
    FieldKind.NUMBER: "3, >8 or 2..5",
    FieldKind.COST: "500, >1000 or 100..500",
    FieldKind.DURATION: "3d, >2w or 1d..5d",
    FieldKind.DATE: "2027-01-04, >2027-01-04 or 2027-01-01..2027-01-31",
    FieldKind.FLAG: "yes or no",
    FieldKind.TEXT: "a text",
}
