"""GanttProject (.gan) import: tasks, outline, dependencies, calendar, people, baselines.

GanttProject stores days, not times: a task has a start day and a duration in
working days, dependencies are written on the predecessor, holidays are days
of the project calendar. Tasks are read as automatically scheduled; a task
that no strong dependency places (no predecessor, or a "Rubber" one that lets
it start later) keeps its stored start as a start-no-earlier-than constraint,
so that our schedule lands where GanttProject drew it.

Task and resource ids become uids ``id + 1`` (GanttProject counts from 0;
uid 0 is MS Project's project summary). Resource rates are per day in
GanttProject and per hour in Gantry, shown per day as GanttProject's user typed them.
"""

from __future__ import annotations

import calendar as pycal
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from app.domain.baseline import BASELINE_COUNT, Baseline, BaselineEntry, baseline_label
from app.domain.calendar import (
    STANDARD_DAY,
    Calendar,
    CalendarException,
    Interval,
    Recurrence,
    RecurrenceKind,
)
from app.domain.day_table import FIRST_YEAR, LAST_YEAR
from app.domain.errors import CycleError, FileFormatError, PlanError
from app.domain.fixed_cost_limit import MAX_FIXED_COST
from app.domain.link import Link, LinkType
from app.domain.move_project import EARLIEST_START
from app.domain.notation import LONGEST_MINUTES
from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import MAX_RATE, MAX_UNITS, Assignment, RateUnit, Resource, with_safe_names
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime
from app.io.gan_costs import price_by_hand
from app.io.gan_custom import note_lines, read_custom
from app.io.gan_errors import describe
from app.io.gan_hyperlinks import read_weblinks
from app.io.gan_left_out import left_out_note
from app.io.gan_loops import without_gan_loops
from app.io.gan_parse import CHUNK, PARSE_STEPS, PARSED, parse_gan
from app.io.negative_uids import negative_uid
from app.io.read_progress import start_tasks_under_way

# <depend type="...">
_LINK_TYPES = {"1": LinkType.SS, "2": LinkType.FS, "3": LinkType.FF, "4": LinkType.SF}
# <default-week sun=... sat=...>: 1 marks a non-working day. Python weekday order.
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# GanttProject's built-in roles, referenced as function="Default:1" (its Default set: 0
# Undefined, 1 Project manager) or "SoftwareDevelopment:2" (2 to 10), by number.
_ROLE_SETS = ("Default", "SoftwareDevelopment")
_DEFAULT_ROLES = {
    "0": "",
    "1": "Project manager",
    "2": "Developer",
    "3": "Doc writer",
    "4": "Tester",
    "5": "Graphic designer",
    "6": "Doc translator",
    "7": "Packager",
    "8": "Analyst",
    "9": "Web designer",
    "10": "",
}
# GanttProject priority (0 low, 1 normal, 2 high, 3 lowest, 4 highest) -> 0..1000.
_PRIORITY = {"3": 100, "0": 300, "1": 500, "2": 700, "4": 900}
# How many years a yearly holiday is repeated before and after the first year of the plan.
_RECURRING_YEARS = 50
# An id as GanttProject writes it (a Java int); a task's uid is the id + 1.
_WHOLE = re.compile(r"[+-]?[0-9]+")
_LARGEST_ID = 2**31 - 2  # past it, the uid (id + 1) is no Java int


# The progress of a read, in steps (app/io/gan_parse.py): parsing, then building the plan.
READ_STEPS = PARSE_STEPS
_PARSED = PARSED
_CHUNK = CHUNK


def read_gan(path: Path, **options: Any) -> Plan:
    """Read a GanttProject file into a new plan.

    ``progress`` (app.domain.progress.Progress) hears how far the read is, in
    :data:`READ_STEPS` steps; when it answers False the read stops with
    CancelledError. ``warn`` (a callable taking one line) hears what is left out
    (custom properties beyond Gantry's fields of their kind).
    """
    path = Path(path)
    progress: Progress | None = options.get("progress")
    root = parse_gan(path, progress)  # refused in one line: app/io/gan_parse.py
    plan = _GanReader(path, root, options.get("warn")).read()
    report(progress, READ_STEPS, READ_STEPS)
    return plan


