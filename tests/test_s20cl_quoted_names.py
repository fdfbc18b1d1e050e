"""Calendar names, people's and tasks' names and typed texts that domain messages quote are
cut after 40 characters with '…' (app.domain.quoting.quoted), as every other message quotes
them: a 60-character name no longer fills the message. Short names read as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar, CalendarException, standard_calendar
from app.domain.custom_fields import CustomField, ListValue
from app.domain.custom_not_kept import custom_values_not_kept, value_lists_not_kept
from app.domain.errors import PlanError
from app.domain.filters import FilterKind, TaskFilter
from app.domain.leveling_result import Unresolved
from app.domain.no_working_time import DateRangeError
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.task import Task
from app.domain.worktime import WorkTime, check_has_work, clear_caches

LONG = "Calendar of the night shift at the northern assembly plant 12"  # 61 characters
CUT = "'" + LONG[:40] + "…'"
LONG_B = "B" * 20 + LONG[20:]  # another 61 characters
CUT_B = "'" + LONG_B[:40] + "…'"


@pytest.fixture(autouse=True)
def _fresh_tables() -> None:
    # A calendar's table is shared by every calendar of the same hours, under the name of
    # the first built: a fresh one says the name these tests give.
    clear_caches()


def _no_work(uid: int, name: str, base: int | None = None) -> Calendar:
    if base is not None:
        return Calendar(uid=uid, name=name, base_uid=base, week=(None,) * 7)
    return Calendar(uid=uid, name=name, week=((),) * 7)


# -- a calendar with no working time (worktime.py, day_table.py) ---------------------------


def test_s20cl_a_calendar_without_work_is_named_cut() -> None:
    cal = _no_work(8, LONG)
    with pytest.raises(PlanError) as refused:
        WorkTime.for_calendar(cal, {cal.uid: cal}).add(datetime(2027, 1, 4, 8), 60)
    assert str(refused.value) == f"calendar {CUT} has no working time"


def test_s20cl_a_calendar_and_its_base_are_named_cut() -> None:
    base, own = _no_work(3, LONG_B), _no_work(4, LONG, base=3)
    with pytest.raises(PlanError) as refused:
        check_has_work(own, {3: base, 4: own})
    assert str(refused.value) == f"calendar {CUT} (based on {CUT_B}) has no working time"


def test_s20cl_a_calendar_that_stops_working_is_named_cut() -> None:
    leave = CalendarException("Leaves", date(2027, 1, 1), date(2099, 12, 31))
    cal = Calendar(uid=7, name=LONG, exceptions=(leave,))
    work = WorkTime.for_calendar(cal, {cal.uid: cal})
    with pytest.raises(PlanError) as refused:
        work.add(datetime(2026, 12, 30, 8), 5 * 8 * 60)
    assert str(refused.value).startswith(f"calendar {CUT} has no working time after 2026-12-31")


def test_s20cl_two_calendars_sharing_no_time_are_named_cut() -> None:
    weekend = Calendar(7, LONG, week=((),) * 5 + (((480, 1020),),) * 2)
    theirs = replace(standard_calendar(), name=LONG_B)
    both = WorkTime.intersection(
        WorkTime.for_calendar(weekend, {}), WorkTime.for_calendar(theirs, {})
    )
    with pytest.raises(PlanError) as refused:
        both.add(datetime(2026, 3, 2, 8, 0), 480)
    assert str(refused.value) == (
        f"the task's calendar {CUT} and its people's calendar {CUT_B} share no working time"
    )


def test_s20cl_a_far_date_names_the_calendar_cut() -> None:
    cal = replace(standard_calendar(1), name=LONG)
    with pytest.raises(DateRangeError) as refused:
        WorkTime.for_calendar(cal, {1: cal}).add(datetime(9999, 12, 28, 9), 480)
    assert str(refused.value).startswith(f"calendar {CUT}: a date in 9999 cannot be scheduled")


# -- a calendar still in use (registers.py) ------------------------------------------------


def test_s20cl_a_calendar_in_use_and_its_user_are_named_cut() -> None:
    plan = Plan()
    plan.put_calendar(replace(standard_calendar(2), name=LONG))
    plan.append_task(Task(1, LONG_B, calendar_uid=2))
    with pytest.raises(PlanError) as refused:
        plan.remove_calendar(2)
    assert str(refused.value) == f"calendar {CUT} is used by {CUT_B}"
    assert 2 in plan.calendars


# -- filter titles (filters.py): the status bar's "Task Name Contains '...'" --------------


def test_s20cl_filter_titles_cut_the_person_and_the_text() -> None:
    plan = Plan()
    plan.add_resource(Resource(1, LONG))
    assert TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1).title(plan) == (
        f"Using Resource {CUT}"
    )
    assert TaskFilter(FilterKind.NAME_CONTAINS, text=LONG).title(plan) == (
        f"Task Name Contains {CUT}"
    )
    assert TaskFilter(FilterKind.CUSTOM_FIELD, field="Text1", text=LONG).title(plan) == (
        f"Text1 contains {CUT}"
    )
    assert TaskFilter(FilterKind.NAME_CONTAINS, text="Design").title(plan) == (
        "Task Name Contains 'Design'"
    )


# -- custom fields a format does not keep (custom_not_kept.py) -----------------------------


def test_s20cl_fields_not_kept_are_named_cut() -> None:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=(("Number1", 1.0),)))
    plan.set_custom_field(CustomField("Number1", LONG))
    assert custom_values_not_kept(plan, ".csv") == (
        f".csv keeps no custom field: 1 value in 1 field ({CUT}) is not saved"
    )
    plan.set_custom_field(CustomField("Text1", LONG_B, values=(ListValue("a"),)))
    assert value_lists_not_kept(plan, ".gan") == (
        f".gan keeps no value list: the value list of {CUT_B} is not saved (the values are)"
    )


# -- leveling that cannot resolve a clash (leveling_result.py) -----------------------------


def test_s20cl_the_task_holding_a_person_is_named_cut() -> None:
    clash = Unresolved(1, 2, "Can Level is off", datetime(2026, 1, 5, 8), LONG, "started")
    assert clash.message("Ana") == (
        "Gantry cannot resolve the overallocation of Ana on Mon 2026-01-05 08:00: Can Level "
        f"is off, and {CUT} holds Ana then (started)."
    )
