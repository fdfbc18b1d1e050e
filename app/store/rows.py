"""Domain values -> table rows (one dict per row, keys are column names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.baseline import Baseline
from app.domain.calendar import Calendar
from app.domain.link import Link
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.store.convert import date_out, dt_out, time_out
from app.store.delay_unit_rows import unit_out as delay_unit_out
from app.store.honor_rows import honor_row
from app.store.leveling_option_rows import leveling_more_row
from app.store.page_setup_rows import page_setup_row
from app.store.progress_line_rows import progress_lines_row
from app.store.work_week_rows import work_week_rows

Row = dict[str, Any]


@dataclass
class RowSet:
    """Rows for several tables that together store one domain value."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> None:
        """Queue one row for ``table``."""
        self.tables.setdefault(table, []).append(row)


def project_row(p: Project) -> Row:
    """The single row of the project table."""
    return {
        "id": 1,
        "name": p.name,
        "start": dt_out(p.start),
        "status_date": dt_out(p.status_date),
        "currency": p.currency,
        "currency_symbol": p.currency_symbol,
        "calendar_uid": p.calendar_uid,
        "minutes_per_day": p.minutes_per_day,
        "minutes_per_week": p.minutes_per_week,
        "days_per_month": p.days_per_month,
        "default_start_time": time_out(p.default_start_time),
        "default_finish_time": time_out(p.default_finish_time),
        "critical_slack_limit_minutes": p.critical_slack_limit_minutes,
        "author": p.author,
        "company": p.company,
        "manager": p.manager,
        "notes": p.notes,
        "currency_symbol_position": p.currency_symbol_position.name,
        "currency_digits": p.currency_digits,
        "duration_unit": p.duration_unit.name,
        "work_unit": p.work_unit.name,
        "leveling_order": p.leveling.order.name,
        "leveling_split_remaining": int(p.leveling.split_remaining),
        "leveling_within_slack": int(p.leveling.within_slack),
        "leveling_from": None if p.leveling.level_from is None else date_out(p.leveling.level_from),
        "leveling_to": None if p.leveling.level_to is None else date_out(p.leveling.level_to),
        **leveling_more_row(p.leveling),
        "new_tasks_effort_driven": int(p.new_tasks_effort_driven),
        "default_task_type": p.default_task_type.name,
        "ev_baseline": p.ev_baseline,
        "ev_method": p.ev_method.name,
        "current_date": dt_out(p.current_date),
        **page_setup_row(p.page_setup),
        **progress_lines_row(p.progress_lines),
        **honor_row(p),
    }


# task_recurrences.kind of a daily pattern counting working days (TaskRecurrence.working_days)
WORKDAYS_KIND = "DAILY_WORKDAYS"


def recurrence_row(uid: int, rec: TaskRecurrence) -> Row:
    """The pattern of the recurring summary ``uid`` (schema v9)."""
    p = rec.pattern
    return {
        "task_uid": uid,
        # "every weekday" is a kind of its own in the file (DAILY_WORKDAYS): no schema change
        "kind": WORKDAYS_KIND if rec.working_days else p.kind.name,
        "period": p.period,
        "weekdays": ",".join(str(d) for d in p.weekdays),
        "day_of_month": p.day_of_month,
        "week_of_month": p.week_of_month,
        "weekday": p.weekday,
        "month": p.month,
        "occurrences": p.occurrences,
        "start": date_out(rec.start),
        "end": None if rec.end is None else date_out(rec.end),
        "duration_minutes": rec.duration_minutes,
        "duration_unit": None if rec.duration_unit is None else rec.duration_unit.name,
        "non_working": rec.non_working.name,
    }


def task_row(t: Task, position: int) -> Row:
    """One task at its row in the outline."""
    link = t.hyperlink
    return {
        "uid": t.uid,
        "position": position,
        "outline_level": t.outline_level,
        "name": t.name,
        "duration_minutes": t.duration_minutes,
        "elapsed": int(t.elapsed),
        "estimated": int(t.estimated),
        "milestone": int(t.milestone),
        "manual": int(t.manual),
        "active": int(t.active),
        "start": dt_out(t.start),
        "finish": dt_out(t.finish),
        "constraint_type": t.constraint_type.name,
        "constraint_date": dt_out(t.constraint_date),
        "deadline": dt_out(t.deadline),
        "priority": t.priority,
        "percent_complete": t.percent_complete,
        "actual_start": dt_out(t.actual_start),
        "actual_finish": dt_out(t.actual_finish),
        "fixed_cost": t.fixed_cost,
        "fixed_cost_accrual": t.fixed_cost_accrual.name,
        "task_type": t.task_type.name,
        "effort_driven": int(t.effort_driven),
        "calendar_uid": t.calendar_uid,
        "ignore_resource_calendar": int(t.ignore_resource_calendar),
        "leveling_delay_minutes": t.leveling_delay_minutes,
        "notes": t.notes,
        "duration_unit": None if t.duration_unit is None else t.duration_unit.name,
        "hyperlink_text": "" if link is None else link.text,
        "hyperlink_address": "" if link is None else link.address,
        "hyperlink_sub_address": "" if link is None else link.sub_address,
        "wbs": t.wbs,
        "physical_percent_complete": t.physical_percent_complete,
        "ev_method": None if t.ev_method is None else t.ev_method.name,
        "level_assignments": int(t.level_assignments),
        "page_break": int(t.page_break),
    }


