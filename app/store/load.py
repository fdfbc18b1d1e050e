"""Table rows -> the domain Plan (the reverse of rows.py)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.calendar import (
    Calendar,
    CalendarException,
    Interval,
    Recurrence,
    RecurrenceKind,
)
from app.domain.contours import WorkContour
from app.domain.custom_fields import CustomField, field_order, ordered
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.hyperlinks import Hyperlink
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.domain.project import Project, SymbolPosition
from app.domain.recurrence_tasks import NonWorkingOccurrence, TaskRecurrence
from app.domain.resource import (
    Assignment,
    Availability,
    RateEntry,
    RateUnit,
    Resource,
    ResourceType,
)
from app.domain.risk import Risk
from app.domain.splits import Split
from app.domain.task import ConstraintType, CostAccrual, DurationUnit, Task, TaskType
from app.store.actual_day_rows import TABLE as ACTUAL_DAYS_TABLE
from app.store.actual_day_rows import with_actual_days
from app.store.baseline_assignment_rows import PIECES_TABLE as BASELINE_PIECES_TABLE
from app.store.baseline_assignment_rows import TABLE as BASELINE_ASSIGNMENTS_TABLE
from app.store.baseline_assignment_rows import read_baseline_assignments
from app.store.convert import (
    date_in,
    dt_in,
    enum_in,
    flag,
    opt_float,
    opt_int,
    time_in,
)
from app.store.custom_rows import field_in, value_in
from app.store.delay_unit_rows import unit_in as delay_unit_in
from app.store.edited_work_rows import TABLE as EDITED_TABLE
from app.store.edited_work_rows import with_edited_work
from app.store.honor_rows import honor_in
from app.store.interim_rows import INTERIM_TABLE, INTERIM_TIMES_TABLE, read_interims
from app.store.kept_links_rows import KEPT_TABLES, read_kept
from app.store.leveling_option_rows import leveling_more_in
from app.store.material_rate_rows import rate_in
from app.store.page_setup_rows import page_setup_in
from app.store.progress_line_rows import progress_lines_in
from app.store.risk_rows import risk_from_row
from app.store.rows import WORKDAYS_KIND
from app.store.text_repair import trimmed
from app.store.view_state import VIEW_TABLES, read_view
from app.store.work_week_rows import TABLES as WORK_WEEK_TABLES
from app.store.work_week_rows import read_work_weeks

T = TypeVar("T")

# Rows fetched (and made into values) between two progress reports: some 50 ms of tasks.
_BLOCK = 1024
# The tables load_plan reads, each with how long a row takes next to a link row
# (a task row has four times the fields); the progress of a load counts in these.
_WEIGHTS = {
    "project": 1,
    "tasks": 3,
    "task_splits": 1,
    "task_recurrences": 1,
    "custom_fields": 1,
    "custom_field_values": 1,
    "task_custom": 1,
    "links": 1,
    "calendars": 1,
    "calendar_days": 1,
    "calendar_hours": 1,
    "calendar_exceptions": 1,
    "calendar_exception_hours": 1,
    **dict.fromkeys(WORK_WEEK_TABLES, 1),  # a calendar's work weeks (schema v30)
    "resources": 1,
    "resource_skills": 1,
    "resource_availability": 1,
    "resource_rates": 1,
    "assignments": 1,
    EDITED_TABLE: 1,
    ACTUAL_DAYS_TABLE: 1,  # actual work kept day by day
    "baselines": 1,
    "baseline_entries": 1,
    BASELINE_ASSIGNMENTS_TABLE: 1,  # assignment baselines (schema v41)
    BASELINE_PIECES_TABLE: 1,
    INTERIM_TABLE: 1,  # interim plans (schema v34)
    INTERIM_TIMES_TABLE: 1,  # when each was set (schema v37)
    "risks": 1,
    "risk_tasks": 1,
    **dict.fromkeys(VIEW_TABLES, 1),  # the task sheet's view (schema v20)
    **dict.fromkeys(KEPT_TABLES, 1),  # an MS Project file's link marks (schema v23)
}


class _Source:
    """The rows of the file, query by query.

    Without ``progress`` each query is fetched whole, as fast as SQLite gives
    it. With it, rows are fetched and turned into values a block at a time,
    and each block reports (weighted rows read, weighted rows in the file).
    """

    __slots__ = ("_conn", "_done", "_progress", "_total", "table")

    def __init__(self, conn: sqlite3.Connection, progress: Progress | None) -> None:
        self._conn = conn
        self._progress = progress
        self._done = 0
        self._total = 0
        self.table = "project"  # the table last queried, to name a damaged value's place
        if progress is not None:
            counts = " + ".join(f"{w} * (SELECT COUNT(*) FROM {t})" for t, w in _WEIGHTS.items())
            self._total = int(conn.execute(f"SELECT {counts}").fetchone()[0])
            report(progress, 0, self._total)

    def rows(self, sql: str) -> list[sqlite3.Row]:
        """Every row ``sql`` selects."""
        return self.each(sql, _as_is)

    def each(self, sql: str, convert: Callable[[sqlite3.Row], T]) -> list[T]:
        """``convert`` of every row ``sql`` selects (from one table, the first after FROM)."""
        cur = self._conn.execute(sql)
        self.table = sql.split(" FROM ", 1)[1].split()[0]
        progress = self._progress
        if progress is None:
            return [convert(r) for r in cur.fetchall()]
        weight = _WEIGHTS.get(self.table, 1)
        out: list[T] = []
        while block := cur.fetchmany(_BLOCK):
            out.extend(map(convert, block))
            self._done += weight * len(block)
            report(progress, min(self._done, self._total), self._total)
        return out

    def finish(self) -> None:
        """Report the load complete."""
        report(self._progress, self._total, self._total)


def _as_is(row: sqlite3.Row) -> sqlite3.Row:
    return row


def load_plan(
    conn: sqlite3.Connection,
    progress: Progress | None = None,
    notes: list[str] | None = None,
    name: str = "the plan",
) -> Plan:
    """Read every table into a new Plan (``conn.row_factory`` must be sqlite3.Row).

    ``progress`` hears how far the load is, in rows; when it answers False
    the load stops with CancelledError. A value no Gantry writes (an enum name
    it lacks, a date that is not one) is a ``sqlite3.DataError`` naming it and
    its table, as the file's other damage is a ``sqlite3.DatabaseError``.
    ``notes`` hears what a file written before today's limits held past them, cut on the
    way in (text_repair.trimmed; ``name`` names the file in them).
    """
    src = _Source(conn, progress)
    try:
        plan, cut = _load(src, name)
    except (KeyError, ValueError, TypeError) as exc:
        value = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        raise sqlite3.DataError(f"damaged value {value!r} in its {src.table} table") from exc
    if notes is not None:
        notes.extend(cut)
    return plan


def _load(src: _Source, name: str) -> tuple[Plan, list[str]]:
    rows = src.rows("SELECT * FROM project WHERE id = 1")
    project = _project(rows[0]) if rows else Project()
    fields = src.rows("SELECT * FROM custom_fields")
    if fields:
        lists = _grouped(src, "SELECT * FROM custom_field_values ORDER BY seq", "field")
        defined = (
            field_in(r["name"], r["alias"], r["restricted"], lists.get(r["name"], ()))
            for r in fields
        )
        project = replace(project, custom_fields=tuple(sorted(defined, key=_field_order)))
    tasks = _with_splits(src, src.each("SELECT * FROM tasks ORDER BY position", _task))
    tasks = _with_custom(src, tasks)
    links = src.each("SELECT * FROM links ORDER BY position", _link)
    calendars = _calendars(src)
    resources = _resources(src)
    assignments = src.each("SELECT * FROM assignments ORDER BY position", _assignment)
    assignments = with_edited_work(src.rows, assignments)  # typed period by period (v28)
    assignments = with_actual_days(src.rows, assignments)  # hours done day by day
    baselines = _baselines(src)
    interims = read_interims(src.rows)  # Start1..10/Finish1..10 (schema v34)
    risks = _risks(src)
    recurrences = dict(src.each("SELECT * FROM task_recurrences", _recurrence))
    view = read_view(src.rows)
    kept = read_kept(src.rows)  # an MS Project file's link marks (schema v23)
    src.finish()
    project, tasks, cut = trimmed(project, tasks, name)
    plan = Plan(
        project=project,
        tasks=tasks,
        links=links,
        calendars=calendars,
        resources=resources,
        assignments=assignments,
        baselines=baselines,
        interims=interims,
        risks=risks,
        recurrences=recurrences,
        view=view,
        kept_links=kept,
    )
    return plan, cut


def _recurrence(r: sqlite3.Row) -> tuple[int, TaskRecurrence]:
    """A recurring summary's uid and pattern (task_recurrences, schema v9)."""
    working_days = r["kind"] == WORKDAYS_KIND
    pattern = Recurrence(
        kind=RecurrenceKind.DAILY if working_days else enum_in(RecurrenceKind, r["kind"]),
        period=r["period"],
        weekdays=tuple(int(d) for d in str(r["weekdays"]).split(",") if d),
        day_of_month=r["day_of_month"],
        week_of_month=r["week_of_month"],
        weekday=r["weekday"],
        month=r["month"],
        occurrences=opt_int(r["occurrences"]),
    )
    rec = TaskRecurrence(
        pattern=pattern,
        start=date_in(r["start"]),
        end=None if r["end"] is None else date_in(r["end"]),
        duration_minutes=r["duration_minutes"],
        duration_unit=None
        if r["duration_unit"] is None
        else enum_in(DurationUnit, r["duration_unit"]),
        non_working=enum_in(NonWorkingOccurrence, r["non_working"]),
        working_days=working_days,
    )
    return int(r["task_uid"]), rec


