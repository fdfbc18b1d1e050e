"""A save names the lone surrogates (half a UTF-16 pair) it replaced wherever the plan holds
them, nested values included, and says nothing for a plan that holds none. The scan skips
fields typed as numbers, dates, flags and enums (it took a quarter of a second at 10,000
tasks on every .gantry write): texts in a calendar's exception, a task's custom field or a
risk are still found."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.calendar import CalendarException
from app.domain.plan import Plan
from app.domain.risk import Risk
from app.domain.task import Task
from app.store.text_repair import surrogates_note

HALF = "\ud800"


def _plan() -> Plan:
    plan = Plan(tasks=[Task(1, "Design"), Task(2, "Build")])
    plan.risks.append(Risk(1, "Vendor late"))
    return plan


def _note(count: int, first: str) -> str:
    return (
        ".gantry cannot hold half a character pair (pasted from another tool?): "
        f"{count} character{'s' if count > 1 else ''} saved as \ufffd, the first in {first}"
    )


def test_s28tp_a_plan_without_halves_says_nothing() -> None:
    assert surrogates_note(_plan()) == ""


def test_s28tp_a_calendar_exceptions_name_is_found() -> None:
    plan = _plan()
    calendar = plan.calendars[1]
    held = CalendarException(f"Plant{HALF} shutdown", date(2027, 1, 4), date(2027, 1, 8))
    plan.calendars[1] = replace(calendar, exceptions=(*calendar.exceptions, held))
    assert surrogates_note(plan) == _note(1, "calendar 1")


def test_s28tp_custom_text_and_risk_owner_count_together_first_by_place() -> None:
    plan = _plan()
    plan.tasks[1] = replace(plan.tasks[1], custom=(("Text1", f"a{HALF}b{HALF}"),))
    plan.risks[0] = replace(plan.risks[0], owner=f"Ana{HALF}")
    assert surrogates_note(plan, ".mpp") == _note(3, "task 2").replace(".gantry", ".mpp")


def test_s28tp_a_task_notes_half_is_found_before_a_resources() -> None:
    plan = _plan()
    plan.tasks[0] = replace(plan.tasks[0], notes=f"see{HALF}")
    assert surrogates_note(plan) == _note(1, "task 1")