class _GanReader:
    """One pass over a parsed .gan document."""

    def __init__(
        self, path: Path, root: Element, warn: Callable[[str], None] | None = None
    ) -> None:
        self.path = path
        self.root = root
        self.warn = warn

    def fail(self, el: Element, message: str) -> FileFormatError:
        return FileFormatError(f"{self.path.name}: {describe(el)} {message}")

    # ------------------------------------------------------------------ values

    def text(self, el: Element, name: str, default: str | None = None) -> str:
        value = el.get(name, default)
        if value is None:
            raise self.fail(el, f"has no {name} attribute")
        return value

    def number(self, el: Element, name: str, default: str | None = None) -> float:
        value = self.text(el, name, default)
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):  # "nan" and "inf" parse, then break every sum
            raise self.fail(el, f'has {name}="{value}", not a number')
        return number

    def day(self, el: Element, name: str) -> date:
        value = self.text(el, name)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(el, f'has {name}="{value}", not a date (YYYY-MM-DD)') from None

    def uid(self, el: Element, name: str = "id") -> int:
        value = self.text(el, name)
        if _WHOLE.fullmatch(value.strip()) is None:  # int() also takes '1_0' and other digits
            raise self.fail(el, f'has {name}="{value}", not a whole number')
        number = int(value)
        if number < 0:  # GanttProject numbers from 0
            raise negative_uid(f"{self.path.name}: {self.path_of(el)}/@{name}", number, "id")
        if number > _LARGEST_ID:
            raise self.fail(el, f'has {name}="{value}", past the largest id ({_LARGEST_ID:,})')
        return number + 1

    def path_of(self, el: Element) -> str:
        """Where an element sits, as ``tasks/task[2]/task[1]`` (only for messages: it walks
        the whole document)."""
        parents = {child: parent for parent in self.root.iter() for child in parent}
        steps = []
        while el is not self.root and el in parents:
            parent = parents[el]
            same = [c for c in parent if c.tag == el.tag]
            steps.append(f"{el.tag}[{same.index(el) + 1}]" if len(same) > 1 else el.tag)
            el = parent
        return "/".join(reversed(steps))

    # ------------------------------------------------------------------ the plan

    def _view_day(self) -> date:
        """A plan with no task: the day its chart was shown from (view-date, which Gantry
        writes as the project start), else today."""
        try:
            return date.fromisoformat((self.root.get("view-date") or "").strip())
        except ValueError:
            return date.today()

    def read(self) -> Plan:
        task_elements = list(self._walk(self.root.find("tasks"), 1))
        starts = [self.day(el, "start") for el, _ in task_elements]
        first_day = min(starts, default=self._view_day())
        project = Project(
            name=(self.root.get("name") or "").strip() or self.path.stem,
            company=(self.root.get("company") or "").strip(),
            start=datetime.combine(first_day, Project().default_start_time),
            notes=(self.root.findtext("description") or "").strip(),
            # GanttProject keeps rates and costs "with no specific currency" (its 2.7
            # release notes): the file never names one
            currency_stated=False,
        )
        per_day = project.minutes_per_day
        clock = project.default_start_time

        tasks: list[Task] = []
        seen: set[int] = set()
        typed: dict[int, float] = {}  # task uid -> its cost typed by hand
        for (el, level), start_day in zip(task_elements, starts, strict=True):
            uid = self.uid(el)
            if uid in seen:
                raise self.fail(el, "repeats a task id")
            seen.add(uid)
            milestone = el.get("meeting") == "true"
            days = self.number(el, "duration", "0")
            if days < 0:
                raise self.fail(
                    el, f'has duration="{el.get("duration")}"; a duration cannot be negative'
                )
            if el.get("cost-calculated") == "false":
                typed[uid] = self.number(el, "cost-manual-value", "0")
                if abs(typed[uid]) > MAX_FIXED_COST:  # the task sheet's bound on a fixed cost
                    raise self.fail(
                        el,
                        f"{quoted((el.get('name') or '').strip())} has "
                        f'cost-manual-value="{el.get("cost-manual-value")}": more than '
                        f"{MAX_FIXED_COST:,.0f}, the most a task's cost may be",
                    )
            complete = self.number(el, "complete", "0")
            if not 0 <= complete <= 100:
                raise self.fail(el, f'has complete="{el.get("complete")}" (expected 0 to 100)')
            tasks.append(
                Task(
                    uid=uid,
                    name=(el.get("name") or "").strip(),
                    outline_level=level,
                    duration_minutes=0 if milestone else round(days * per_day),
                    milestone=milestone,
                    start=datetime.combine(start_day, clock),
                    percent_complete=complete,
                    priority=_PRIORITY.get(el.get("priority", "1"), 500),
                    # A cost typed by hand (not computed from people) is a fixed cost, which
                    # replaces the people's (app/io/gan_costs.py)
                    fixed_cost=typed.get(uid, 0.0),
                    notes=(el.findtext("notes") or "").strip(),
                )
            )
        # Custom properties: read after every task, so that a bad value names its task and
        # nothing is imported (app/io/gan_custom.py)
        custom = read_custom(
            self.path.name,
            self.root,
            [(el, t.uid) for (el, _), t in zip(task_elements, tasks, strict=True)],
            project,
        )
        note_lines(custom, self.warn)
        if custom.values:
            tasks = [replace(t, custom=custom.values.get(t.uid, ())) for t in tasks]
        links, link_notes = read_weblinks(  # <task webLink>: app/io/gan_hyperlinks.py
            self.path.name, [(el, t) for (el, _), t in zip(task_elements, tasks, strict=True)]
        )
        if links:
            tasks = [replace(t, hyperlink=links[t.uid]) if t.uid in links else t for t in tasks]
        if self.warn is not None:
            for line in link_notes:
                self.warn(line)
            left_out = left_out_note(self.path.name, self.root)  # colours, coordinators
            if left_out:
                self.warn(left_out)
        project = replace(project, custom_fields=custom.fields)
        # A plan under construction: nobody listens yet, so values are set directly.
        plan = Plan(project=project, tasks=tasks, calendars={1: self._calendar(first_day.year)})
        depends = self._links(plan, task_elements)
        plan = Plan(project=project, tasks=plan.tasks, links=depends, calendars=plan.calendars)
        self._break_loops(plan)
        self._place_free_tasks(plan, task_elements)
        self._finish_dates(plan)
        self._resources(plan)
        for line in price_by_hand(plan, typed, self.path.name):
            if self.warn is not None:
                self.warn(line)
        self._baselines(plan)
        # GanttProject keeps % complete, no actual dates: a task under way has started
        # where it stands (done, finished), as a % typed in the sheet sets it
        start_tasks_under_way(plan)
        self._unpin_started(plan)
        return plan

    def _walk(self, parent: Element | None, level: int) -> Iterator[tuple[Element, int]]:
        """Every <task> under ``parent`` in file order with its outline level.

        Walked with a stack of its own: an outline thousands of levels deep
        must not exhaust Python's recursion limit.
        """
        if parent is None:
            return
        stack = [(iter(parent.findall("task")), level)]
        while stack:
            children, depth = stack[-1]
            el = next(children, None)
            if el is None:
                stack.pop()
                continue
            yield el, depth
            stack.append((iter(el.findall("task")), depth + 1))

    # ------------------------------------------------------------------ calendar

    def _calendar(self, first_year: int) -> Calendar:
        week: list[tuple[Interval, ...]] = [STANDARD_DAY] * 5 + [(), ()]
        default_week = self.root.find("calendars/day-types/default-week")
        if default_week is not None:
            week = [
                () if default_week.get(name, "0") == "1" else STANDARD_DAY for name in _WEEKDAYS
            ]
        # GanttProject's "tasks can run on weekends" (schedule all days): its weekends are
        # drawn but count no more; holidays still do
        worked = self.root.find("calendars/day-types/only-show-weekends")
        if worked is not None and worked.get("value") == "true":
            week = [STANDARD_DAY] * 7
        exceptions: list[CalendarException] = []
        for el in self.root.findall("calendars/date"):
            exceptions.append(self._holiday(el, first_year))
        return Calendar(uid=1, name="Standard", week=tuple(week), exceptions=tuple(exceptions))

    def _holiday(self, el: Element, first_year: int) -> CalendarException:
        name = (el.text or "").strip() or "Holiday"
        working = el.get("type", "HOLIDAY") == "WORKING_DAY"
        hours = STANDARD_DAY if working else ()
        try:
            month = int(self.text(el, "month"))
            day = int(self.text(el, "date"))
            year_text = el.get("year", "")
            if year_text.strip():
                one_day = date(int(year_text), month, day)
                return CalendarException(name, one_day, one_day, working, hours)
            # every year, also before the first task (a plan moved earlier, an older
            # baseline), back to the first year Gantry moves a plan to (MS Project's 1984)
            year = max(EARLIEST_START.year, first_year - _RECURRING_YEARS)
            first = date(year, month, min(day, pycal.monthrange(year, month)[1]))
        except ValueError:
            raise self.fail(el, "is not a valid day (year, month, date)") from None
        last = date(first_year + _RECURRING_YEARS, 12, 31)
        recurrence = Recurrence(RecurrenceKind.YEARLY_BY_DATE, month=month, day_of_month=day)
        return CalendarException(name, first, last, working, hours, recurrence)

    # ------------------------------------------------------------------ links

    def _links(self, plan: Plan, task_elements: list[tuple[Element, int]]) -> list[Link]:
        """The file's links, each checked on ``plan`` (which holds none yet) for what refuses
        it alone (a task depending on itself, a summary on its own subtask); loops are
        left out afterwards (:meth:`_break_loops`)."""
        per_day = plan.project.minutes_per_day
        links: list[Link] = []
        keys: set[tuple[int, int]] = set()
        for el, _level in task_elements:
            pred = self.uid(el)
            for dep in el.findall("depend"):
                succ = self.uid(dep)
                kind = _LINK_TYPES.get(dep.get("type", "2"))
                if kind is None:
                    raise self.fail(dep, f'has type="{dep.get("type")}" (expected 1 to 4)')
                if dep.get("hardness", "Strong") not in ("Strong", "Rubber"):
                    raise self.fail(
                        dep, f'has hardness="{dep.get("hardness")}" (expected Strong or Rubber)'
                    )
                if not plan.has_task(succ):
                    raise self.fail(dep, "points at a task that is not in the file")
                if (pred, succ) in keys:
                    continue
                days = self.number(dep, "difference", "0")
                lag = round(days * per_day)
                if abs(days) * 24 * 60 > LONGEST_MINUTES:  # more days than 1800-2999 has
                    raise self.fail(
                        dep,
                        f'has difference="{dep.get("difference")}" (days), longer than '
                        f"Gantry's dates run ({FIRST_YEAR} to {LAST_YEAR})",
                    )
                link = Link(pred, succ, kind, lag_minutes=lag)
                try:
                    plan.check_link(link)
                except PlanError as exc:
                    raise self.fail(
                        dep, f'of <task id="{pred - 1}"> cannot be used: {exc}'
                    ) from None
                keys.add((pred, succ))
                links.append(link)
        return links

    def _break_loops(self, plan: Plan) -> None:
        """Leave out the links that close loops, each said (app/io/gan_loops.py), as an MS
        Project XML file's are: refusing the file would leave no way to open it and fix it."""
        try:
            notes = without_gan_loops(plan, self.path.name)
        except CycleError as exc:
            raise FileFormatError(f"{self.path.name}: cannot load the plan: {exc}") from None
        if self.warn is not None:
            for line in notes:
                self.warn(line)

    def _place_free_tasks(self, plan: Plan, task_elements: list[tuple[Element, int]]) -> None:
        """Keep the stored start of tasks no strong dependency places, and GanttProject's
        "earliest begin" (thirdDate, thirdDate-constraint="1") of any task, as a start-no-
        earlier-than: the later of the two where both hold."""
        hardness: dict[int, list[str]] = {}
        earliest: dict[int, datetime] = {}
        clock = plan.project.default_start_time
        for el, _level in task_elements:
            for dep in el.findall("depend"):
                if plan.find_link(self.uid(el), self.uid(dep)) is None:  # left out: a loop
                    continue
                hardness.setdefault(self.uid(dep), []).append(dep.get("hardness", "Strong"))
            if el.get("thirdDate-constraint") == "1" and el.get("thirdDate") is not None:
                earliest[self.uid(el)] = datetime.combine(self.day(el, "thirdDate"), clock)
        for i, task in enumerate(plan.tasks):
            if plan.is_summary(task.uid):
                continue
            kinds = hardness.get(task.uid, [])
            held = [earliest[task.uid]] if task.uid in earliest else []
            if not (kinds and all(k == "Strong" for k in kinds)) and task.start is not None:
                held.append(task.start)
            if held:
                plan.tasks[i] = replace(
                    task, constraint_type=ConstraintType.SNET, constraint_date=max(held)
                )

    @staticmethod
    def _unpin_started(plan: Plan) -> None:
        """A task under way stays where it began through its actual start: the start-no-
        earlier-than that kept its stored start (_place_free_tasks) goes, so that a task
        Gantry wrote "Rubber" for its progress (gan_write) reads back as it was."""
        for i, task in enumerate(plan.tasks):
            if task.actual_start is not None and task.constraint_type is ConstraintType.SNET:
                plan.tasks[i] = replace(
                    task, constraint_type=ConstraintType.ASAP, constraint_date=None
                )

    def _finish_dates(self, plan: Plan) -> None:
        """The finish GanttProject shows: start plus the working days, in our calendar."""
        worktime = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        elements = {self.uid(el): el for el in self.root.iter("task")}
        for i, task in enumerate(plan.tasks):
            if task.start is None:
                continue
            try:
                start = worktime.next_working(task.start)
                finish = start if task.milestone else worktime.add(start, task.duration_minutes)
            except PlanError as exc:  # a date before 1800 or past 2999: say whose it is
                raise self.fail(elements[task.uid], f"cannot be placed: {exc}") from None
            plan.tasks[i] = replace(task, start=start, finish=finish)

    # ------------------------------------------------------------------ people

    def _resources(self, plan: Plan) -> None:
        roles = {
            r.get("id", ""): (r.get("name") or "").strip() for r in self.root.findall("roles/role")
        }
        vacations: dict[int, list[CalendarException]] = {}
        for el in self.root.findall("vacations/vacation"):
            uid = self.uid(el, "resourceid")
            start, end = self.day(el, "start"), self.day(el, "end")
            if end < start:
                raise self.fail(el, "ends before it starts")
            vacations.setdefault(uid, []).append(CalendarException("Vacation", start, end))
        for el in self.root.findall("resources/resource"):
            uid = self.uid(el)
            function = el.get("function", "")
            role_set, _colon, number = function.rpartition(":")
            role = (
                _DEFAULT_ROLES.get(number, "")
                if role_set in _ROLE_SETS
                else roles.get(function, "")
            )
            contacts = (el.get("contacts") or "").strip()
            phone = (el.get("phone") or "").strip()
            rate = 0.0
            for rate_el in el.findall("rate"):
                if rate_el.get("name") == "standard":
                    rate = self.number(rate_el, "value", "0") / 8
                    if not 0 <= rate <= MAX_RATE:  # a negative rate takes off the cost
                        raise self.fail(
                            el, f"has a standard rate of {rate_el.get('value')} (0 or more)"
                        )
            calendar_uid = None
            if uid in vacations:
                calendar_uid = plan.next_calendar_uid()
                plan.calendars[calendar_uid] = Calendar(
                    uid=calendar_uid,
                    name=(el.get("name") or "").strip(),
                    base_uid=1,
                    week=(None,) * 7,
                    exceptions=tuple(vacations[uid]),
                )
            if any(r.uid == uid for r in plan.resources):
                raise self.fail(el, "repeats a resource id")
            plan.resources.append(
                Resource(
                    uid=uid,
                    name=(el.get("name") or "").strip(),
                    role=role,
                    email=contacts if "@" in contacts else "",
                    standard_rate=rate,
                    # typed per day in GanttProject: shown so (1,200/d), kept per hour
                    standard_rate_unit=RateUnit.DAY,
                    calendar_uid=calendar_uid,
                    notes=f"Phone: {phone}" if phone else "",
                )
            )
        for el in self.root.findall("vacations/vacation"):  # whose days off would vanish
            if not any(r.uid == self.uid(el, "resourceid") for r in plan.resources):
                raise self.fail(el, "names a person who is not in the file")
        # GanttProject allows "Doe, Jane"; the People column would read two people.
        plan.resources = with_safe_names(plan.resources, self.path.name)
        known = {r.uid for r in plan.resources}
        for n, el in enumerate(self.root.findall("allocations/allocation"), start=1):
            task_uid = self.uid(el, "task-id")
            resource_uid = self.uid(el, "resource-id")
            if not plan.has_task(task_uid):
                raise self.fail(el, f"names task-id {task_uid - 1}, which is not in the file")
            if resource_uid not in known:
                raise self.fail(
                    el, f"names resource-id {resource_uid - 1}, which is not in the file"
                )
            units = self.number(el, "load", "100") / 100
            if not 0 <= units <= MAX_UNITS:  # -50 % is negative work and cost
                raise self.fail(
                    el, f'has load="{el.get("load")}" (expected 0 to {MAX_UNITS * 100:,.0f})'
                )
            task = plan.task(task_uid)
            plan.assignments.append(
                Assignment(
                    uid=n,
                    task_uid=task_uid,
                    resource_uid=resource_uid,
                    units=units,
                    work_minutes=round(task.duration_minutes * units),
                )
            )

    # ------------------------------------------------------------------ baselines

    def _baselines(self, plan: Plan) -> None:
        worktime = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        per_day = plan.project.minutes_per_day
        clock = plan.project.default_start_time
        groups = self.root.findall("previous/previous-tasks")[
            :BASELINE_COUNT
        ]  # the rest: gan_left_out
        for index, group in zip(_baseline_slots(groups), groups, strict=True):
            entries = []
            for el in group.findall("previous-task"):
                start = worktime.next_working(datetime.combine(self.day(el, "start"), clock))
                minutes = (
                    0
                    if el.get("meeting") == "true"
                    else round(self.number(el, "duration", "0") * per_day)
                )
                entries.append(
                    BaselineEntry(
                        task_uid=self.uid(el),
                        start=start,
                        finish=worktime.add(start, minutes) if minutes else start,
                        duration_minutes=minutes,
                    )
                )
            name = (group.get("name") or "").strip()  # "baseline A": kept as the file names it
            if name == baseline_label(index):
                name = ""  # Gantry's own "Baseline 2", back in its slot and named as MS Project's
            plan.baselines[index] = Baseline(index, None, tuple(entries), name=name)


def _baseline_slots(groups: list[Element]) -> list[int]:
    """The baseline number of each ``<previous-tasks>``: the one its name says when it is
    MS Project's (Gantry writes ``Baseline``, ``Baseline 1``..``Baseline 10``: a plan with
    only Baseline 2 came back as Baseline, its dates read under the wrong number), else the
    lowest number still free, in the file's order (GanttProject's own "baseline A")."""
    numbered = {baseline_label(i): i for i in range(BASELINE_COUNT)}
    named = [numbered.get((g.get("name") or "").strip()) for g in groups]
    taken: set[int] = set()
    for i, index in enumerate(named):
        if index is not None and index in taken:
            named[i] = None  # a second group of the same name takes a free number
        elif index is not None:
            taken.add(index)
    free = iter(i for i in range(BASELINE_COUNT) if i not in taken)
    return [next(free) if index is None else index for index in named]