def _with_splits(src: _Source, tasks: list[Task]) -> list[Task]:
    """The tasks, split ones with their pauses (task_splits, schema v7; leveling's, v16)."""
    found = _grouped(src, "SELECT * FROM task_splits ORDER BY seq", "task_uid")
    if not found:
        return tasks
    return [
        replace(
            t,
            splits=tuple(
                Split(r["after_minutes"], r["gap_minutes"], bool(r["leveling"]))
                for r in found[t.uid]
            ),
        )
        if t.uid in found
        else t
        for t in tasks
    ]


def _field_order(field: CustomField) -> int:
    return field_order(field.name)


def _with_custom(src: _Source, tasks: list[Task]) -> list[Task]:
    """The tasks, those with custom field values holding them (task_custom, schema v11)."""
    found = _grouped(src, "SELECT * FROM task_custom", "task_uid")
    if not found:
        return tasks
    return [
        replace(
            t,
            custom=ordered(
                {str(r["field"]): value_in(str(r["field"]), r["value"]) for r in found[t.uid]}
            ),
        )
        if t.uid in found
        else t
        for t in tasks
    ]


def _project(r: sqlite3.Row) -> Project:
    start = dt_in(r["start"])
    assert start is not None  # NOT NULL column
    return Project(
        name=r["name"],
        start=start,
        status_date=dt_in(r["status_date"]),
        currency=r["currency"],
        currency_symbol=r["currency_symbol"],
        currency_symbol_position=enum_in(SymbolPosition, r["currency_symbol_position"]),
        currency_digits=r["currency_digits"],
        calendar_uid=r["calendar_uid"],
        minutes_per_day=r["minutes_per_day"],
        minutes_per_week=r["minutes_per_week"],
        days_per_month=r["days_per_month"],
        default_start_time=time_in(r["default_start_time"]),
        default_finish_time=time_in(r["default_finish_time"]),
        critical_slack_limit_minutes=r["critical_slack_limit_minutes"],
        author=r["author"],
        company=r["company"],
        manager=r["manager"],
        notes=r["notes"],
        duration_unit=enum_in(DurationUnit, r["duration_unit"]),
        work_unit=enum_in(DurationUnit, r["work_unit"]),
        leveling=LevelingOptions(
            enum_in(LevelingOrder, r["leveling_order"]),
            flag(r["leveling_split_remaining"]),
            flag(r["leveling_within_slack"]),
            None if r["leveling_from"] is None else date_in(r["leveling_from"]),
            None if r["leveling_to"] is None else date_in(r["leveling_to"]),
            **leveling_more_in(r),
        ),
        new_tasks_effort_driven=flag(r["new_tasks_effort_driven"]),
        default_task_type=enum_in(TaskType, r["default_task_type"]),
        page_setup=page_setup_in(r),
        ev_baseline=r["ev_baseline"],
        ev_method=enum_in(EarnedValueMethod, r["ev_method"]),
        current_date=dt_in(r["current_date"]),
        progress_lines=progress_lines_in(r),
        honor_constraints=honor_in(r),
    )


