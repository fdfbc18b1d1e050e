"""Read Microsoft Project XML (MSPDI) into a Plan.

Keeps the file's task UIDs as ``Task.uid``. Blank rows (IsNull) and the
project summary task (UID 0) are skipped. The values MS Project computed
(early/late dates, slack, critical) are not read: the scheduler recomputes
them. Any bad value raises FileFormatError naming the element, and nothing
is returned half-read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime, time
from operator import itemgetter
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.calendar import standard_calendar
from app.domain.errors import CycleError, FileFormatError, PlanError
from app.domain.link import Link, LinkType
from app.domain.money import MAX_DIGITS, code_for_symbol
from app.domain.plan import Plan
from app.domain.progress import Progress, part, report
from app.domain.project import Project, SymbolPosition
from app.domain.recurrence_tasks import TaskRecurrence, infer_recurrence
from app.domain.scheduling.gc import paused_gc
from app.domain.task import ConstraintType, CostAccrual, DurationUnit, Task, TaskType
from app.domain.worktime import WorkTime
from app.io.mspdi_calendars import read_calendars
from app.io.mspdi_fast import GHOST, RowReader, UnusualRowError
from app.io.mspdi_resources import read_assignments, read_resources, skipped_resource_uids
from app.io.mspdi_splits import read_splits
from app.io.mspdi_values import (
    ELAPSED_FORMATS,
    NS,
    PERCENT_FORMATS,
    Q,
    Reader,
    duration_unit,
    work_unit,
)
from app.io.negative_uids import negative_uid
from app.io.xml_safety import RowStream, parse_xml


def read_mspdi(path: Path, **options: Any) -> Plan:
    """Load an MS Project XML file.

    ``check_cycles=False`` skips the check for links that loop, for a caller
    that schedules the plan at once (the scheduler refuses a loop itself).
    ``progress`` (app.domain.progress.Progress) hears how far the read is, in
    :data:`READ_STEPS` steps; when it answers False the read stops with
    CancelledError and returns nothing.
    """
    path = Path(path)
    progress: Progress | None = options.get("progress")
    # The tree of a large file is hundreds of thousands of acyclic objects:
    # the cyclic garbage collector only slows building it down.
    with paused_gc():
        return _read(path, bool(options.get("check_cycles", True)), progress)


# The progress of a read, in steps: parsing the file (task rows are read meanwhile)
# takes some three quarters of the time, building the plan from it the rest.
READ_STEPS = 1000
_PARSED = 750  # after the parse
_TASKS_BUILT = 950  # after the task rows and links became Tasks and Links


def _read(path: Path, check_cycles: bool = True, progress: Progress | None = None) -> Plan:
    # Task rows are read while the rest of the file is parsed (xml_safety.RowStream).
    rows = _TaskRows()
    parsing = part(progress, 0, _PARSED, READ_STEPS) if progress is not None else None
    root = parse_xml(path, RowStream(_TASKS, rows.take), parsing)
    if root.tag != Q + "Project":
        found = root.tag.split("}")[-1]
        ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else "no namespace"
        raise FileFormatError(
            f"{path.name}: not an MS Project XML file (root <{found}> in {ns}; "
            f"expected <Project> in {NS})"
        )
    return _plan(root, rows, path.stem, check_cycles, progress)


def plan_from_root(root: Element, fallback_name: str, check_cycles: bool = True) -> Plan:
    """Build a Plan from a parsed ``<Project>`` element."""
    rows = _TaskRows()
    container = root.find(_TASKS)
    if container is not None:
        rows.take(list(container))
    return _plan(root, rows, fallback_name, check_cycles)


def _plan(
    root: Element,
    rows: _TaskRows,
    fallback_name: str,
    check_cycles: bool,
    progress: Progress | None = None,
) -> Plan:
    project = _read_project(Reader(root, "<Project>"), fallback_name)
    calendars = read_calendars(root)
    if not calendars:
        calendars = {1: standard_calendar(1)}
    if project.calendar_uid not in calendars:
        project = _replace_calendar(project, min(calendars))
    read = rows.finish(project)
    building = part(progress, _PARSED, _TASKS_BUILT, READ_STEPS) if progress is not None else None
    tasks, links, baselines, external = _read_tasks(
        read, rows.fast, rows.ghosts, building, rows.negative
    )
    if rows.notes:
        project = replace(project, notes=rows.notes)
    tasks = _apply_external_links(tasks, external)
    default_format = Reader(root, "<Project>").integer("DurationFormat", 7) or 7
    tasks = _default_units(tasks, duration_unit(default_format))
    tasks = [
        replace(t, calendar_uid=None)
        if t.calendar_uid is not None and t.calendar_uid not in calendars
        else t
        for t in tasks
    ]
    tasks = read_splits(root, tasks, calendars, project.calendar_uid, rows.stops)
    recurring = rows.recurring
    resources = read_resources(root, calendars)
    task_uids = {t.uid for t in tasks}
    assignments = read_assignments(
        root, task_uids, {r.uid for r in resources}, skipped_resource_uids(root)
    )
    plan = Plan(
        project=project,
        tasks=tasks,
        links=links,
        calendars=calendars,
        resources=resources,
        assignments=assignments,
        baselines=baselines,
    )
    if recurring:
        plan.recurrences = _recurrences(plan, recurring)
    report(progress, _TASKS_BUILT, READ_STEPS)
    if check_cycles:
        _check_cycles(plan)
    report(progress, READ_STEPS, READ_STEPS)
    return plan


def _default_units(tasks: list[Task], default: DurationUnit | None) -> list[Task]:
    """Tasks whose DurationFormat names no unit (21, 53) show the project's default unit.

    As MS Project: the project's ``<DurationFormat>`` is the format of every
    duration that has none of its own.
    """
    if default is None or all(t.duration_unit is not None for t in tasks):
        return tasks
    return [t if t.duration_unit is not None else replace(t, duration_unit=default) for t in tasks]


def _recurring(elem: Element) -> bool:
    """The row says <Recurring>1</Recurring> (MS Project's recurring task summary)."""
    return (elem.findtext(_RECURRING) or "").strip() in ("1", "true")


def _recurrences(plan: Plan, uids: set[int]) -> dict[int, TaskRecurrence]:
    """The patterns of the recurring summaries, read off their occurrences.

    MS Project XML keeps no pattern, only the occurrences: subtasks pinned Start
    No Earlier Than their dates. A summary whose occurrences one of Gantry's
    patterns makes again (app.domain.recurrence_tasks.infer_recurrence) is
    recurring here too; any other stays an ordinary summary with its subtasks.
    """
    calendar = plan.calendars[plan.project.calendar_uid]
    work_time = WorkTime.for_calendar(calendar, plan.calendars)
    found: dict[int, TaskRecurrence] = {}
    for uid in sorted(uids):
        if not plan.has_task(uid) or not plan.is_summary(uid):
            continue
        children = plan.children(uid)
        if any(
            c.constraint_type is not ConstraintType.SNET
            or c.constraint_date is None
            or plan.is_summary(c.uid)
            for c in children
        ):
            continue
        first = children[0]
        if any(c.duration_minutes != first.duration_minutes for c in children):
            continue
        days = [c.constraint_date.date() for c in children if c.constraint_date is not None]
        rec = infer_recurrence(days, first.duration_minutes, first.duration_unit, work_time)
        if rec is not None:
            found[uid] = rec
    return found


def _replace_calendar(project: Project, uid: int) -> Project:
    return replace(project, calendar_uid=uid)


# ---------------------------------------------------------------------- project


def _read_project(r: Reader, fallback_name: str) -> Project:
    start = r.date("StartDate") or datetime(2026, 1, 5, 8)
    minutes_per_day = r.integer("MinutesPerDay", 480) or 480
    slack_days = r.number("CriticalSlackLimit", 0.0)
    default_start = r.clock("DefaultStartTime")
    default_finish = r.clock("DefaultFinishTime")
    return Project(
        name=r.string("Title") or r.string("Name") or fallback_name,
        start=start,
        status_date=r.date("StatusDate"),
        **_read_currency(r),
        calendar_uid=r.integer("CalendarUID", 1) or 1,
        minutes_per_day=minutes_per_day,
        minutes_per_week=r.integer("MinutesPerWeek", 5 * minutes_per_day) or 5 * minutes_per_day,
        days_per_month=r.integer("DaysPerMonth", 20) or 20,
        default_start_time=_clock(default_start, time(8, 0)),
        default_finish_time=_clock(default_finish, time(17, 0)),
        critical_slack_limit_minutes=round(slack_days * minutes_per_day),
        author=r.string("Author"),
        company=r.string("Company"),
        duration_unit=duration_unit(r.integer("DurationFormat", 7) or 7) or DurationUnit.DAYS,
        work_unit=work_unit(r.integer("WorkFormat", 2) or 2),
    )


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
            f"{r.where}: <CurrencySymbolPosition> '{position}' is not 0, 1, 2 or 3"
        )
    fields["currency_symbol_position"] = SymbolPosition(position)
    digits = r.integer("CurrencyDigits")
    digits = 2 if digits is None else digits
    if not 0 <= digits <= MAX_DIGITS:
        raise FileFormatError(f"{r.where}: <CurrencyDigits> '{digits}' is not 0 to {MAX_DIGITS}")
    fields["currency_digits"] = digits
    return fields


