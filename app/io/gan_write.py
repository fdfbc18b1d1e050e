"""GanttProject (.gan) export: outline, dates, links, calendar, people, days off, baselines,
custom fields (as custom task properties, see app/io/gan_custom.py).

The file is what GanttProject 3 writes and what :mod:`app.io.gan` reads back.
GanttProject keeps whole days: a task is a start day and a number of working
days (at least one, but for a milestone), a lag is in days, a rate is per
day. So a plan with times of day or half-day durations is rounded to the day
on the way out; the schedule is written as Gantry computed it (summaries
too), so GanttProject draws the bars where Gantry does.

Task and resource ids are ``uid - 1`` (the reader adds one back); a plan
with a uid below 1 is numbered in outline order instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ElementTree, SubElement, indent

from app.domain.calendar import Calendar, CalendarException, RecurrenceKind
from app.domain.calendars import (
    DayResolver,
    holiday_place,
    occurrences,
    public_holidays,
    yields_to_holidays,
)
from app.domain.dates_not_kept import calendar_chain
from app.domain.link import Link, LinkType
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.task import ConstraintType
from app.domain.vacations import vacations
from app.domain.whole_days_not_kept import usual_day_minutes
from app.domain.worktime import WorkTime
from app.io.gan_costs import people_only, written_cost
from app.io.gan_custom import write_properties, write_values, write_view, written_fields
from app.io.gan_hyperlinks import ATTRIBUTE as WEB_LINK
from app.io.gan_hyperlinks import encoded
from app.io.safe_text import safe_plan

_TYPES = {LinkType.SS: "1", LinkType.FS: "2", LinkType.FF: "3", LinkType.SF: "4"}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PRIORITY_STEPS = ((200, "3"), (400, "0"), (600, "1"), (800, "2"))  # else "4" (highest)
_PROPERTIES = (
    ("tpd0", "type", "icon"),
    ("tpd1", "priority", "icon"),
    ("tpd2", "info", "icon"),
    ("tpd3", "name", "text"),
    ("tpd4", "begindate", "date"),
    ("tpd5", "enddate", "date"),
    ("tpd6", "duration", "int"),
    ("tpd7", "completion", "int"),
    ("tpd8", "coordinator", "text"),
    ("tpd9", "predecessorsr", "text"),
)
_PROJECT_MANAGER = "Project manager"  # GanttProject's role Default:1 (app/io/gan.py)
_HOURS_PER_DAY = 8  # the reader's: GanttProject rates are per day of 8 hours


def write_gan(plan: Plan, path: Path, **options: Any) -> None:
    """Write ``plan`` as a GanttProject file; ``schedule`` (optional) is the plan's schedule."""
    from app.domain.scheduler import schedule as compute

    sched: Schedule = options.get("schedule") or compute(plan)
    # pasted control characters made a file no XML reader opens (formats.not_kept says so)
    root = _GanWriter(safe_plan(plan), sched).project()
    indent(root, space="    ")
    ElementTree(root).write(Path(path), encoding="UTF-8", xml_declaration=True)


def _priority(value: int) -> str:
    return next((code for upper, code in _PRIORITY_STEPS if value < upper), "4")


def _number(value: float) -> str:
    """``2`` rather than ``2.0``; two decimals at most."""
    rounded = round(value, 2)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


