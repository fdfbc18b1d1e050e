"""MS Project's Indicators column: what a task's row cannot show by itself, as small marks.

A note, a hyperlink, a date constraint (red when the scheduler could not keep it), a
missed deadline, a finished task, a recurring task, a split task, a
manually scheduled one, people over-allocated while it runs, a leveling
delay, a calendar of the task's own, and any other scheduling conflict. Each
mark carries the sentence its tooltip says. Shared by the task sheet (icons)
and the printed table (glyphs), so both say the same.

:class:`TaskIndicators` is built for one schedule (and its cost report); a
task's marks are worked out when first asked, in O(1) apart from the people
on it: who is over-allocated while a task runs is swept once per person, the
first time a row of theirs is asked, never per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from itertools import accumulate, compress
from operator import attrgetter, is_, itemgetter, ne

from app.domain.hyperlinks import Hyperlink
from app.domain.leveling_resume import delay_is_pause
from app.domain.overallocation import (
    Booked,
    booked_spans,
    off_hours_tasks,
    overallocated_resources,
    person_overallocations,
)
from app.domain.plan import Plan
from app.domain.plural_words import counted, joined_list, verb
from app.domain.quoting import NAME_LIMIT, clipped, quoted
from app.domain.recurrence_tasks import describe
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.risk import Risk, live
from app.domain.risk_register import risk_id
from app.domain.schedule import IssueKind, Schedule, ScheduleIssue, TaskTimes
from app.domain.splits import TaskClocks, may_be_split
from app.domain.task import ConstraintType, Task
from app.domain.task_spans import TaskSpans, task_spans
from app.domain.workload import DayCalendar, entered_tasks, inactive_tasks
from app.report.assignment_index import AssignmentIndex
from app.report.columns import CONSTRAINT_NAMES
from app.report.indicator_sweeps import EPS as _EPS
from app.report.indicator_sweeps import any_in, over_slow, uneven_people
from app.report.leveling_delay_words import leveling_delay_text as leveling_delay_text
from app.report.locale_dates import local_date


class Indicator(Enum):
    """Kinds of marks, in the order a row shows them: problems first, the note last.

    The value names the mark's icon (``resources/icons/indicator-<value>.svg``).
    """

    ISSUE = "issue"
    DEADLINE = "deadline"
    CONSTRAINT_BROKEN = "constraint-broken"
    OVERALLOCATED = "overallocated"
    RISK = "risk"
    COMPLETE = "complete"
    RECURRING = "recurring"
    CONSTRAINT = "constraint"
    MANUAL = "manual"
    SPLIT = "split"
    LEVELED = "leveled"
    CALENDAR = "calendar"
    HYPERLINK = "hyperlink"
    NOTE = "note"


# The glyph a printed table shows for each mark (text, so it needs no icon on paper).
GLYPHS: dict[Indicator, str] = {
    Indicator.ISSUE: "!",
    Indicator.DEADLINE: "◆",
    Indicator.CONSTRAINT_BROKEN: "▣",
    Indicator.OVERALLOCATED: "☻",
    Indicator.RISK: "⚑",
    Indicator.COMPLETE: "✓",
    Indicator.RECURRING: "↻",
    Indicator.CONSTRAINT: "▣",
    Indicator.MANUAL: "✎",
    Indicator.SPLIT: "⋯",
    Indicator.LEVELED: "→",
    Indicator.CALENDAR: "▦",
    Indicator.HYPERLINK: "↗",
    Indicator.NOTE: "≡",
}
# Marks that say something is wrong (red in print and on screen).
PROBLEMS = frozenset(
    {Indicator.ISSUE, Indicator.DEADLINE, Indicator.CONSTRAINT_BROKEN, Indicator.OVERALLOCATED}
)


@dataclass(frozen=True, slots=True)
class Mark:
    """One indicator of one task: its kind and the sentence its tooltip says."""

    kind: Indicator
    tip: str


# A mark's kind and what words its sentence, called only when the sentence is shown: a printed
# page draws the kinds alone (building every tooltip took 3 s of a 25k-task Usage printout).
_Found = tuple[Indicator, Callable[[], str]]


_DATELESS = (ConstraintType.ASAP, ConstraintType.ALAP)
_KEY = itemgetter(0)
_UNITS = itemgetter(1)
_TASK = attrgetter("task_uid")
_NOTE_LINES = 4  # a note's tooltip shows its first lines
_NOTE_CHARS = 300
_PEOPLE_NAMED = 3  # the over-allocation mark names this many people, then how many more
# The mark each kind of scheduling issue shows as on its task's row; a missed deadline is
# said by the row's deadline mark (with the dates), a broken constraint by its constraint mark.
ISSUE_MARKS: dict[IssueKind, Indicator] = {
    IssueKind.CONSTRAINT_BROKEN: Indicator.CONSTRAINT_BROKEN,
    IssueKind.DEADLINE: Indicator.DEADLINE,
    IssueKind.LINK_IGNORED: Indicator.ISSUE,
}


def indicator_date(moment: datetime) -> str:
    """A date as the tooltips say it, as the sheet beside them shows dates: ``Mo.
    02.03.2026`` in German, ``Mon 2026-03-02`` in the C locale (locale_dates.local_date)."""
    return local_date(moment)


def note_tip(notes: str) -> str:
    """The first lines of a note (blank lines around it left out), cut when long."""
    lines = notes.strip("\r\n").splitlines()
    text = "\n".join(lines[:_NOTE_LINES])
    if len(lines) > _NOTE_LINES or len(text) > _NOTE_CHARS:
        text = text[:_NOTE_CHARS].rstrip() + "…"
    return f"Notes: {text}"


IGNORES_TIP = "Scheduling ignores the resource calendars."


def calendar_tip(name: str) -> str:
    """The calendar mark's sentence, MS Project's: a calendar assigned to the task."""
    return f"The calendar {quoted(name, _NOTE_CHARS)} is assigned to the task."


def hyperlink_tip(link: Hyperlink) -> str:
    """A hyperlink's tooltip: its address (with the sub-address), and its text when it has
    one of its own."""
    target = clipped(link.target, _NOTE_CHARS)
    if link.text and link.text != link.target:
        return f"Hyperlink: {clipped(link.text, _NOTE_CHARS)} ({target})"
    return f"Hyperlink: {target}"


def risk_tip(risks: list[Risk]) -> str:
    """The risk mark's sentence: each risk's ID and title, one a line."""
    named = "\n".join(f"{risk_id(r.uid)} {clipped(r.title, _NOTE_CHARS)}" for r in risks)
    return f"{'Risks' if len(risks) > 1 else 'Risk'} on this task:\n{named}"


def _said(text: str) -> Callable[[], str]:
    """A sentence already written, as a mark's deferred one."""
    return lambda: text


