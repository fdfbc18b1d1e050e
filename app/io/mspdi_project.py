"""The project settings of an MSPDI file: its <Project> element's own fields."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import FileFormatError
from app.domain.money import MAX_DIGITS, code_for_symbol
from app.domain.project import Project, SymbolPosition
from app.domain.quoting import quoted
from app.domain.task import DurationUnit, TaskType
from app.io.mspdi_values import Reader, duration_unit, work_unit


def read_project(r: Reader, fallback_name: str) -> Project:
    """The Project the ``<Project>`` element's fields describe (``fallback_name`` if untitled)."""
    start = r.date("StartDate") or datetime(2026, 1, 5, 8)
    minutes_per_day = r.integer("MinutesPerDay", 480) or 480
    slack_days = r.number("CriticalSlackLimit", 0.0)
    default_start = r.clock("DefaultStartTime")
    default_finish = r.clock("DefaultFinishTime")
    return Project(
        name=r.string("Title") or r.string("Name") or fallback_name,
        start=start,
        status_date=r.date("StatusDate"),
        current_date=_current_date(r),
        **_read_currency(r),
        calendar_uid=r.integer("CalendarUID", 1) or 1,
        minutes_per_day=minutes_per_day,
        minutes_per_week=r.integer("MinutesPerWeek", 5 * minutes_per_day) or 5 * minutes_per_day,
        days_per_month=r.integer("DaysPerMonth", 20) or 20,
        default_start_time=_clock(default_start, time(8, 0)),
        default_finish_time=_clock(default_finish, time(17, 0)),
        critical_slack_limit_minutes=round(slack_days * minutes_per_day),
        author=r.string("Author"),
        manager=r.string("Manager"),  # MS Project's Project Information > Manager
        company=r.string("Company"),
        duration_unit=duration_unit(r.integer("DurationFormat", 7) or 7) or DurationUnit.DAYS,
        work_unit=work_unit(r.integer("WorkFormat", 2) or 2),
        # the schema's default when left out, as a task's <EffortDriven> is read
        new_tasks_effort_driven=r.flag("NewTasksEffortDriven", True),
        default_task_type=_task_type(r),
        ev_baseline=_ev_baseline(r),
        ev_method=_ev_method(r),
        # File > Options > Schedule's "Tasks will always honor their constraint dates"
        honor_constraints=r.flag("HonorConstraints", True),
    )


def _current_date(r: Reader) -> datetime | None:
    """<CurrentDate> as a date set in Project Information, else None (today).

    MS Project writes its Current Date on every save and sets it to the computer's date on
    every open: one on the day of <LastSaved> (or later, as a converter writes its own
    clock) is only the day the file was saved, and the plan measures at today as MS
    Project would. One before that day was set on purpose and is kept; a file without
    <LastSaved> (Gantry's own) keeps the one it writes.
    """
    current = r.date("CurrentDate")
    saved = r.date("LastSaved")
    if current is None or (saved is not None and current.date() >= saved.date()):
        return None
    return current


def _ev_baseline(r: Reader) -> int:
    """<BaselineForEarnedValue>: the baseline earned value reads (0-10; left out: 0)."""
    number = r.integer("BaselineForEarnedValue", 0) or 0
    if not 0 <= number <= 10:
        raise FileFormatError(f"{r.where}: <BaselineForEarnedValue> {number} is not 0..10")
    return number


def _ev_method(r: Reader) -> EarnedValueMethod:
    """<DefaultTaskEVMethod> (MS Project 2010 and later), else <EarnedValueMethod>: 0 %
    Complete, 1 Physical % Complete (left out: % Complete)."""
    for name in ("DefaultTaskEVMethod", "EarnedValueMethod"):
        code = r.integer(name)
        if code is None:
            continue
        if code not in (0, 1):
            raise FileFormatError(f"{r.where}: <{name}> {code} is not 0 or 1")
        return EarnedValueMethod(code)
    return EarnedValueMethod.PERCENT_COMPLETE


_TASK_TYPES = {t.value: t for t in TaskType}


def _task_type(r: Reader) -> TaskType:
    """<DefaultTaskType>: 0 fixed units, 1 fixed duration, 2 fixed work (left out: fixed
    units, MS Project's own default in File > Options > Schedule)."""
    code = r.integer("DefaultTaskType")
    if code is None:
        return TaskType.FIXED_UNITS
    if code not in _TASK_TYPES:
        raise FileFormatError(f"{r.where}: <DefaultTaskType> {quoted(code)} is not 0, 1 or 2")
    return _TASK_TYPES[code]


_POSITIONS = frozenset(p.value for p in SymbolPosition)


def _read_currency(r: Reader) -> dict[str, Any]:
    """Code, symbol, its position and decimals; a missing code is inferred from the symbol.

    Only a symbol that names one currency gives a code (£ GBP, not kr): a
    wrong code is worse than none. A file stating neither keeps Gantry's euro.
    """
    fields: dict[str, Any] = {}
    if r.has("CurrencySymbol"):
        fields["currency_symbol"] = symbol = r.string("CurrencySymbol")
        fields["currency"] = code_for_symbol(symbol)
    code = r.string("CurrencyCode").upper()
    if code:
        fields["currency"] = code
        fields.setdefault("currency_symbol", "")
    position = r.integer("CurrencySymbolPosition") or 0
    if position not in _POSITIONS:
        raise FileFormatError(
            f"{r.where}: <CurrencySymbolPosition> {quoted(position)} is not 0, 1, 2 or 3"
        )
    fields["currency_symbol_position"] = SymbolPosition(position)
    digits = r.integer("CurrencyDigits")
    digits = 2 if digits is None else digits
    if not 0 <= digits <= MAX_DIGITS:
        raise FileFormatError(
            f"{r.where}: <CurrencyDigits> {quoted(digits)} is not 0 to {MAX_DIGITS}"
        )
    fields["currency_digits"] = digits
    return fields


def _clock(minutes: int | None, default: time) -> time:
    if minutes is None:
        return default
    return time(min(minutes // 60, 23), minutes % 60)
