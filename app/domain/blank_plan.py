"""A new, empty plan as File > New and ``gantry new`` make it: MS Project's blank project
(the three base calendars, the project defaults), starting on a given day at the default
start time, its currency left for the caller to take from the system."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.base_calendars import new_plan_calendars
from app.domain.plan import Plan
from app.domain.project import Project


def base_calendar_names() -> dict[int, str]:
    """A blank plan's base calendars by uid: Standard, 24 Hours, Night Shift."""
    return {uid: cal.name for uid, cal in new_plan_calendars().items()}


def blank_plan(
    name: str,
    start: date,
    *,
    calendar_uid: int = 1,
    holidays: tuple[str, str | None] | None = None,
    manager: str = "",
) -> Plan:
    """An empty plan named ``name`` starting on ``start`` at the start of work, on the base
    calendar ``calendar_uid`` (Standard unless given), which keeps the public holidays of
    ``holidays`` (country, region) when given, as Project Information's Public holidays
    sets them on the project calendar.

    The plan states no currency (``currency_stated`` False): the window and the command
    line then give it the system's (app/report/system_currency.py), as for a file read.
    """
    calendars = new_plan_calendars()
    if calendar_uid not in calendars:
        raise ValueError(f"no base calendar {calendar_uid}")
    if holidays is not None:
        country, region = holidays
        calendars[calendar_uid] = replace(
            calendars[calendar_uid], holiday_country=country, holiday_subdivision=region
        )
    project = Project(name=name, calendar_uid=calendar_uid, manager=manager)
    # At the start of work, as MS Project starts a new project (today, in the window).
    project = replace(
        project,
        start=datetime.combine(start, project.default_start_time),
        currency_stated=False,
    )
    return Plan(project=project, calendars=calendars)