def _task(r: sqlite3.Row) -> Task:
    return Task(
        uid=r["uid"],
        name=r["name"],
        outline_level=r["outline_level"],
        duration_minutes=r["duration_minutes"],
        elapsed=flag(r["elapsed"]),
        estimated=flag(r["estimated"]),
        milestone=flag(r["milestone"]),
        manual=flag(r["manual"]),
        active=flag(r["active"]),
        start=dt_in(r["start"]),
        finish=dt_in(r["finish"]),
        constraint_type=enum_in(ConstraintType, r["constraint_type"]),
        constraint_date=dt_in(r["constraint_date"]),
        deadline=dt_in(r["deadline"]),
        priority=r["priority"],
        percent_complete=r["percent_complete"],
        actual_start=dt_in(r["actual_start"]),
        actual_finish=dt_in(r["actual_finish"]),
        fixed_cost=r["fixed_cost"],
        fixed_cost_accrual=enum_in(CostAccrual, r["fixed_cost_accrual"]),
        task_type=enum_in(TaskType, r["task_type"]),
        effort_driven=flag(r["effort_driven"]),
        calendar_uid=opt_int(r["calendar_uid"]),
        ignore_resource_calendar=flag(r["ignore_resource_calendar"]),
        leveling_delay_minutes=r["leveling_delay_minutes"],
        notes=r["notes"],
        duration_unit=None
        if r["duration_unit"] is None
        else enum_in(DurationUnit, r["duration_unit"]),
        hyperlink=_hyperlink(r),
        wbs=str(r["wbs"]),
        physical_percent_complete=r["physical_percent_complete"],
        ev_method=None if r["ev_method"] is None else enum_in(EarnedValueMethod, r["ev_method"]),
        level_assignments=flag(r["level_assignments"]),
        page_break=flag(r["page_break"]),
    )