class TaskIndicators:
    """The marks of a plan's tasks under one schedule, each task's worked out when first asked.

    ``overallocated``: uids of the people over-allocated somewhere (the cost
    report's set, made with the schedule); None works it out here. ``index``:
    the plan's assignments by task and person, when the caller keeps one.
    """

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        overallocated: Collection[int] | None = None,
        index: AssignmentIndex | None = None,
    ) -> None:
        self.plan = plan
        self.schedule = schedule
        self._over_people = overallocated
        self._marks: dict[int, tuple[Mark, ...]] = {}
        self._kinds: dict[int, tuple[Indicator, ...]] = {}  # without the sentences (kinds())
        self._issues: dict[int, list[ScheduleIssue]] | None = None
        self._index = index
        self._busy_over: dict[int, frozenset[int]] = {}  # person -> tasks in their over periods
        self._clocks: TaskClocks | None = None
        self._people: dict[int, Resource] | None = None
        self._spans: TaskSpans | None = None  # assigned tasks' spans, for the sweeps
        self._parts: dict[int, tuple[tuple[datetime, datetime], ...]] = {}  # see _parts_of
        self._off: frozenset[int] | None = None  # inactive tasks: they book nobody
        self._cals: dict[int | None, DayCalendar] = {}  # people's day calendars (_booked)
        self._entered: frozenset[int] | None = None  # tasks with actual work entered (_booked)
        self._risks: dict[int, list[Risk]] | None = None  # task -> its risks not closed

    @property
    def index(self) -> AssignmentIndex | None:
        """The assignments by task and person, once a row needed them (for the next schedule)."""
        return self._index

    def of(self, uid: int) -> tuple[Mark, ...]:
        """The marks of task ``uid`` in the order shown (none for an unknown task)."""
        found = self._marks.get(uid)
        if found is None:
            worked = self._work_out(uid) if self.plan.has_task(uid) else ()
            found = self._marks[uid] = tuple(Mark(kind, tip()) for kind, tip in worked)
        return found

    def kinds(self, uid: int) -> tuple[Indicator, ...]:
        """The kinds of task ``uid``'s marks in the order shown, their sentences left unwritten
        (what a printed page draws: the icons alone)."""
        found = self._kinds.get(uid)
        if found is None:
            marks = self._marks.get(uid)
            if marks is not None:
                found = tuple(m.kind for m in marks)
            else:
                worked = self._work_out(uid) if self.plan.has_task(uid) else ()
                found = tuple(kind for kind, _tip in worked)
            self._kinds[uid] = found
        return found

    def tooltip(self, uid: int) -> str | None:
        """Every mark's sentence, one a line (None: no mark)."""
        marks = self.of(uid)
        return "\n".join(m.tip for m in marks) if marks else None

    # ------------------------------------------------------------------ the rules

    def _work_out(self, uid: int) -> list[_Found]:
        task = self.plan.task(uid)
        times = self.schedule.get(uid)
        issues = self._issues_of(uid)
        marks: list[_Found] = []
        constraint_issues: list[str] = []
        for issue in issues:  # most tasks have none
            kind = ISSUE_MARKS[issue.kind]
            if kind is Indicator.CONSTRAINT_BROKEN:
                constraint_issues.append(issue.message)
            elif kind is Indicator.ISSUE:
                marks.append((Indicator.ISSUE, _said(issue.message)))
        deadline = self._deadline(task, times)
        if deadline is not None:
            marks.append(deadline)
        constraint = self._constraint(task, constraint_issues)
        if constraint is not None and constraint[0] is Indicator.CONSTRAINT_BROKEN:
            marks.append(constraint)
        over = self._overbooked(uid, times)
        if over:
            marks.append((Indicator.OVERALLOCATED, lambda: self._over_tip(over)))
        risks = self._risks_of(uid)
        if risks:  # the register's risks not closed that name this task
            marks.append((Indicator.RISK, lambda: risk_tip(risks)))
        done = self._complete(task, times)
        if done is not None:
            marks.append(done)
        recurrence = self.plan.recurrences.get(uid)
        if recurrence is not None:
            marks.append((Indicator.RECURRING, lambda: f"This task occurs {describe(recurrence)}"))
        if constraint is not None and constraint[0] is Indicator.CONSTRAINT:
            marks.append(constraint)
        if task.manual:
            marks.append((Indicator.MANUAL, _said("This task is manually scheduled")))
        split = self._split(task, times)
        if split is not None:
            marks.append(split)
        if task.leveling_delay_minutes > 0:
            marks.append((Indicator.LEVELED, lambda: self._leveled_tip(task)))
        calendar = self._calendar(task)
        if calendar is not None:
            marks.append(calendar)
        link = task.hyperlink
        if link is not None:  # Insert > Hyperlink: the address, a click opens it
            marks.append((Indicator.HYPERLINK, lambda: hyperlink_tip(link)))
        if task.notes.strip():
            marks.append((Indicator.NOTE, lambda: note_tip(task.notes)))
        return marks

    def _risks_of(self, uid: int) -> list[Risk]:
        """The risks not closed linked to task ``uid`` (the register swept once)."""
        found = self._risks
        if found is None:
            found = self._risks = {}
            for risk in live(self.plan.risks):
                for task_uid in risk.task_uids:
                    found.setdefault(task_uid, []).append(risk)
        return found.get(uid, [])

    def _leveled_tip(self, task: Task) -> str:
        """The leveling delay mark's sentence: how long leveling delayed the task, or paused
        its work left when it had started."""
        if self._clocks is None:
            self._clocks = TaskClocks(self.plan)
        delay = leveling_delay_text(self.plan, self.schedule, task.uid, self._clocks)
        if delay_is_pause(task):  # started: leveling split it (app.domain.leveling_resume)
            return f"Leveling split this task: its work left resumes {delay} later"
        return f"This task is delayed {delay} by leveling"

    @staticmethod
    def _deadline(task: Task, times: TaskTimes | None) -> _Found | None:
        """Missed: the task finishes after its deadline (as the scheduler reports it)."""
        deadline = task.deadline
        if deadline is None or times is None or times.finish <= deadline:
            return None
        finish = times.finish
        return (
            Indicator.DEADLINE,
            lambda: (
                f"This task finishes on {indicator_date(finish)} after its deadline "
                f"on {indicator_date(deadline)}"
            ),
        )

    @staticmethod
    def _constraint(task: Task, conflicts: list[str]) -> _Found | None:
        """A dated constraint; broken when the scheduler could not keep it (its links push
        the task past it: negative slack caused by the constraint itself)."""
        kind, when = task.constraint_type, task.constraint_date
        if kind in _DATELESS or when is None:
            return None

        def tip() -> str:
            return (
                f"This task has a '{CONSTRAINT_NAMES[kind]}' constraint on {indicator_date(when)}"
            )

        if conflicts:
            return (Indicator.CONSTRAINT_BROKEN, lambda: f"{tip()}: its links cannot meet it")
        return (Indicator.CONSTRAINT, tip)

    def _calendar(self, task: Task) -> _Found | None:
        """A calendar of the task's own (Task Information > Advanced), as MS Project's
        calendar mark says it; and that its people's calendars are left out, when they are."""
        if task.calendar_uid is None:
            return None
        calendar = self.plan.calendars.get(task.calendar_uid)
        if calendar is None:
            return None
        ignores = task.ignore_resource_calendar

        def tip() -> str:
            said = calendar_tip(calendar.name)
            return f"{said} {IGNORES_TIP}" if ignores else said

        return (Indicator.CALENDAR, tip)

    @staticmethod
    def _complete(task: Task, times: TaskTimes | None) -> _Found | None:
        """Finished: 100 % complete (a summary's rolled up), with the day it finished."""
        summary = times is not None and times.summary
        percent = times.percent_complete if summary and times is not None else task.percent_complete
        if percent < 100:
            return None
        day = task.actual_finish or (times.finish if times is not None else task.finish)
        if day is None:
            return (Indicator.COMPLETE, _said("This task is complete"))
        return (Indicator.COMPLETE, lambda: f"This task was completed on {indicator_date(day)}")

    def _split(self, task: Task, times: TaskTimes | None) -> _Found | None:
        """A task whose work is interrupted (drawn in parts, TaskClocks.parts): split, or under
        way with its work left waiting for its links; a summary never is."""
        if not may_be_split(task) or times is None or times.summary or task.milestone:
            return None
        if self._clocks is None:
            self._clocks = TaskClocks(self.plan)
        waiting = len(self._clocks.waiting_parts(task, times))  # 1: nothing done waits whole
        if waiting > 1:
            tip = f"This task is split in {waiting} parts: its work left waits for its predecessors"
            return (Indicator.SPLIT, _said(tip))
        if not task.splits:
            return None
        parts = len(self._clocks.parts(task, times)) or len(task.splits) + 1
        if parts < 2:
            return None
        return (Indicator.SPLIT, _said(f"This task is split in {parts} parts"))

    # ------------------------------------------------------------------ tables, built once

    def _issues_of(self, uid: int) -> list[ScheduleIssue]:
        if self._issues is None:
            by_task: dict[int, list[ScheduleIssue]] = {}
            for issue in self.schedule.issues:
                by_task.setdefault(issue.task_uid, []).append(issue)
            self._issues = by_task
        return self._issues.get(uid, [])

    def _people_over(self) -> Collection[int]:
        if self._over_people is None:
            self._over_people = overallocated_resources(self.plan, self.schedule)
        return self._over_people

    def _overbooked(self, uid: int, times: TaskTimes | None) -> list[int]:
        """The people on the task over-allocated while it runs (MS Project's red man), in
        the task's order, once each; none: no mark.

        Only people over-allocated somewhere are looked at; each one's periods are
        swept once, over their own assignments.
        """
        if times is None or times.summary:
            return []
        over = self._people_over()
        if not over or uid in self._inactive():
            return []
        index = self._assignments()
        found = [
            a.resource_uid
            for a in index.on_task.get(uid, ())
            if a.resource_uid in over and uid in self._tasks_over(a.resource_uid)
        ]
        return list(dict.fromkeys(found))

    def _over_tip(self, people: list[int]) -> str:
        """The over-allocation mark's sentence naming who: 'Ana and Ben on this task are
        over-allocated', the first three and how many more."""
        if self._people is None:
            self._people = {r.uid: r for r in self.plan.resources}
        names = self._people
        shown = [
            clipped(names[uid].name if uid in names else "?", NAME_LIMIT)
            for uid in people[:_PEOPLE_NAMED]
        ]
        more = len(people) - len(shown)
        if more:
            shown.append(counted(more, "other"))
        return f"{joined_list(shown)} on this task {verb(len(people))} over-allocated"

    def _assignments(self) -> AssignmentIndex:
        index = self._index
        if index is None or not index.fits(self.plan.assignments):
            index = self._index = AssignmentIndex(self.plan.assignments)
        return index

    def _tasks_over(self, person: int) -> frozenset[int]:
        """The tasks that take part in one of a person's over-allocations."""
        found = self._busy_over.get(person)
        if found is not None:
            return found
        if self._people is None:
            self._people = {r.uid: r for r in self.plan.resources}
        resource = self._people.get(person)
        tasks: set[int] = set()
        off = self._inactive()
        mine = [a for a in self._assignments().of_person.get(person, ()) if a.task_uid not in off]
        if resource is not None and resource.type is ResourceType.WORK:
            if not resource.availability and not any(
                self._parts_of(a.task_uid) or self._loose(a.task_uid) for a in mine
            ):
                kept = self._kept_sweep(person, mine, resource)
                if kept is not None:
                    found = self._busy_over[person] = kept
                    return found
            # Max units that change over time, pauses, or an assignment booking other than its
            # task's span at its units (a contour; work typed into days, a day off among them)
            # or perhaps in the person's non-working time (a manual task over a weekend):
            # the domain's sweep over what each one books, the periods the Usage view shows.
            spans: list[tuple[datetime, datetime, float, int]] = []
            for a in mine:
                spans.extend(self._booked(a))
            for period in person_overallocations(resource, spans):
                tasks.update(period.task_uids)
        found = self._busy_over[person] = frozenset(tasks)
        return found

    def _kept_sweep(
        self, person: int, mine: list[Assignment], resource: Resource
    ) -> frozenset[int] | None:
        """:meth:`_over_at`'s answer for one person, swept again only when their bookings
        changed since the last schedule: the same assignments (the very objects), each task's
        start, finish, duration and summary flag as they were, the same max units. An edit
        that moves a few tasks sweeps their people only, not everyone on the rows painted
        after it. None: an assignment of theirs books other than its task's span
        (:func:`_uneven`), for the full sweep (never kept: it reads calendars too)."""
        limit = resource.max_units + _EPS
        spans = self._spans_of(mine)
        rows = list(map(spans.row.get, map(_TASK, mine)))
        if None in rows:  # a task the schedule lacks: not worth keeping
            return (
                None if uneven_people(mine, spans) else frozenset(self._over_at(mine, limit, spans))
            )
        when = (
            limit,
            tuple(map(spans.start.__getitem__, rows)),  # type: ignore[arg-type]
            tuple(map(spans.finish.__getitem__, rows)),  # type: ignore[arg-type]
            tuple(map(spans.summary.__getitem__, rows)),  # type: ignore[arg-type]
            tuple(map(spans.duration_minutes.__getitem__, rows)),  # type: ignore[arg-type]
        )
        kept = self._assignments().swept
        last = kept.get(person)
        same = last is not None and len(last[0]) == len(mine) and last[1] == when
        if last is not None and same and all(map(is_, last[0], mine)):
            return last[2]  # kept for even bookings only: the same ones are even still
        if uneven_people(mine, spans):
            return None
        found = frozenset(self._over_at(mine, limit, spans))
        kept[person] = (mine, when, found)
        return found

    def _loose(self, uid: int) -> bool:
        """Whether task ``uid``'s span may lie in its people's non-working time (the domain's
        off_hours_tasks: manual, ignoring their calendars, elapsed, or finished with no working
        time of one of its people between its actual dates)."""
        return uid in off_hours_tasks(self.plan, (uid,))

    def _inactive(self) -> frozenset[int]:
        if self._off is None:
            self._off = inactive_tasks(self.plan)
        return self._off

    def _parts_of(self, uid: int) -> tuple[tuple[datetime, datetime], ...]:
        """Task ``uid``'s working parts when it is in parts (split, or under way with its work
        left waiting for its links: app.domain.workload.split_parts' rule), else (); read for
        the tasks of the people a row asks about, not the whole plan's (the cost report
        has read those once already this edit: 0.1 s at 10k tasks)."""
        found = self._parts.get(uid)
        if found is None:
            found = ()
            plan = self.plan
            task = plan.task(uid) if plan.has_task(uid) else None
            times = self.schedule.get(uid) if task is not None and may_be_split(task) else None
            if task is not None and times is not None:
                if self._clocks is None:
                    self._clocks = TaskClocks(plan)
                found = self._clocks.parts(task, times)
            self._parts[uid] = found
        return found

    def _spans_of(self, mine: Collection[Assignment]) -> TaskSpans:
        """When a person's tasks run. A fresh schedule hands its columns over whole; after an
        incremental update only this person's tasks are read (every assigned task's times:
        1-2 s at 100k tasks)."""
        spans = self._spans
        if spans is None:
            spans = task_spans(self.schedule, (a.task_uid for a in mine))
            if len(spans.row) > len(mine):  # the whole plan's columns: good for everyone
                self._spans = spans
        return spans

    def _over_at(
        self, mine: Collection[Assignment], limit: float, spans: TaskSpans | None = None
    ) -> set[int]:
        """The tasks running while one person's units pass ``limit``: the sweep of
        :func:`person_overallocations` over the schedule's integer moments (no datetimes), a
        summary's own people booked over its whole span at their units as the domain books them."""
        if spans is None:
            spans = self._spans_of(mine)
        row, start, finish = spans.row, spans.start, spans.finish
        events: list[tuple[int, float, int]] = []
        runs: list[tuple[int, int, int]] = []  # (start, finish, task) of each booking
        tiny = False  # a booking at (near) no units
        for a in mine:
            i = row.get(a.task_uid)
            if i is None or finish[i] <= start[i]:
                continue  # a summary's own people book its whole span (the domain's rule)
            tiny = tiny or a.units <= _EPS
            # finishes (even keys) sort before starts (odd keys) at the same moment
            events.append((start[i] * 2 + 1, a.units, a.task_uid))
            events.append((finish[i] * 2, -a.units, a.task_uid))
            runs.append((start[i], finish[i], a.task_uid))
        events.sort(key=_KEY)
        if tiny or len({r[2] for r in runs}) != len(runs):
            return over_slow(events, limit)  # a task booked twice, or at (near) no units
        # The moments, once every change at them is counted, at which the level passes the
        # limit; a task takes part when it runs at one of them (start <= moment < finish).
        levels = list(accumulate(map(_UNITS, events)))
        keys = list(map(_KEY, events))
        ends = [k >> 1 for k in keys]
        over = [
            ends[k]
            for k in compress(range(len(keys)), map(ne, ends, [*ends[1:], None]))
            if levels[k] > limit
        ]
        if not over:
            return set()
        return {task for first, last, task in runs if any_in(over, first, last)}

    def _booked(self, a: Assignment) -> list[Booked]:
        """An assignment's booked spans, as the Usage view's sweep has them (the domain's
        :func:`booked_spans`: its task's span, its working parts when split, a contour's parts,
        work typed into days, a day off worked as an OffTime)."""
        times = self.schedule.get(a.task_uid)
        if times is None:
            return []
        parts = self._parts_of(a.task_uid)  # a wait for its links is a pause too
        if self._entered is None:
            self._entered = entered_tasks(self.plan)
        split = {a.task_uid: parts} if parts else {}
        return booked_spans(self.plan, a, times, split, self._cals, self._entered)
