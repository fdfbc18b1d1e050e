"""``gantry schedule FILE --filter NAME[=VALUE]``: print only the tasks a filter keeps.

The names are MS Project's built-in filters in kebab-case (app.domain.filters):
``critical``, ``late-tasks``, ``milestones``... Four take a value after ``=``:
``using-resource=Ana`` (a person's name, any case), ``date-range=FROM..TO``
(two days, both included), ``task-name-contains=TEXT`` and
``custom-field=FIELD:TEST`` (Text1 or its alias) as MS Project's custom filter tests a
field (app.domain.custom_filter_tests): a Number, Cost, Duration or Date by value (``3``
equals 3, ``>8``, ``>=8``, ``<5``, ``<=5``, ``<>3``, ``2..5``; ``2027-01-04`` or
``04.01.2027`` a whole day), a Text found in the cell (``=text``: equal to it), a flag yes or
no; ``late-tasks``
takes an optional status date (default: the plan's, else now). The summaries
above each kept task are printed too, as MS Project shows related summary
rows, so the outline still reads.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.cli.option_words import parse_day
from app.domain.custom_fields import canonical_name, find_by_title
from app.domain.errors import InputError, OptionError
from app.domain.filters import (
    FilterKind,
    TaskFilter,
    filter_names,
    matching_uids,
    with_summaries,
)
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.tracking import end_of_day


@dataclass(frozen=True, slots=True)
class FilterOption:
    """The ``--filter`` text, read: which filter and the value after ``=`` (may be "")."""

    kind: FilterKind
    value: str = ""


@dataclass(frozen=True, slots=True)
class FilteredTasks:
    """What a filter keeps of a plan: the matching tasks and the rows to print."""

    title: str
    matched: frozenset[int]
    rows: frozenset[int]  # matched and the summaries above them
    total: int

    def summary_line(self) -> str:
        """``Filter: Critical (12 of 340 tasks)``, as the window's status bar says."""
        return f"Filter: {self.title} ({len(self.matched)} of {self.total} tasks)"


def parse_filter_option(text: str) -> FilterOption:
    """The ``--filter`` argument; a bad one is bad usage (exit 2). An unknown filter name, or
    a custom field's test without its ``:``, is one line naming what to type (OptionError, as
    an unknown ``--sort`` key), not argparse's usage text, which buried the names."""
    name, _sep, value = text.partition("=")
    try:
        kind = FilterKind.from_name(name)
    except InputError as exc:
        field = canonical_name(name.strip())
        if field is not None:  # "text1=Checkout": a field is filtered as custom-field
            raise OptionError(
                f"--filter: unknown filter {quoted(name.strip())}: filter a custom field with "
                f"custom-field={field}:TEXT (filters: {filter_names()})"
            ) from None
        raise OptionError(f"--filter: {exc}") from None
    value = value.strip()
    if kind is FilterKind.CUSTOM_FIELD and value and ":" not in value:
        raise OptionError(_no_colon(value))
    if kind.asks and not value:
        usage = f"{kind.value}=TEXT" if kind.asks == "text" else _USAGE[kind.asks]
        raise argparse.ArgumentTypeError(f"{kind.value} needs a value: {usage}")
    if kind.asks == "dates" or (kind is FilterKind.LATE and value):
        try:
            _days(value) if kind.asks == "dates" else filter_day(value)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{kind.value}: {exc}") from None
        except OptionError as exc:  # not a day (one outside MS Project's dates: exit 1)
            raise argparse.ArgumentTypeError(str(exc)) from None
    elif value and not kind.asks:
        raise argparse.ArgumentTypeError(f"{kind.value} takes no value (got '={value}')")
    return FilterOption(kind, value)


_USAGE = {
    "resource": "using-resource=NAME",
    "dates": "date-range=YYYY-MM-DD..YYYY-MM-DD",
    "text": "task-name-contains=TEXT",
    "custom": "custom-field=FIELD:TEST (FIELD: Text1, Number2... or its alias; TEST: a text, 3, >8, 2..5)",
}


def _no_colon(value: str) -> str:
    """What ``custom-field=Epic=Checkout`` is told: the field and the text part at ``:``."""
    field, sep, sought = value.partition("=")
    example = f"{field.strip()}:{sought.strip()}" if sep else f"{value}:TEXT"
    return (
        f"--filter custom-field={value}: put ':' between the field and what it should hold "
        f"(custom-field={example}; a number: Points:3, Points:>8, Points:2..5)"
    )


def filter_day(text: str, kind: FilterKind = FilterKind.LATE) -> date:
    """A day of ``late-tasks=DATE`` or ``date-range=FROM..TO``: YYYY-MM-DD or DD.MM.YYYY, read
    as the day options read it (app.cli.option_words.parse_day, named by the filter)."""
    return parse_day(text, f"{kind.value}:")


def _days(text: str) -> tuple[date, date]:
    first, sep, last = text.partition("..")
    if not sep:
        raise ValueError(
            f"{quoted(text)} is not two dates (use FROM..TO, as 2026-03-01..2026-03-31)"
        )
    a, b = filter_day(first, FilterKind.DATE_RANGE), filter_day(last, FilterKind.DATE_RANGE)
    if b < a:
        raise ValueError(f"{quoted(text)}: the second date is before the first")
    return a, b


def filter_tasks(
    plan: Plan,
    schedule: Schedule,
    option: FilterOption,
    clock: Callable[[], datetime] = datetime.now,
) -> FilteredTasks:
    """Run the filter on a scheduled plan; an unknown person is an InputError (exit 1)."""
    task_filter = task_filter_for(plan, option)
    status: datetime | None = None
    if option.kind is FilterKind.LATE:
        status = end_of_day(plan, filter_day(option.value)) if option.value else None
        status = status or measured_at(plan.project, clock())
    # a custom field's value is read as files write it and compared by value; a Text cell
    # is its text in every locale (app.domain.custom_filter_tests): no locale's writer needed
    matched = matching_uids(plan, schedule, task_filter, status)
    rows = with_summaries(plan.tasks, matched)
    return FilteredTasks(task_filter.title(plan), matched, frozenset(rows), len(plan.tasks))


def task_filter_for(plan: Plan, option: FilterOption) -> TaskFilter:
    """The filter ``--filter`` names, with the person, dates, text or field it was given
    (a person or field the plan lacks: InputError); ``late-tasks``' date is the caller's."""
    kind, value = option.kind, option.value
    if kind is FilterKind.USING_RESOURCE:
        wanted = value.casefold()
        found = [r for r in plan.resources if r.name.strip().casefold() == wanted]
        if not found:
            people = ", ".join(r.name for r in plan.resources) or "nobody"
            raise InputError(
                f"no person named {quoted(value, NAME_LIMIT)} in the plan (the team: {people})"
            )
        return TaskFilter(kind, resource_uid=found[0].uid)
    if kind is FilterKind.DATE_RANGE:
        first, last = _days(value)
        return TaskFilter(
            kind,
            date_from=datetime.combine(first, time.min),
            date_to=datetime.combine(last + timedelta(days=1), time.min),
        )
    if kind.asks == "text":  # task-name-contains, hyperlink-contains
        return TaskFilter(kind, text=value)
    if kind is FilterKind.CUSTOM_FIELD:
        field, _sep, text = value.partition(":")
        name = find_by_title(plan.project.custom_fields, field)
        if name is None:
            raise InputError(
                f"no custom field {quoted(field.strip())} (use Text1..Text30, Flag1..Flag20... "
                "or an alias the plan gives one)"
            )
        return TaskFilter(kind, text=text.strip(), field=name)
    return TaskFilter(kind)