class _GanWriter:
    """One pass over a plan and its schedule, building the <project> element."""

    def __init__(self, plan: Plan, sched: Schedule) -> None:
        self.plan = plan
        self.sched = sched
        self.per_day = plan.project.minutes_per_day or 480
        self._clock: WorkTime | None = None
        self._day: int | None = None
        self._follows: set[int] = set()
        self._costs: dict[int, float] | None = None
        self._function: dict[int, str] = {}  # person uid -> their role as <resource function>
        uids = [t.uid for t in plan.tasks]
        self.task_id = (
            {u: str(u - 1) for u in uids}
            if all(u >= 1 for u in uids)
            else {u: str(k) for k, u in enumerate(uids)}
        )
        people = [r.uid for r in plan.resources]
        ids = (
            {u: str(u - 1) for u in people}
            if all(u >= 1 for u in people)
            else {u: str(k) for k, u in enumerate(people)}
        )
        # GanttProject has no materials or cost items: left out, their assignments with
        # them, their cost kept in the task's cost typed by hand (app/io/gan_costs.py)
        self.person_id = {u: ids[u] for u in people_only(plan)}

    def _project_clock(self) -> WorkTime:
        """The project calendar's working time (built once), which a .gan read back runs on."""
        if self._clock is None:
            self._clock = WorkTime.for_calendar(self.plan.calendar(), self.plan.calendars)
        return self._clock

    def days(self, minutes: float) -> int:
        """Working ``minutes`` as GanttProject's whole days: days of the project calendar,
        which is what a .gan read back runs on (a plan of 7.5 h days on an 8:00-17:00
        calendar: 10d of 7.5 h span 9.4 working days, written 9, not 10)."""
        return round(minutes / self._day_minutes())

    def _day_minutes(self) -> int:
        """The working minutes of the project calendar's usual working day (the length most
        of its weekdays have); the plan's hours per day when no weekday works."""
        if self._day is None:
            self._day = usual_day_minutes(self.plan)  # as the note on whole days counts
        return self._day

    def _since_day_start(self, moment: datetime) -> int:
        """The project calendar's working minutes from the start of ``moment``'s day to it."""
        clock = self._project_clock()
        day_start = clock.next_working(datetime.combine(moment.date(), time()))
        return max(0, clock.between(day_start, moment))

    def _nearest_day(self, moment: datetime) -> datetime:
        """The start of the working day nearest ``moment`` (its own day's before the day's
        half, the next day's from it): where a .gan's day starts a date read back, a
        milestone at Friday 17:00 on Monday, as GanttProject draws it."""
        clock = self._project_clock()
        day_start = clock.next_working(datetime.combine(moment.date(), time()))
        if day_start.date() != moment.date():  # a day off: the next working day's start
            return day_start
        if 2 * clock.between(day_start, moment) < self._day_minutes():
            return day_start
        return clock.next_working(datetime.combine(moment.date() + timedelta(days=1), time()))

    def _lag_minutes(self, link: Link) -> float:
        """A link's lag in working minutes, since GanttProject keeps lags in working days
        only: a percentage lag (MS Project's FS-50%) as that share of its predecessor's
        duration; an elapsed lag (FS+3ed, FS+50e%) as the project calendar's working time
        it covers from the predecessor's date, so the successor keeps its date (Friday
        17:00 + 3ed is Monday 17:00: one working day, not nine of 8 h)."""
        times = self.sched.get(link.predecessor)
        lag: float = link.lag_minutes
        if link.lag_percent is not None:
            duration = (
                times.duration_minutes
                if times is not None
                else self.plan.task(link.predecessor).duration_minutes
            )
            lag = duration * link.lag_percent / 100
        if not link.lag_elapsed or times is None:
            return lag
        # the scheduler's anchors (app/domain/scheduling/lags): FS and FF from the finish
        anchor = times.finish if link.type in (LinkType.FS, LinkType.FF) else times.start
        landed = anchor + timedelta(minutes=round(lag))
        return self._project_clock().between(anchor, landed)

    def project(self) -> Element:
        project = self.plan.project
        root = Element(
            "project",
            {
                "name": project.name,
                "company": project.company,
                "webLink": "",
                "view-date": f"{self.sched.start:%Y-%m-%d}",
                "view-index": "0",
                "version": "3.3.3309",
                "locale": "en",
            },
        )
        SubElement(root, "description").text = project.notes or None
        fields = written_fields(self.plan)
        if fields:  # GanttProject shows a custom property only as a column of its view
            write_view(root, self.plan, fields)
        self._calendars(root)
        self._tasks(root, fields)
        roles = self._resources(root)
        self._allocations(root)
        self._vacations(root)
        self._baselines(root)
        SubElement(root, "roles", {"roleset-name": "Default"})
        custom = SubElement(root, "roles")
        for name, role_id in roles.items():
            SubElement(custom, "role", {"id": role_id, "name": name})
        return root

    # ------------------------------------------------------------------ calendar

    def _week(self, cal: Calendar) -> list[bool]:
        """Whether each weekday (Monday first) works, following base calendars."""
        calendars = self.plan.calendars
        out: list[bool] = []
        for d in range(7):
            current: Calendar | None = cal
            hours = None
            while current is not None and hours is None:
                hours = current.week[d] if d < len(current.week) else None
                base = current.base_uid
                current = calendars.get(base) if base is not None else None
            out.append(bool(hours))
        return out

    def _calendars(self, root: Element) -> None:
        cal = self.plan.calendar()
        calendars = SubElement(root, "calendars")
        types = SubElement(calendars, "day-types")
        SubElement(types, "day-type", {"id": "0"})
        SubElement(types, "day-type", {"id": "1"})
        week = {"id": "1", "name": "default"}
        works_on = self._week(cal)
        # every day worked: GanttProject's "tasks can run on weekends" (its reader's too),
        # which keeps Saturday and Sunday shaded as weekends
        every_day = all(works_on)
        for name, works in zip(_WEEKDAYS, works_on, strict=True):
            week[name] = "1" if every_day and name in ("sat", "sun") else "0" if works else "1"
        SubElement(types, "default-week", week)
        SubElement(types, "only-show-weekends", {"value": "true" if every_day else "false"})
        SubElement(types, "overriden-day-types")
        SubElement(types, "days")
        first, last = self.sched.start.year - 1, self.sched.finish.year + 1
        # its own country's or its base's; one date a day: a repeating working exception
        # gives way to a holiday, a one-off exception is written instead of it (calendars.py)
        place = holiday_place(cal, self.plan.calendars)
        holidays: dict[date, str] = {}
        for year in range(self.sched.start.year, self.sched.finish.year + 1):
            if place is not None:
                holidays.update(sorted(public_holidays(place[0], place[1], year).items()))
        for exc in cal.exceptions:
            self._exception(calendars, exc, first, last, holidays)
        one_offs = {d for e in cal.exceptions if e.recurrence is None for d in occurrences(e)}
        for day, name in holidays.items():
            if day not in one_offs:
                _date(calendars, day, name, "HOLIDAY", str(day.year))
        taken = set(holidays) | {d for e in cal.exceptions for d in _days(e, first, last)}
        self._base_exceptions(calendars, cal, first, last, taken)

    def _base_exceptions(
        self, parent: Element, cal: Calendar, first: int, last: int, taken: set[date]
    ) -> None:
        """The exceptions of ``cal``'s base calendars, which GanttProject's one calendar
        holds as its own dates: each day as Gantry resolves it (the calendar's own
        exceptions and holidays, ``taken``, win over its base's, a nearer base's over a
        farther one's, a later exception over an earlier one), so none is written twice.
        A yearly one no nearer exception touches stays yearly (year="")."""
        resolver = DayResolver(cal, self.plan.calendars)
        chain = list(calendar_chain(self.plan, cal))[1:]
        for base in chain:
            kept: dict[int, list[date]] = {}
            whole: set[int] = set()
            for k in reversed(range(len(base.exceptions))):  # the later wins
                exc = base.exceptions[k]
                days = list(_days(exc, first, last))
                kept[k] = [
                    d for d in days if d not in taken and bool(resolver.day(d)) == exc.working
                ]
                if len(kept[k]) == len(days):
                    whole.add(k)
                taken.update(days)
            for k, exc in enumerate(base.exceptions):
                if _every_year(exc, first, last) and k in whole:
                    self._exception(parent, exc, first, last, {})
                    continue
                kind = "WORKING_DAY" if exc.working else "HOLIDAY"
                for day in kept[k]:
                    _date(parent, day, exc.name, kind, str(day.year))

    def _exception(
        self,
        parent: Element,
        exc: CalendarException,
        first: int,
        last: int,
        holidays: Mapping[date, str],
    ) -> None:
        kind = "WORKING_DAY" if exc.working else "HOLIDAY"
        rec = exc.recurrence
        if rec is not None and _every_year(exc, first, last):
            SubElement(
                parent,
                "date",
                {"year": "", "month": str(rec.month), "date": str(rec.day_of_month), "type": kind},
            ).text = exc.name
            return
        for day in occurrences(exc):
            if yields_to_holidays(exc) and day in holidays:
                continue  # the holiday is written
            if rec is None:  # a day or days off of their own: each, whatever its year
                _date(parent, day, exc.name, kind, str(day.year))
            elif day.year > last:  # a pattern: over the plan's years
                break
            elif day.year >= first:
                _date(parent, day, exc.name, kind, str(day.year))

    # ------------------------------------------------------------------ tasks

    def _tasks(self, root: Element, fields: list[str]) -> None:
        """<tasks>: the properties (``fields``: the custom fields written), then the tasks."""
        tasks = SubElement(root, "tasks", {"empty-milestones": "true"})
        props = SubElement(tasks, "taskproperties")
        for pid, name, value_type in _PROPERTIES:
            SubElement(
                props,
                "taskproperty",
                {"id": pid, "name": name, "type": "default", "valuetype": value_type},
            )
        # custom fields as GanttProject's custom properties (app/io/gan_custom.py)
        custom_ids = write_properties(props, self.plan, fields)
        placed = self._placed_by_itself()
        # tasks a link places when read back (the reader starts the others on their day)
        self._follows = {lk.successor for lk in self.plan.links}
        links_out: dict[int, list[Element]] = {}
        for lk in self.plan.links:
            dep = Element(
                "depend",
                {
                    "id": self.task_id[lk.successor],
                    "type": _TYPES[lk.type],
                    "difference": str(self.days(self._lag_minutes(lk))),
                    # GanttProject's "Rubber" lets the successor start later than the link
                    # alone would: where a constraint, leveling or progress put it
                    "hardness": "Rubber" if lk.successor in placed else "Strong",
                },
            )
            links_out.setdefault(lk.predecessor, []).append(dep)
        stack: list[tuple[int, Element]] = [(0, tasks)]
        for task in self.plan.tasks:
            while stack[-1][0] >= task.outline_level:
                stack.pop()
            el = SubElement(stack[-1][1], "task", self._task_attributes(task.uid))
            for dep in links_out.get(task.uid, []):
                el.append(dep)
            if task.notes:
                SubElement(el, "notes").text = task.notes
            if task.custom:
                write_values(el, task, custom_ids, self.plan.project)
            stack.append((task.outline_level, el))

    def _placed_by_itself(self) -> set[int]:
        """Tasks whose start their links do not set alone: a date constraint, a leveling
        delay, progress (an actual start) or manual scheduling. (A split task is written
        from its start to its finish, so its successors follow it as in Gantry.)"""
        return {
            t.uid
            for t in self.plan.tasks
            if t.constraint_type is not ConstraintType.ASAP
            or t.leveling_delay_minutes
            or t.actual_start is not None
            or t.manual
        }

    def _task_attributes(self, uid: int) -> dict[str, str]:
        task = self.plan.task(uid)
        times = self.sched.get(uid)
        start = times.start if times is not None else self.plan.project.start
        minutes = times.duration_minutes if times is not None else task.duration_minutes
        summary = self.plan.is_summary(uid)
        if (task.elapsed or task.splits) and times is not None and not summary:
            # GanttProject has no elapsed time and no pauses: the working days the task
            # spans from start to finish (1ew: 5d, not 7d of 8 h = 21d; 2d split by a 3d
            # pause: 5d, not 2d), so it ends where it ended
            minutes = self._project_clock().between(times.start, times.finish)
        # A milestone in GanttProject has no length: a milestone of one day stays a day long.
        milestone = minutes == 0 and not summary
        if times is not None and not summary and uid not in self._follows:
            # read back, a task with no predecessor starts at the beginning of its day: count
            # the working time before its start too, so it ends on its day (a 9d task of
            # 7.5 h days from 9:00 spans 9 days of 8 h, not the 8.4 its work makes)
            minutes += self._since_day_start(times.start)
        days = 0 if milestone else max(1, self.days(minutes))
        if milestone and times is not None:  # at Friday 17:00: drawn on Monday by GanttProject
            start = self._nearest_day(start)
        attributes = {
            "id": self.task_id[uid],
            "name": task.name,
            "meeting": "true" if milestone else "false",
            "start": f"{start:%Y-%m-%d}",
            "duration": str(days),
            # whole, as the sheet shows it (12.5 % reads 13, 0.2 % of a task under way 1)
            "complete": str(shown_percent(task.percent_complete)),
            "priority": _priority(task.priority),
        }
        web = encoded(task.hyperlink) if task.hyperlink is not None else ""
        if web:  # GanttProject's place for it: after the priority
            attributes[WEB_LINK] = web
        attributes["expand"] = "true"
        typed = self._typed_costs().get(uid)
        if typed is not None:  # typed by hand, it replaces the people's (app/io/gan_costs.py)
            attributes["cost-manual-value"] = _number(typed)
            attributes["cost-calculated"] = "false"
        return attributes

    def _typed_costs(self) -> dict[int, float]:
        """Task uid -> the cost written as typed by hand, its whole cost (worked out once)."""
        if (
            self._costs is None
            and not any(t.fixed_cost for t in self.plan.tasks)
            and all(a.resource_uid in self.person_id for a in self.plan.assignments)
        ):
            self._costs = {}  # nothing typed by hand: no costing needed
        if self._costs is None:
            from app.domain.costs import compute_costs

            report = compute_costs(self.plan, self.sched)
            each = {uid: c.cost for uid, c in report.assignments.items()}
            self._costs = written_cost(self.plan, report.task_cost, each)
        return self._costs

    # ------------------------------------------------------------------ people

    def _resources(self, root: Element) -> dict[str, str]:
        """Write <resources>; returns the custom roles written, name -> role id."""
        resources = SubElement(root, "resources")
        roles: dict[str, str] = {}
        for res in self.plan.resources:
            if res.uid not in self.person_id:
                continue
            function = "Default:0"
            if res.role == _PROJECT_MANAGER:  # GanttProject's own role, as the reader names it
                function = "Default:1"
            elif res.role:
                function = roles.setdefault(res.role, str(len(roles)))
            self._function[res.uid] = function
            el = SubElement(
                resources,
                "resource",
                {
                    "id": self.person_id[res.uid],
                    "name": res.name,
                    "function": function,
                    "contacts": res.email,
                    "phone": _phone(res.notes),
                },
            )
            if res.standard_rate:
                SubElement(
                    el,
                    "rate",
                    {"name": "standard", "value": _number(res.standard_rate * _HOURS_PER_DAY)},
                )
        return roles

    def _allocations(self, root: Element) -> None:
        allocations = SubElement(root, "allocations")
        for a in self.plan.assignments:
            if a.task_uid not in self.task_id or a.resource_uid not in self.person_id:
                continue
            SubElement(
                allocations,
                "allocation",
                {
                    "task-id": self.task_id[a.task_uid],
                    "resource-id": self.person_id[a.resource_uid],
                    # the person's own role: Gantry keeps one role per person
                    "function": self._function.get(a.resource_uid, "Default:0"),
                    "responsible": "false",
                    "load": _number(a.units * 100),
                },
            )

    def _vacations(self, root: Element) -> None:
        out = SubElement(root, "vacations")
        project = {c.uid for c in calendar_chain(self.plan, self.plan.calendar())}
        for res in self.plan.resources:
            if res.uid not in self.person_id:
                continue
            written: set[date] = set()
            for exc in self._days_off(res.uid, project):
                days = [d for d in occurrences(exc) if d not in written]
                written.update(days)
                for first, last in _ranges(days):
                    SubElement(
                        out,
                        "vacation",
                        {
                            "start": first.isoformat(),
                            "end": last.isoformat(),
                            "resourceid": self.person_id[res.uid],
                        },
                    )

    def _days_off(self, uid: int, project: set[int]) -> list[CalendarException]:
        """The days off of a person's calendar that a .gan keeps as their vacations: their
        own calendar's and those of its base calendars down to one of the project
        calendar's chain (written as the project's dates): a shift calendar several people
        share is no one's own, yet its days off are theirs."""
        res = self.plan.resource(uid)
        cal = self.plan.calendars.get(res.calendar_uid) if res.calendar_uid is not None else None
        if cal is None:
            return [e for e in vacations(self.plan, uid) if not e.working]
        off: list[CalendarException] = []
        for each in calendar_chain(self.plan, cal):
            if each.uid in project:
                break
            off += [e for e in each.exceptions if not e.working]
        return off

    # ------------------------------------------------------------------ baselines

    def _baselines(self, root: Element) -> None:
        previous = SubElement(root, "previous")
        for index in sorted(self.plan.baselines):
            baseline = self.plan.baselines[index]
            group = SubElement(previous, "previous-tasks", {"name": baseline.label()})
            for entry in baseline.entries:
                if entry.task_uid not in self.task_id or entry.start is None:
                    continue
                minutes = entry.duration_minutes or 0
                # each end to its nearest day's start, as the task's own dates read back
                # (a part-day rounded up from its half): a baseline of the plan as it is
                # reads back with the task, no false finish variance
                start = self._nearest_day(entry.start)
                days = 0
                if minutes:
                    finish = self._nearest_day(entry.finish or entry.start)
                    days = max(1, self.days(self._project_clock().between(start, finish)))
                SubElement(
                    group,
                    "previous-task",
                    {
                        "id": self.task_id[entry.task_uid],
                        "start": f"{start:%Y-%m-%d}",
                        "duration": str(days),
                        "meeting": "true" if minutes == 0 else "false",
                        "super": "true" if self.plan.is_summary(entry.task_uid) else "false",
                    },
                )


