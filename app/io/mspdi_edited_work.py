"""Work typed period by period (a Contoured assignment, app/domain/edited_work.py) in MSPDI:
read from and written as the assignment's ``<TimephasedData>`` rows of Type 1 (assigned
work left) and Type 2 (actual work), as MS Project keeps an edited contour.

Read: an assignment with ``<WorkContour>`` 8 keeps its rows that hold a value (a row without
one is time the person does not work), in time order, as its pieces; one without rows keeps
none and is laid evenly. Written: a Contoured assignment with typed work gets its rows as
kept while its task has not moved (an MS Project file's come back as they were), else one
Type 1 row per day of work as the plan lays it now (moved with its task), so MS Project reads
the same work day by day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, SubElement

from app.domain.contours import WorkContour
from app.domain.edited_work import WorkPiece, day_pieces
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks, may_be_split
from app.io.mspdi_values import Q

if TYPE_CHECKING:  # workload is imported where typed work is written: reading a plan
    # without people (gantry schedule) does not load the people-only modules
    from app.domain.workload import DayCalendar

_WORK_TYPES = frozenset(("1", "2"))  # work left and actual work of an assignment
_WORK = re.compile(r"PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S")


def _minutes(value: str) -> float | None:
    m = _WORK.fullmatch(value.strip())
    return None if m is None else int(m[1]) * 60 + int(m[2]) + float(m[3]) / 60


def _rows(elem: Element) -> tuple[WorkPiece, ...]:
    """An ``<Assignment>``'s work rows holding a value, as pieces in time order."""
    out: list[WorkPiece] = []
    for td in elem.iterfind(Q + "TimephasedData"):
        if (td.findtext(Q + "Type") or "").strip() not in _WORK_TYPES:
            continue
        value, start, finish = (td.findtext(Q + t) for t in ("Value", "Start", "Finish"))
        if value is None or start is None or finish is None:
            continue
        minutes = _minutes(value)
        try:
            s, f = datetime.fromisoformat(start.strip()), datetime.fromisoformat(finish.strip())
        except ValueError:
            continue  # an unreadable row: the assignment is laid as its total says
        if minutes is not None and f >= s:
            out.append(WorkPiece(s, f, minutes))
    out.sort(key=lambda p: p.start)
    return tuple(out)


def read_edited_work(root: Element, assignments: list[Assignment]) -> list[Assignment]:
    """The assignments, each Contoured one with the work rows MS Project saved for it."""
    wanted = {a.uid for a in assignments if a.contour is WorkContour.CONTOURED}
    container = root.find(Q + "Assignments") if wanted else None
    if container is None:
        return assignments
    found: dict[int, tuple[WorkPiece, ...]] = {}
    for elem in container.iterfind(Q + "Assignment"):
        text = (elem.findtext(Q + "UID") or "").strip()
        uid = int(text) if text.isdigit() else -1
        if uid in wanted:
            pieces = _rows(elem)
            if sum(p.minutes for p in pieces) > 0:
                found[uid] = pieces
    if not found:
        return assignments
    return [replace(a, edited_work=found[a.uid]) if a.uid in found else a for a in assignments]


def edited_rows(
    plan: Plan,
    a: Assignment,
    result: Schedule | None,
    cals: dict[int | None, DayCalendar],
    clocks: TaskClocks | None = None,
) -> list[WorkPiece]:
    """The day rows to write for ``a``: its typed work as the plan lays it under ``result``,
    a row per day; none when it has no typed work (or no schedule)."""
    if not a.edited_work or a.contour is not WorkContour.CONTOURED or result is None:
        return []
    times = result.get(a.task_uid)
    if times is None or times.summary:
        return []
    task = plan.task(a.task_uid)
    parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
    if may_be_split(task):
        parts = (clocks or TaskClocks(plan)).parts(task, times) or parts
    from app.domain.workload import _resource_calendar, own_pieces

    cal = _resource_calendar(plan, plan.resource(a.resource_uid), cals)
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    laid = own_pieces(plan, a, work, parts, times, cal)
    kept = a.edited_work
    first = next((p for p in kept if p.minutes > 0), None)
    unmoved = laid and first is not None and laid[0][0] == first.start
    if unmoved and abs(sum(p.minutes for p in kept) - work) < 0.01:
        return list(kept)  # where it was kept: the rows as they came (MS Project's too)
    return day_pieces(laid, cal.worktime)


def _work_text(minutes: float) -> str:
    """Work as MS Project writes a row's: ``PT7H30M0S`` (seconds kept)."""
    seconds = round(minutes * 60)
    hours, rest = divmod(seconds, 3600)
    return f"PT{hours}H{rest // 60}M{rest % 60}S"


def add_rows(elem: Element, uid: int, pieces: Iterable[WorkPiece]) -> None:
    """Append a Type 1 ``<TimephasedData>`` row per piece to an ``<Assignment>`` element."""
    for p in pieces:
        td = SubElement(elem, Q + "TimephasedData")
        SubElement(td, Q + "Type").text = "1"
        SubElement(td, Q + "UID").text = str(uid)
        SubElement(td, Q + "Start").text = p.start.isoformat()
        SubElement(td, Q + "Finish").text = p.finish.isoformat()
        SubElement(td, Q + "Unit").text = "2"
        SubElement(td, Q + "Value").text = _work_text(p.minutes)
