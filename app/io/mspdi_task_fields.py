"""One MSPDI task row's fields read by the checked Reader into a Task.

The fast path (mspdi_fast.RowReader) reads ordinary rows; a row it does not
handle comes here, where every bad value raises FileFormatError naming it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import FileFormatError
from app.domain.project import Project
from app.domain.task import ConstraintType, CostAccrual, Task, TaskType
from app.io.mspdi_fast import PreLink, wbs_code
from app.io.mspdi_hyperlinks import read_hyperlink
from app.io.mspdi_values import ELAPSED_FORMATS, Reader, duration_unit

# A task row read: (row id, Task or its field values, name in messages, position,
# its PredecessorLink elements (with the fast path's values of each, or None) and
# Baseline elements, its stored Start).
Row = tuple[int, Any, str, int, list[PreLink], list[Element], datetime | None]


def task_reader(elem: Element, n: int) -> Reader:
    """The checked reader of the n-th task row, named as in messages."""
    r = Reader(elem, f"Task #{n}")
    uid = r.uid()
    row_id = r.integer("ID", n) or n
    r.where = f"Task #{row_id} (UID {uid})"
    return r


def read_task(
    r: Reader,
    uid: int,
    project: Project,
    refused_links: list[str] | None = None,
    elapsed_delays: dict[int, int] | None = None,
) -> Task:
    """The Task a task row describes, every field checked (a hyperlink Gantry refuses is
    left out, its message added to ``refused_links``).

    A leveling delay in elapsed units (MS Project's usual ``edays``) needs the plan's
    dates to become working minutes: the task gets a first guess, and its elapsed
    minutes go to ``elapsed_delays`` by UID for the plan to settle
    (:func:`app.domain.leveling_elapsed.working_delays`).
    """
    fmt = r.integer("DurationFormat", 7) or 7
    elapsed = fmt in ELAPSED_FORMATS
    unit = duration_unit(fmt)
    manual = r.flag("Manual")
    duration = r.duration("Duration")
    if manual and r.text("ManualDuration") is not None:
        duration = r.duration("ManualDuration")
    start, finish = r.date("Start"), r.date("Finish")
    if manual:
        start = r.date("ManualStart") or start
        finish = r.date("ManualFinish") or finish
    ctype_code = r.integer("ConstraintType", 0) or 0
    try:
        ctype = ConstraintType(ctype_code)
    except ValueError:
        raise FileFormatError(f"{r.where}: <ConstraintType> {ctype_code} is not 0..7") from None
    task_type_code = r.integer("Type", 0) or 0
    accrual_code = r.integer("FixedCostAccrual", 3) or 3
    calendar_uid = r.integer("CalendarUID", -1)
    percent = r.number("PercentComplete", 0.0)
    if not 0 <= percent <= 100:
        raise FileFormatError(f"{r.where}: <PercentComplete> {percent:g} is not 0..100")
    return Task(
        uid=uid,
        name=r.string("Name"),
        outline_level=r.integer("OutlineLevel", 1) or 1,
        duration_minutes=duration or 0,
        elapsed=elapsed,
        estimated=r.flag("Estimated"),
        milestone=r.flag("Milestone"),
        manual=manual,
        active=r.flag("Active", True),
        start=start,
        finish=finish,
        constraint_type=ctype,
        constraint_date=r.date("ConstraintDate") if ctype_code > 1 else None,
        deadline=r.date("Deadline"),
        priority=r.integer("Priority", 500) or 0,
        percent_complete=percent,
        actual_start=r.date("ActualStart"),
        actual_finish=r.date("ActualFinish"),
        fixed_cost=r.number("FixedCost") / 100,
        fixed_cost_accrual=CostAccrual(accrual_code)
        if accrual_code in (1, 2, 3)
        else (CostAccrual.PRORATED),
        task_type=TaskType(task_type_code)
        if task_type_code in (0, 1, 2)
        else (TaskType.FIXED_UNITS),
        effort_driven=r.flag("EffortDriven", True),
        calendar_uid=calendar_uid if calendar_uid is not None and calendar_uid >= 0 else None,
        ignore_resource_calendar=r.flag("IgnoreResourceCalendar"),
        leveling_delay_minutes=_leveling_delay(r, uid, project, elapsed_delays),
        notes=r.string("Notes"),
        duration_unit=unit,
        hyperlink=read_hyperlink(
            r.text("Hyperlink"),
            r.text("HyperlinkAddress"),
            r.text("HyperlinkSubAddress"),
            r.where,
            [] if refused_links is None else refused_links,
        ),
        wbs=wbs_code(r.text("WBS"), r.text("OutlineNumber")),
        physical_percent_complete=_physical_percent(r),
        ev_method=_ev_method(r),
        level_assignments=r.flag("LevelAssignments", True),
    )


def _physical_percent(r: Reader) -> float:
    """The row's <PhysicalPercentComplete> (0..100; absent: 0)."""
    physical = r.number("PhysicalPercentComplete", 0.0)
    if not 0 <= physical <= 100:
        raise FileFormatError(f"{r.where}: <PhysicalPercentComplete> {physical:g} is not 0..100")
    return physical


def _ev_method(r: Reader) -> EarnedValueMethod | None:
    """The row's own <EarnedValueMethod> (0: % Complete, 1: Physical % Complete; absent:
    None, the project's)."""
    code = r.integer("EarnedValueMethod", None)
    if code is None:
        return None
    if code not in (0, 1):
        raise FileFormatError(f"{r.where}: <EarnedValueMethod> {code} is not 0 or 1")
    return EarnedValueMethod(code)


def _leveling_delay(
    r: Reader, uid: int, project: Project, elapsed_delays: dict[int, int] | None
) -> int:
    """The row's leveling delay in working minutes (a first guess for an elapsed one).

    <LevelingDelay> counts tenths of a minute in the unit <LevelingDelayFormat> names:
    working minutes for m/h/d/w/mo, clock minutes for em/eh/ed/ew/emo (8, elapsed days, when
    absent: the unit MS Project shows it in). An elapsed delay is kept in ``elapsed_delays``
    and guessed here as the working share of a calendar day it spans.
    """
    tenths = r.integer("LevelingDelay", 0) or 0
    if tenths <= 0:
        return 0
    minutes = round(tenths / 10)
    if (r.integer("LevelingDelayFormat", 8) or 8) not in ELAPSED_FORMATS:
        return minutes
    if elapsed_delays is not None:
        elapsed_delays[uid] = minutes
    return round(minutes / 1440 * project.minutes_per_day)