def split_rows(t: Task) -> list[Row]:
    """A split task's pauses, in order (none for an unsplit task)."""
    return [
        {
            "task_uid": t.uid,
            "seq": seq,
            "after_minutes": s.after_minutes,
            "gap_minutes": s.gap_minutes,
            "leveling": int(s.leveling),
        }
        for seq, s in enumerate(t.splits)
    ]


def link_row(lk: Link, position: int) -> Row:
    """One dependency."""
    return {
        "predecessor": lk.predecessor,
        "successor": lk.successor,
        "position": position,
        "type": lk.type.name,
        "lag_minutes": lk.lag_minutes,
        "lag_percent": lk.lag_percent,
        "lag_elapsed": int(lk.lag_elapsed),
        "lag_unit": None if lk.lag_unit is None else lk.lag_unit.name,
    }


def calendar_rows(c: Calendar, position: int) -> RowSet:
    """A calendar with its week pattern, hours, exceptions and work weeks."""
    out = RowSet()
    out.add(
        "calendars",
        {
            "uid": c.uid,
            "position": position,
            "name": c.name,
            "base_uid": c.base_uid,
            "holiday_country": c.holiday_country,
            "holiday_subdivision": c.holiday_subdivision,
            "no_public_holidays": int(c.no_public_holidays),
        },
    )
    for weekday, day in enumerate(c.week):
        out.add(
            "calendar_days",
            {"calendar_uid": c.uid, "weekday": weekday, "inherited": int(day is None)},
        )
        for seq, (a, b) in enumerate(day or ()):
            out.add(
                "calendar_hours",
                {
                    "calendar_uid": c.uid,
                    "weekday": weekday,
                    "seq": seq,
                    "from_minute": a,
                    "to_minute": b,
                },
            )
    for seq, exc in enumerate(c.exceptions):
        rec = exc.recurrence
        out.add(
            "calendar_exceptions",
            {
                "calendar_uid": c.uid,
                "seq": seq,
                "name": exc.name,
                "start": date_out(exc.start),
                "end": date_out(exc.end),
                "working": int(exc.working),
                "recurrence": None if rec is None else rec.kind.name,
                "period": None if rec is None else rec.period,
                "weekdays": None if rec is None else ",".join(str(d) for d in rec.weekdays),
                "day_of_month": None if rec is None else rec.day_of_month,
                "week_of_month": None if rec is None else rec.week_of_month,
                "weekday": None if rec is None else rec.weekday,
                "month": None if rec is None else rec.month,
                "occurrences": None if rec is None else rec.occurrences,
            },
        )
        for hseq, (a, b) in enumerate(exc.intervals):
            out.add(
                "calendar_exception_hours",
                {
                    "calendar_uid": c.uid,
                    "exception_seq": seq,
                    "seq": hseq,
                    "from_minute": a,
                    "to_minute": b,
                },
            )
    for table, row in work_week_rows(c.uid, c.work_weeks):
        out.add(table, row)
    return out


def resource_rows(r: Resource, position: int) -> RowSet:
    """A resource with its skills, availability and rate tables."""
    out = RowSet()
    out.add(
        "resources",
        {
            "uid": r.uid,
            "position": position,
            "name": r.name,
            "type": r.type.name,
            "initials": r.initials,
            "role": r.role,
            "email": r.email,
            "max_units": r.max_units,
            "standard_rate": r.standard_rate,
            "overtime_rate": r.overtime_rate,
            "cost_per_use": r.cost_per_use,
            "accrue_at": r.accrue_at.name,
            "material_label": r.material_label,
            "calendar_uid": r.calendar_uid,
            "notes": r.notes,
            "rate_table_count": len(r.rate_tables),
            "can_level": int(r.can_level),
            "standard_rate_unit": r.standard_rate_unit.name,
            "overtime_rate_unit": r.overtime_rate_unit.name,
            "is_budget": int(r.is_budget),
            "budget_cost": r.budget_cost,
            "budget_work_minutes": r.budget_work_minutes,
        },
    )
    for seq, skill in enumerate(r.skills):
        out.add("resource_skills", {"resource_uid": r.uid, "seq": seq, "skill": skill})
    for seq, av in enumerate(r.availability):
        out.add(
            "resource_availability",
            {
                "resource_uid": r.uid,
                "seq": seq,
                "start": dt_out(av.start),
                "finish": dt_out(av.finish),
                "units": av.units,
            },
        )
    for table_index, table in enumerate(r.rate_tables):
        for seq, entry in enumerate(table):
            out.add(
                "resource_rates",
                {
                    "resource_uid": r.uid,
                    "table_index": table_index,
                    "seq": seq,
                    "start": dt_out(entry.start),
                    "standard_rate": entry.standard_rate,
                    "overtime_rate": entry.overtime_rate,
                    "cost_per_use": entry.cost_per_use,
                    "standard_rate_unit": entry.standard_rate_unit.name,
                    "overtime_rate_unit": entry.overtime_rate_unit.name,
                },
            )
    return out


