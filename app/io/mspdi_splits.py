"""Split (interrupted) tasks in MSPDI: read from and written as assignment TimephasedData.

MS Project keeps no split on the task row: a split shows only in how the
assignments' work is spread over time (``<TimephasedData>``, Type 1 remaining
work, Type 2 actual work). A row with work is a stretch of time the task
works; a row without ``<Value>`` is time the resource does not work (a
weekend on its calendar: never a pause); a row with zero work, and working
time no row covers at all, is a pause. Each pause's length is counted in
working time on the task's calendar (its own or the project's), which is how
:mod:`app.domain.splits` counts it.

When writing, a split task's assignments (or, without any, one placeholder
assignment on MS Project's "no resource" UID) get one work row per working
part and one zero row per pause, which is the form MS Project itself writes; so
does a task under way whose work left waits for its links (the pause the Gantt
draws: app.domain.splits.TaskClocks.waiting_parts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from xml.etree.ElementTree import Element, SubElement

from app.domain.calendar import Calendar
from app.domain.contours import WorkContour
from app.domain.schedule import Schedule
from app.domain.splits import Split, normalized, segments
from app.domain.task import Task
from app.domain.worktime import WorkTime, from_minutes, to_minutes
from app.io.mspdi_values import Q, format_duration, xml_integer

# A working part to write: its start and finish (clock minutes) and its working minutes.
Part = tuple[int, int, int]
UNASSIGNED = -65535  # MS Project's "no resource" on an assignment row
_WORK_TYPES = frozenset(("1", "2"))  # remaining and actual work of an assignment
_NONZERO = frozenset("123456789")


def read_splits(
    root: Element,
    tasks: list[Task],
    calendars: Mapping[int, Calendar],
    project_calendar_uid: int,
    stops: Mapping[int, tuple[str, str]] | None = None,
) -> list[Task]:
    """The tasks, each split where its assignments' timephased work pauses.

    ``stops``: a started task's ``<Stop>`` and ``<Resume>`` by UID, where they
    differ; working time between them is a pause at the work done (used for a
    task whose assignments say nothing, as in files without timephased rows).
    """
    stretches = _stretches(root)
    if not stretches and not stops:
        return tasks
    worktimes: dict[int, WorkTime] = {}
    out: list[Task] = []
    last = len(tasks) - 1
    for i, t in enumerate(tasks):
        found = stretches.get(t.uid)
        stopped = stops.get(t.uid) if stops else None
        if stopped and i < last and tasks[i + 1].outline_level > t.outline_level:
            stopped = None  # a summary's are its earliest subtask's (mspdi_write_stops)
        if (found or stopped) and not t.milestone and t.duration_minutes > 0:
            wt = _worktime(t, calendars, project_calendar_uid, worktimes)
            splits: tuple[Split, ...] = ()
            if wt is not None and found:
                splits = pauses(found, wt, t.duration_minutes)
            if wt is not None and stopped and not splits:
                splits = _stop_resume(t, stopped, wt)
            if splits:
                t = replace(t, splits=splits)
        out.append(t)
    return out


def _stretches(root: Element) -> dict[int, list[tuple[datetime, datetime, bool | None]]]:
    """Task UID -> its assignments' timephased work rows: (start, finish, works).

    ``works`` is True for work, False for a zero row, None for a row without
    a value (time the resource does not work).
    """
    stretches: dict[int, list[tuple[datetime, datetime, bool | None]]] = {}
    container = root.find(Q + "Assignments")
    if container is None:
        return stretches
    rows = list(container.iter(Q + "TimephasedData"))
    if not rows:
        return stretches
    # assignment UID -> task UID, for the rows (a row names its assignment only)
    task_of: dict[str, str] = {}
    for a in container.iterfind(Q + "Assignment"):
        uid, task_uid = a.findtext(Q + "UID"), a.findtext(Q + "TaskUID")
        if uid is not None and task_uid is not None:
            task_of[uid.strip()] = task_uid.strip()
    for td in rows:
        if (td.findtext(Q + "Type") or "").strip() not in _WORK_TYPES:
            continue
        task_uid = task_of.get((td.findtext(Q + "UID") or "").strip())
        start, finish = td.findtext(Q + "Start"), td.findtext(Q + "Finish")
        if task_uid is None or start is None or finish is None:
            continue
        value = td.findtext(Q + "Value")
        works = None if value is None else not _NONZERO.isdisjoint(value)
        try:
            stretch = (
                datetime.fromisoformat(start.strip()),
                datetime.fromisoformat(finish.strip()),
            )
            key = xml_integer(task_uid)  # not int(): it takes '1_0', '\uff11'
        except ValueError:
            continue  # an unreadable row says nothing about a pause
        stretches.setdefault(key, []).append((*stretch, works))
    return stretches


def _stop_resume(t: Task, stopped: tuple[str, str], wt: WorkTime) -> tuple[Split, ...]:
    """A started task's pause between where its work stopped and where it resumes."""
    if t.actual_start is None or t.actual_finish is not None:
        return ()
    try:
        stop, resume = (to_minutes(datetime.fromisoformat(x)) for x in stopped)
    except ValueError:
        return ()  # an unreadable date says nothing about a pause
    first = wt.index(to_minutes(t.actual_start))
    at, until = wt.index(stop), wt.index(resume)
    return normalized((Split(at - first, until - at),), t.duration_minutes)