def _phone(notes: str) -> str:
    """The phone number the reader keeps in a person's notes ("Phone: 0797..."), else ""."""
    text = notes.strip()
    return text.removeprefix("Phone: ") if text.startswith("Phone: ") and "\n" not in text else ""


def _date(parent: Element, day: date, name: str, kind: str, year: str) -> None:
    SubElement(
        parent, "date", {"year": year, "month": str(day.month), "date": str(day.day), "type": kind}
    ).text = name


def _every_year(exc: CalendarException, first: int, last: int) -> bool:
    """Whether ``exc`` is written as GanttProject's yearly date (year=""), which holds every
    year: a yearly one by date covering the years ``first`` to ``last`` (one of 2005 to 2007
    only is written as its dates, or it would be read back every year)."""
    rec = exc.recurrence
    if rec is None or rec.kind is not RecurrenceKind.YEARLY_BY_DATE or rec.period != 1:
        return False
    days = list(occurrences(exc))
    return bool(days) and days[0].year <= first and days[-1].year >= last


def _days(exc: CalendarException, first: int, last: int) -> Iterator[date]:
    """The days ``exc`` covers as the .gan writes them: a one-off's all, a pattern's from the
    year ``first`` to ``last``."""
    for day in occurrences(exc):
        if exc.recurrence is not None and day.year > last:
            return
        if exc.recurrence is None or day.year >= first:
            yield day


def _ranges(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days joined into (first, last) ranges."""
    out: list[tuple[date, date]] = []
    for day in days:
        if out and (day - out[-1][1]).days == 1:
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out