def assignment_row(a: Assignment, position: int) -> Row:
    """One assignment of a resource to a task."""
    return {
        "uid": a.uid,
        "position": position,
        "task_uid": a.task_uid,
        "resource_uid": a.resource_uid,
        "units": a.units,
        "material_rate": a.material_rate,  # Concrete[12 m³/d] (material_rate_rows.py)
        "rate_scale": a.rate_scale,
        "work_minutes": a.work_minutes,
        "actual_work_minutes": a.actual_work_minutes,
        "overtime_work_minutes": a.overtime_work_minutes,
        "cost": a.cost,
        "rate_table": a.rate_table,
        "actual_overtime_work_minutes": a.actual_overtime_work_minutes,
        "contour": a.contour.name,
        "notes": a.notes,
        "delay_minutes": a.delay_minutes,
        "delay_elapsed": int(a.delay_elapsed),
        "leveling_delay_minutes": a.leveling_delay_minutes,
        "delay_unit": delay_unit_out(a),  # 1w stays 1w (delay_unit_rows.py)
    }


def baseline_rows(b: Baseline) -> RowSet:
    """A baseline with one entry per task."""
    out = RowSet()
    out.add("baselines", {"idx": b.index, "saved_at": dt_out(b.saved_at), "name": b.name})
    if not b.entries:
        return out
    # Tasks share most of their moments: each is written as text once (Set Baseline at
    # 100k tasks spent ~0.5 s of its ~1.8 s in isoformat).
    text = MomentTexts()
    out.tables["baseline_entries"] = [
        baseline_entry_row(b, seq, text) for seq in range(len(b.entries))
    ]
    return out


def baseline_entry_row(b: Baseline, seq: int, text: MomentTexts | None = None) -> Row:
    """The ``baseline_entries`` row of entry ``seq`` of baseline ``b`` (``text``: the
    moments' texts worked out so far, shared by the rows of one write)."""
    e = b.entries[seq]
    text = MomentTexts() if text is None else text
    return {
        "baseline_idx": b.index,
        "seq": seq,
        "task_uid": e.task_uid,
        "start": text[e.start],
        "finish": text[e.finish],
        "duration_minutes": e.duration_minutes,
        "work_minutes": e.work_minutes,
        "cost": e.cost,
        "fixed_cost": e.fixed_cost,
        "fixed_cost_accrual": None if e.fixed_cost_accrual is None else e.fixed_cost_accrual.name,
    }


class MomentTexts(dict[Any, str | None]):
    """:func:`dt_out` of each moment, worked out once."""

    def __missing__(self, moment: Any) -> str | None:
        found = self[moment] = dt_out(moment)
        return found


def risk_rows(r: Risk, position: int) -> RowSet:
    """A risk with the tasks it is linked to."""
    out = RowSet()
    out.add(
        "risks",
        {
            "uid": r.uid,
            "position": position,
            "title": r.title,
            "probability": r.probability,
            "impact": r.impact,
            "owner": r.owner,
            "mitigation": r.mitigation,
            "contingency": r.contingency,
            "status": r.status.name,
            "description": r.description,
            "category": r.category,
            "response": None if r.response is None else r.response.name,
            "raised": None if r.raised is None else r.raised.isoformat(),
            "next_review": None if r.next_review is None else r.next_review.isoformat(),
            "closed_on": None if r.closed_on is None else r.closed_on.isoformat(),
            "residual_probability": r.residual_probability,
            "residual_impact": r.residual_impact,
            "trigger": r.trigger,
            "trigger_date": None if r.trigger_date is None else r.trigger_date.isoformat(),
        },
    )
    for seq, task_uid in enumerate(r.task_uids):
        out.add("risk_tasks", {"risk_uid": r.uid, "seq": seq, "task_uid": task_uid})
    return out