def _clock(minutes: int | None, default: time) -> time:
    if minutes is None:
        return default
    return time(min(minutes // 60, 23), minutes % 60)


# ---------------------------------------------------------------------- tasks


_TASKS = Q + "Tasks"
_TASK = Q + "Task"
_UID = Q + "UID"
_NOTES = Q + "Notes"
_PREDECESSOR_LINK = Q + "PredecessorLink"
_BASELINE = Q + "Baseline"
_STOP = Q + "Stop"
_RESUME = Q + "Resume"
_RECURRING = Q + "Recurring"

# A task row read: (row id, Task or its field values, name in messages, position,
# its PredecessorLink and Baseline elements, its stored Start).
_Row = tuple[int, Any, str, int, list[Element], list[Element], datetime | None]


class _TaskRows:
    """The task rows of a file, taken as the parser finishes them (or all at once).

    Ordinary rows are read at once on the fast path and their element dropped;
    any other row keeps its element and is read by the checked Reader after the
    whole file parsed, so its errors come after the file's own.
    """

    __slots__ = ("_prev", "_taken", "fast", "ghosts", "negative", "notes", "recurring", "stops")

    def __init__(self) -> None:
        self.fast = RowReader()
        self.ghosts: set[int] = set()  # other projects' tasks shown for cross-project links
        self.notes: str | None = None  # of the project summary task (UID 0)
        # (position, UID) of the first row left out of the plan with a negative UID
        self.negative: tuple[int, int] | None = None
        # a row read, (position, element) of a row to read later, or None for a row left out
        self._taken: list[_Row | tuple[int, Element] | None] = []
        # UID -> (<Stop>, <Resume>) of a task in progress: apart, its remaining work resumes
        # after a pause (mspdi_splits.stop_resume_pauses)
        self.stops: dict[int, tuple[str, str]] = {}
        # UIDs of summaries marked <Recurring>1</Recurring>; only a row followed by a deeper
        # one (a summary) is looked at, so ordinary rows cost nothing more
        self.recurring: set[int] = set()
        self._prev: tuple[int, int, Element] | None = None

    def take(self, elems: list[Element]) -> None:
        """Read the task rows among ``elems`` (children of ``<Tasks>``, in order)."""
        fast = self.fast
        taken = self._taken
        for elem in elems:
            if elem.tag != _TASK:
                continue
            n = len(taken) + 1
            try:
                uid, row_id, skip, values = fast.row(elem, n)
            except (UnusualRowError, ValueError, KeyError, TypeError):
                taken.append((n, elem))  # for the checked reader
                continue
            if uid == 0:
                self._note(elem)
            if values is None:
                if skip == GHOST:
                    self.ghosts.add(uid)
                if uid < 0 and self.negative is None:
                    self.negative = (n, uid)
                taken.append(None)
                continue
            taken.append(
                (
                    row_id,
                    values,
                    f"Task #{row_id} (UID {uid})",
                    n,
                    elem.findall(_PREDECESSOR_LINK),
                    elem.findall(_BASELINE),
                    values[9],  # the Start the file stores
                )
            )
            if values[16] is not None:  # started: its work may have stopped and resume later
                self._stop(uid, elem)
            prev = self._prev
            if prev is not None and values[2] > prev[1] and _recurring(prev[2]):
                self.recurring.add(prev[0])
            self._prev = (uid, values[2], elem)

    def _stop(self, uid: int, elem: Element) -> None:
        stop, resume = elem.findtext(_STOP), elem.findtext(_RESUME)
        if stop and resume and stop.strip() != resume.strip():
            self.stops[uid] = (stop.strip(), resume.strip())

    def _note(self, elem: Element) -> None:
        """Keep the notes of the first row whose UID is 0 (MS Project's project notes)."""
        if self.notes is None and (elem.findtext(_UID) or "").strip() == "0":
            self.notes = (elem.findtext(_NOTES) or "").strip()

    def finish(self, project: Project) -> list[_Row]:
        """Every task row in file order, the unusual ones read now by the checked Reader."""
        out: list[_Row] = []
        for item in self._taken:
            if item is None:
                continue
            if len(item) == 7:
                out.append(item)
                continue
            n, elem = item
            self._note(elem)
            r = _task_reader(elem, n)
            uid = r.required_int("UID")
            if uid < 0 and (self.negative is None or n < self.negative[0]):
                self.negative = (n, uid)
            row_id = r.integer("ID", n) or n
            if uid == 0 and (r.integer("OutlineLevel", 0) or 0) == 0:
                continue  # the project summary task
            if r.flag("IsNull"):
                continue
            if r.flag("ExternalTask"):
                self.ghosts.add(uid)
                continue
            task = _read_task(r, uid, project)
            if task.actual_start is not None:
                self._stop(uid, elem)
            if _recurring(elem):
                self.recurring.add(uid)
            links = elem.findall(_PREDECESSOR_LINK)
            baselines = elem.findall(_BASELINE)
            out.append((row_id, task, r.where, n, links, baselines, r.date("Start")))
        return out


def _built(rows: list[_Row]) -> list[_Row]:
    """The rows with the fast path's field values made into Tasks, in one bulk call."""
    made = iter(Task.of_many([row[1] for row in rows if type(row[1]) is tuple]))
    return [(row[0], next(made), *row[2:]) if type(row[1]) is tuple else row for row in rows]


def _read_tasks(
    read: list[_Row],
    fast: RowReader,
    ghosts: set[int],
    progress: Progress | None = None,
    negative: tuple[int, int] | None = None,
) -> tuple[list[Task], list[Link], dict[int, Baseline], list[tuple[int, datetime | None]]]:
    if progress is None:
        rows = _built(read)
    else:  # a block of Tasks at a time (0.5 s at 100k tasks), the bar's first half
        n = len(read)
        rows = []
        for first in range(0, n, _BUILD_BLOCK):
            report(progress, first, 2 * n)
            rows += _built(read[first : first + _BUILD_BLOCK])
        progress = part(progress, n, 2 * n, 2 * n)  # the links: its second half
    rows.sort(key=itemgetter(0))
    uids = {row[1].uid for row in rows}
    if negative is not None or (uids and min(uids) < 0):
        _refuse_negative_uid(rows, negative)
    if len(uids) != len(rows):
        seen: set[int] = set()
        for row in rows:
            uid = row[1].uid
            if uid in seen:
                raise FileFormatError(f"{row[2]}: <UID> {uid} is used twice")
            seen.add(uid)
    tasks: list[Task] = [row[1] for row in rows]
    _check_outline(rows)
    links: list[Link | tuple[Any, ...]] = []
    external: list[tuple[int, datetime | None]] = []
    entries: dict[int, list[BaselineEntry]] = {}
    for _, task, where, _, link_elems, baseline_elems, start in _reporting(rows, progress):
        for lk_elem in link_elems:
            try:
                links.append(fast.link(lk_elem, task.uid, uids, ghosts))
                continue
            except (UnusualRowError, ValueError, KeyError, TypeError):
                pass
            link = _read_link(Reader(lk_elem, where), task.uid, uids, ghosts, external, start)
            if link is not None:
                links.append(link)
        for b_elem in baseline_elems:
            b = Reader(b_elem, where + " <Baseline>")
            number = b.integer("Number", 0) or 0
            if not 0 <= number <= 10:
                raise FileFormatError(f"{b.where}: <Number> {number} is not 0..10")
            entries.setdefault(number, []).append(
                BaselineEntry(
                    task.uid,
                    b.date("Start"),
                    b.date("Finish"),
                    b.duration("Duration") or 0,
                    b.duration("Work") or 0,
                    b.number("Cost") / 100,
                )
            )
    baselines = {k: Baseline(k, None, tuple(v)) for k, v in sorted(entries.items())}
    return tasks, _built_links(links), baselines, external


_BLOCK = 4096  # rows between two progress reports while links are read (~30 ms)
_BUILD_BLOCK = 8192  # rows made into Tasks between two progress reports (~40 ms)


def _reporting(rows: list[_Row], progress: Progress | None) -> Iterable[_Row]:
    """``rows``; with ``progress``, one block at a time, reporting (rows done, all rows)."""
    if progress is None:
        return rows  # the command line: nothing in between
    return _in_blocks(rows, progress)


def _in_blocks(rows: list[_Row], progress: Progress) -> Iterator[_Row]:
    total = len(rows)
    for first in range(0, total, _BLOCK):
        report(progress, first, total)
        yield from rows[first : first + _BLOCK]
    report(progress, total, total)


def _built_links(links: list[Link | tuple[Any, ...]]) -> list[Link]:
    """The links with the fast path's field values made into Links, in one bulk call."""
    made = iter(Link.of_many([lk for lk in links if type(lk) is tuple]))
    return [next(made) if type(lk) is tuple else lk for lk in links]  # type: ignore[misc]


def _refuse_negative_uid(rows: list[_Row], negative: tuple[int, int] | None) -> None:
    """FileFormatError naming the first task row (in file order) with a negative UID."""
    found = [(row[3], row[1].uid) for row in rows if row[1].uid < 0]
    if negative is not None:
        found.append(negative)
    n, uid = min(found)
    raise negative_uid(f"Tasks/Task[{n}]/UID", uid)


def _task_reader(elem: Element, n: int) -> Reader:
    """The checked reader of the n-th task row, named as in messages."""
    r = Reader(elem, f"Task #{n}")
    uid = r.required_int("UID")
    row_id = r.integer("ID", n) or n
    r.where = f"Task #{row_id} (UID {uid})"
    return r


def _check_outline(rows: list[_Row]) -> None:
    prev = 0
    for row in rows:
        level = row[1].outline_level
        if level < 1 or level > prev + 1:
            raise FileFormatError(f"{row[2]}: <OutlineLevel> {level} cannot follow level {prev}")
        prev = level


def _read_task(r: Reader, uid: int, project: Project) -> Task:
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
        leveling_delay_minutes=_leveling_delay(r, project),
        notes=r.string("Notes"),
        duration_unit=unit,
    )


def _leveling_delay(r: Reader, project: Project) -> int:
    """Leveling delay in working minutes (MS Project usually stores it in elapsed days)."""
    tenths = r.integer("LevelingDelay", 0) or 0
    if tenths <= 0:
        return 0
    if (r.integer("LevelingDelayFormat", 8) or 8) in ELAPSED_FORMATS:
        return round(tenths / 10 / 1440 * project.minutes_per_day)
    return tenths // 10


def _read_link(
    r: Reader,
    successor: int,
    uids: set[int],
    ghosts: set[int],
    external: list[tuple[int, datetime | None]],
    start: datetime | None,
) -> Link | None:
    """A predecessor row read by the checked Reader (``start``: the successor's stored Start)."""
    r.where += " <PredecessorLink>"
    pred = r.required_int("PredecessorUID")
    if r.flag("CrossProject") or pred in ghosts:
        # The external task is not in the file; keep its effect as a start-no-earlier
        # constraint at the successor's stored start.
        external.append((successor, start))
        return None
    if pred not in uids:
        raise FileFormatError(f"{r.where}: <PredecessorUID> {pred} names no task in the file")
    if pred == successor:
        raise FileFormatError(f"{r.where}: the task is its own predecessor")
    code = r.integer("Type", 1)
    if code not in (0, 1, 2, 3):
        raise FileFormatError(f"{r.where}: <Type> {code} is not 0..3")
    lag = r.integer("LinkLag", 0) or 0
    fmt = r.integer("LagFormat", 7) or 7
    if fmt in PERCENT_FORMATS:
        return Link(pred, successor, LinkType(code), lag_percent=float(lag))
    return Link(
        pred,
        successor,
        LinkType(code),
        lag_minutes=round(lag / 10),
        lag_elapsed=fmt in ELAPSED_FORMATS,
    )


def _apply_external_links(
    tasks: list[Task], external: list[tuple[int, datetime | None]]
) -> list[Task]:
    if not external:
        return tasks
    bound: dict[int, datetime] = {}
    for uid, start in external:
        if start is not None:
            bound[uid] = max(start, bound.get(uid, start))
    out = []
    for t in tasks:
        when = bound.get(t.uid)
        if when is not None and t.constraint_type is ConstraintType.ASAP:
            t = replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
        out.append(t)
    return out


def _check_cycles(plan: Plan) -> None:
    from app.domain.scheduling.network import build_network

    try:
        build_network(plan)
    except CycleError as exc:
        raise FileFormatError(f"cannot load the plan: {exc}") from exc
    except PlanError as exc:
        raise FileFormatError(str(exc)) from exc


# ---------------------------------------------------------------------- resources