def _hyperlink(r: sqlite3.Row) -> Hyperlink | None:
    """A task row's hyperlink (schema v15), None when its three columns are empty."""
    text, address, sub = r["hyperlink_text"], r["hyperlink_address"], r["hyperlink_sub_address"]
    if not (text or address or sub):
        return None
    return Hyperlink(str(text), str(address), str(sub))


def _link(r: sqlite3.Row) -> Link:
    return Link(
        predecessor=r["predecessor"],
        successor=r["successor"],
        type=enum_in(LinkType, r["type"]),
        lag_minutes=r["lag_minutes"],
        lag_percent=opt_float(r["lag_percent"]),
        lag_elapsed=flag(r["lag_elapsed"]),
        lag_unit=None if r["lag_unit"] is None else enum_in(DurationUnit, r["lag_unit"]),
    )


def _grouped(src: _Source, sql: str, *key: str) -> dict[Any, list[sqlite3.Row]]:
    out: dict[Any, list[sqlite3.Row]] = defaultdict(list)
    for r in src.rows(sql):
        out[tuple(r[k] for k in key) if len(key) > 1 else r[key[0]]].append(r)
    return out


def _calendars(src: _Source) -> dict[int, Calendar]:
    days = _grouped(src, "SELECT * FROM calendar_days ORDER BY weekday", "calendar_uid")
    hours = _grouped(src, "SELECT * FROM calendar_hours ORDER BY seq", "calendar_uid", "weekday")
    excs = _grouped(src, "SELECT * FROM calendar_exceptions ORDER BY seq", "calendar_uid")
    exc_hours = _grouped(
        src,
        "SELECT * FROM calendar_exception_hours ORDER BY seq",
        "calendar_uid",
        "exception_seq",
    )
    weeks = read_work_weeks(src.rows)  # schema v30
    out: dict[int, Calendar] = {}
    for r in src.rows("SELECT * FROM calendars ORDER BY position"):
        uid = r["uid"]
        week: list[tuple[Interval, ...] | None] = []
        for d in days.get(uid, []):
            if d["inherited"]:
                week.append(None)
            else:
                week.append(
                    tuple(
                        (h["from_minute"], h["to_minute"])
                        for h in hours.get((uid, d["weekday"]), [])
                    )
                )
        exceptions = tuple(
            _exception(e, exc_hours.get((uid, e["seq"]), [])) for e in excs.get(uid, [])
        )
        out[uid] = Calendar(
            uid=uid,
            name=r["name"],
            base_uid=opt_int(r["base_uid"]),
            week=tuple(week),
            exceptions=exceptions,
            work_weeks=weeks.get(uid, ()),
            holiday_country=r["holiday_country"],
            holiday_subdivision=r["holiday_subdivision"],
            no_public_holidays=bool(r["no_public_holidays"]),
        )
    return out