def pauses(
    stretches: Iterable[tuple[datetime, datetime, bool | None]], wt: WorkTime, duration: int
) -> tuple[Split, ...]:
    """Splits from timephased stretches: (start, finish, works) with works None for off time.

    Everything is a work index on ``wt``; a pause is working time between the
    first and last work that only zero rows (or no row) cover.
    """
    work: list[tuple[int, int]] = []
    covered: list[tuple[int, int]] = []  # work and off rows: never a pause
    for start, finish, works in stretches:
        # seconds (rows of a part-time resource end at 14:42:48): cover the whole minute
        end = to_minutes(finish) + (1 if finish.second or finish.microsecond else 0)
        a, b = wt.index(to_minutes(start)), wt.index(end)
        if b <= a:
            continue
        if works:
            work.append((a, b))
        if works is not False:
            covered.append((a, b))
    if not work:
        return ()
    first = min(a for a, _ in work)
    last = max(b for _, b in work)
    covered.sort()
    splits: list[Split] = []
    at = first  # end of what is covered so far
    gaps = 0
    for a, b in covered:
        if a >= last:
            break
        if a > at:
            splits.append(Split(at - first - gaps, a - at))
            gaps += a - at
        at = max(at, b)
    return normalized(splits, duration)


def write_split_rows(
    assignments: Element,
    tasks: Iterable[Task],
    worked: Mapping[int, list[Element]],
    units: Mapping[int, list[float]],
    result: Schedule | None,
    calendars: Mapping[int, Calendar],
    project_calendar_uid: int,
    next_uid: int,
    waiting: Mapping[int, list[Part]] | None = None,
) -> None:
    """Timephased rows for every split task: on its assignments, else on a placeholder one.

    ``worked`` holds each task's written ``<Assignment>`` elements, ``units``
    their units in the same order; ``next_uid`` is the first free assignment UID;
    ``waiting``: the parts of the tasks under way whose work left waits for their links.
    """
    if result is None:
        return  # rows need the task's dates
    worktimes: dict[int, WorkTime] = {}
    for t in tasks:
        times = result.get(t.uid)
        if times is None or times.summary:
            continue
        parts = (waiting or {}).get(t.uid) or _laid_parts(
            t, times.start, calendars, project_calendar_uid, worktimes
        )
        if not parts:
            continue
        elems = worked.get(t.uid)
        if not elems:
            e = SubElement(assignments, Q + "Assignment")
            for name, value in (
                ("UID", next_uid),
                ("TaskUID", t.uid),
                ("ResourceUID", UNASSIGNED),
                ("Finish", times.finish.isoformat()),
                ("Start", times.start.isoformat()),
                ("Units", 1),
                ("Work", format_duration(0)),
                # its work is set by the timephased rows: Contoured, as MS Project writes
                # such a placeholder (mspdisplittask.xml)
                ("WorkContour", WorkContour.CONTOURED.value),
            ):
                SubElement(e, Q + name).text = str(value)
            next_uid += 1
            elems, rates = [e], [1.0]
        else:
            rates = list(units.get(t.uid, [1.0] * len(elems)))
        for e, rate in zip(elems, rates, strict=False):
            uid = e.findtext(Q + "UID") or ""
            for k, (a, b, minutes) in enumerate(parts):
                if k:  # the pause before this part: zero work
                    _row(e, uid, parts[k - 1][1], a, 0)
                _row(e, uid, a, b, round(minutes * rate))


def _laid_parts(
    t: Task,
    start: datetime,
    calendars: Mapping[int, Calendar],
    project_uid: int,
    memo: dict[int, WorkTime],
) -> list[Part]:
    """A split task's working parts from ``start`` on its calendar; [] when it is not split."""
    splits = normalized(t.splits, t.duration_minutes)
    wt = _worktime(t, calendars, project_uid, memo) if splits else None
    if wt is None:
        return []
    w0 = wt.index(to_minutes(start))
    return [
        (wt.at_start(w0 + a), wt.at_end(w0 + b), b - a)
        for a, b in segments(splits, t.duration_minutes)
    ]


def _worktime(
    t: Task, calendars: Mapping[int, Calendar], project_uid: int, memo: dict[int, WorkTime]
) -> WorkTime | None:
    """The calendar a task's pauses count on: its own, else the project's (None: neither)."""
    uid = t.calendar_uid if t.calendar_uid is not None and t.calendar_uid in calendars else None
    if uid is None:
        uid = project_uid
    found = memo.get(uid)
    if found is None and uid in calendars:
        found = memo[uid] = WorkTime.for_calendar(calendars[uid], calendars)
    return found


def _row(parent: Element, uid: str, start: int, finish: int, minutes: int) -> None:
    td = SubElement(parent, Q + "TimephasedData")
    SubElement(td, Q + "Type").text = "1"
    SubElement(td, Q + "UID").text = uid
    SubElement(td, Q + "Start").text = from_minutes(start).isoformat()
    SubElement(td, Q + "Finish").text = from_minutes(finish).isoformat()
    SubElement(td, Q + "Unit").text = "2"
    SubElement(td, Q + "Value").text = format_duration(minutes)