def _exception(e: sqlite3.Row, hours: list[sqlite3.Row]) -> CalendarException:
    recurrence = None
    if e["recurrence"] is not None:
        weekdays = str(e["weekdays"] or "")
        recurrence = Recurrence(
            kind=enum_in(RecurrenceKind, e["recurrence"]),
            period=e["period"],
            weekdays=tuple(int(d) for d in weekdays.split(",") if d),
            day_of_month=e["day_of_month"],
            week_of_month=e["week_of_month"],
            weekday=e["weekday"],
            month=e["month"],
            occurrences=opt_int(e["occurrences"]),
        )
    return CalendarException(
        name=e["name"],
        start=date_in(e["start"]),
        end=date_in(e["end"]),
        working=flag(e["working"]),
        intervals=tuple((h["from_minute"], h["to_minute"]) for h in hours),
        recurrence=recurrence,
    )


def _resources(src: _Source) -> list[Resource]:
    skills = _grouped(src, "SELECT * FROM resource_skills ORDER BY seq", "resource_uid")
    avail = _grouped(src, "SELECT * FROM resource_availability ORDER BY seq", "resource_uid")
    rates = _grouped(src, "SELECT * FROM resource_rates ORDER BY table_index, seq", "resource_uid")
    out: list[Resource] = []
    for r in src.rows("SELECT * FROM resources ORDER BY position"):
        uid = r["uid"]
        tables: list[list[RateEntry]] = [[] for _ in range(r["rate_table_count"])]
        for rate in rates.get(uid, []):
            while len(tables) <= rate["table_index"]:
                tables.append([])
            tables[rate["table_index"]].append(
                RateEntry(
                    start=dt_in(rate["start"]),
                    standard_rate=rate["standard_rate"],
                    overtime_rate=rate["overtime_rate"],
                    cost_per_use=rate["cost_per_use"],
                    standard_rate_unit=enum_in(RateUnit, rate["standard_rate_unit"]),
                    overtime_rate_unit=enum_in(RateUnit, rate["overtime_rate_unit"]),
                )
            )
        out.append(
            Resource(
                uid=uid,
                name=r["name"],
                type=enum_in(ResourceType, r["type"]),
                initials=r["initials"],
                role=r["role"],
                email=r["email"],
                skills=tuple(s["skill"] for s in skills.get(uid, [])),
                max_units=r["max_units"],
                standard_rate=r["standard_rate"],
                overtime_rate=r["overtime_rate"],
                cost_per_use=r["cost_per_use"],
                accrue_at=enum_in(CostAccrual, r["accrue_at"]),
                material_label=r["material_label"],
                calendar_uid=opt_int(r["calendar_uid"]),
                availability=tuple(
                    Availability(dt_in(a["start"]), dt_in(a["finish"]), a["units"])
                    for a in avail.get(uid, [])
                ),
                rate_tables=tuple(tuple(t) for t in tables),
                notes=r["notes"],
                can_level=flag(r["can_level"]),
                standard_rate_unit=enum_in(RateUnit, r["standard_rate_unit"]),
                overtime_rate_unit=enum_in(RateUnit, r["overtime_rate_unit"]),
                is_budget=flag(r["is_budget"]),
                budget_cost=r["budget_cost"],
                budget_work_minutes=r["budget_work_minutes"],
            )
        )
    return out


def _assignment(r: sqlite3.Row) -> Assignment:
    rate, scale = rate_in(r["material_rate"], r["rate_scale"])  # Concrete[12 m³/d]
    return Assignment(
        uid=r["uid"],
        task_uid=r["task_uid"],
        resource_uid=r["resource_uid"],
        units=r["units"],
        material_rate=rate,
        rate_scale=scale,
        work_minutes=r["work_minutes"],
        actual_work_minutes=r["actual_work_minutes"],
        overtime_work_minutes=r["overtime_work_minutes"],
        cost=r["cost"],
        rate_table=r["rate_table"],
        actual_overtime_work_minutes=r["actual_overtime_work_minutes"],
        contour=enum_in(WorkContour, r["contour"]),
        notes=r["notes"],
        delay_minutes=max(0, int(r["delay_minutes"] or 0)),
        delay_elapsed=bool(r["delay_elapsed"]),
        leveling_delay_minutes=max(0, int(r["leveling_delay_minutes"] or 0)),
        delay_unit=delay_unit_in(r),
    )


def _baselines(src: _Source) -> dict[int, Baseline]:
    entries = _grouped(src, "SELECT * FROM baseline_entries ORDER BY seq", "baseline_idx")
    people = read_baseline_assignments(src.rows)  # assignment baselines (schema v41)
    out: dict[int, Baseline] = {}
    for r in src.rows("SELECT * FROM baselines ORDER BY idx"):
        out[r["idx"]] = Baseline(
            index=r["idx"],
            saved_at=dt_in(r["saved_at"]),
            name=r["name"],
            entries=tuple(
                BaselineEntry(
                    task_uid=e["task_uid"],
                    start=dt_in(e["start"]),
                    finish=dt_in(e["finish"]),
                    duration_minutes=e["duration_minutes"],
                    work_minutes=e["work_minutes"],
                    cost=e["cost"],
                    fixed_cost=e["fixed_cost"],
                    fixed_cost_accrual=_saved_accrual(e["fixed_cost_accrual"]),
                )
                for e in entries.get(r["idx"], [])
            ),
            assignments=people.get(r["idx"], ()),
        )
    return out


def _saved_accrual(name: str | None) -> CostAccrual | None:
    """A baseline entry's Fixed Cost Accrual (None: not saved, or a name this version does
    not know: the task's accrual now is used, as for an older file)."""
    if name is None:
        return None
    try:
        return CostAccrual[name]
    except KeyError:
        return None


def _risks(src: _Source) -> list[Risk]:
    links = _grouped(src, "SELECT * FROM risk_tasks ORDER BY seq", "risk_uid")
    return [
        risk_from_row(r, tuple(t["task_uid"] for t in links.get(r["uid"], [])))
        for r in src.rows("SELECT * FROM risks ORDER BY position")
    ]
