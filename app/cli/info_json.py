"""The object ``gantry info FILE --json`` prints: what the text lines tell, for a script.

In ``gantry schedule --json``'s style (DESIGN.md, "Command line"): dates ISO 8601 local
(``YYYY-MM-DDTHH:MM:SS``), lengths in working minutes (``*_minutes``), money as numbers in
the project's currency rounded to the cent, ``null`` where the text says "none", "no
baseline" or "not in this workbook". Keys may be added; none is renamed.

- ``file``, ``file_kind`` (:func:`app.cli.info_facts.file_kind`), ``left_out`` (what a
  workbook Gantry wrote says it left out, what one read without its round-trip data
  does not recover: calendars, baselines, constraints..., and what a reader's notes say it
  left out of any other file, as a refusal to write it in place names them
  (app/io/left_out.py): "3 resource codes"; ``[]``: nothing);
- ``project``: ``name``, ``manager`` (``null``: none), ``start``, ``finish``;
- ``status_date`` (``null``: none set), ``percent_complete`` (as shown, whole),
  ``baseline_finish`` and ``finish_variance_minutes`` (positive: later than Baseline 0);
- ``counts``: ``tasks``, ``summaries``, ``milestones``, ``links``, ``people``, ``risks``
  (``null`` for a workbook written without them), ``baselines``, ``critical_tasks``
  (``critical_with_summaries``: as View > Filter > Critical counts), ``scheduling_issues``,
  ``deadlines_set``, ``deadlines_missed``;
- ``baselines`` (their names), ``over_allocated`` (people's names);
- ``interim_plans``: each set, ``number``, ``name`` ("Start1/Finish1"), ``saved_at`` (``null``:
  not known) and ``tasks`` (app/cli/info_interims.py);
- ``currency`` (ISO 4217 code; "" when the file names none), ``cost``, ``budget``
  (Baseline 0's cost: ``null`` without one, or one saved without cost; the text's
  "Baseline cost"), ``budget_cost`` (the budget resources' Budget Cost, MS Project's "budget":
  ``null`` without a cost budget resource), ``budget_resources`` (their names), ``actual_cost``
  (to the status date), ``work_minutes`` (people's work); ``cost``, ``budget`` and
  ``actual_cost`` are ``null`` when the file does not tell its money, and a note says why;
- ``earned_value``: ``cpi``, ``spi`` (``null``: n/a), ``eac``, ``vac``, ``baseline``,
  ``measured_at``, as the text's line (``null`` without a baseline holding cost);
- ``notes``: every note the read said on stderr (what the file left out...), then why a
  figure is ``null``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.cli.info_budget import budget_cost_json
from app.cli.info_facts import (
    costs_unknown,
    file_kind,
    left_out,
    not_recovered,
    risks_left_out,
)
from app.cli.info_interims import interims_json
from app.cli.schedule_json import iso
from app.domain.costs import CostReport
from app.domain.earned_value import actual_to_date, earned_value, project_earned_value
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.schedule import Schedule
from app.domain.status_deadlines import deadline_lines
from app.domain.status_report import baseline_finish, finish_variance, project_percent_complete
from app.domain.workload import DayCalendar
from app.io.left_out import lost_parts


@dataclass(frozen=True, slots=True)
class InfoRead:
    """A plan as ``gantry info`` read it: the file, what its read said, the figures."""

    path: Path
    plan: Plan
    result: Schedule
    costs: CostReport
    notes: tuple[str, ...]


def info_to_json_data(read: InfoRead) -> dict[str, Any]:
    """``gantry info``'s lines as one JSON-ready object (the module's docstring)."""
    plan, result, costs = read.plan, read.result, read.costs
    project = plan.project
    cal = DayCalendar(plan, None)
    planned = baseline_finish(plan)
    unknown = costs_unknown(read.path, costs)
    at = measured_at(project, datetime.now())  # the status date, else Current Date, else now
    values = earned_value(plan, result, costs, at)
    notes = list(read.notes)
    lost = lost_parts(notes, read.path.name)
    if unknown:
        notes.append(f"cost, budget and actual_cost: {unknown}")
    counts = _counts(plan, result, cal)
    if risks_left_out(read.path):
        counts["risks"] = None
        notes.append("counts.risks: not in this workbook: it was written without the risks")
    return {
        "file": str(read.path),
        "file_kind": file_kind(read.path),
        # a workbook without its round-trip data: what its read says it did not recover
        # and any file's: what the reader's notes say it left out (a client's .xml)
        "left_out": list(dict.fromkeys([*left_out(read.path), *not_recovered(read.notes), *lost])),
        "project": {
            "name": project.name,
            "manager": project.manager or None,
            "start": iso(result.start),
            "finish": iso(result.finish),
            # "Tasks will always honor their constraint dates" (False: the links win)
            "honor_constraints": project.honor_constraints,
        },
        "status_date": iso(project.status_date),
        "percent_complete": float(shown_percent(project_percent_complete(plan, result))),
        "baseline_finish": iso(planned),
        "finish_variance_minutes": finish_variance(cal, result.finish, planned),
        "counts": counts,
        "baselines": [plan.baselines[i].label() for i in sorted(plan.baselines)],
        "interim_plans": interims_json(plan),  # number, name, saved_at, tasks
        "over_allocated": [r.name for r in plan.resources if r.uid in costs.overallocated],
        "currency": project.currency,
        "cost": None if unknown else _money(costs.total_cost),
        "budget": None if unknown else _budget(plan, costs),
        **budget_cost_json(plan),
        "actual_cost": None if unknown else _money(actual_to_date(plan, costs, values)),
        "work_minutes": costs.total_work_minutes,
        "earned_value": None if unknown else _earned_value(plan, costs, values, at),
        "notes": notes,
    }


def _counts(plan: Plan, result: Schedule, cal: DayCalendar) -> dict[str, int | None]:
    critical = len(result.critical_uids())
    return {
        "tasks": len(plan.tasks),
        "summaries": sum(1 for t in plan.tasks if plan.is_summary(t.uid)),
        "milestones": sum(1 for t in plan.tasks if t.milestone),
        "links": len(plan.links),
        "people": sum(1 for r in plan.resources if r.type.name == "WORK"),
        "risks": len(plan.risks),
        "baselines": len(plan.baselines),
        "critical_tasks": critical,
        "critical_with_summaries": len(
            matching_uids(plan, result, TaskFilter(FilterKind.CRITICAL))
        ),
        "scheduling_issues": len(result.issues),
        "deadlines_set": sum(1 for t in plan.tasks if t.deadline is not None and t.active),
        "deadlines_missed": len(deadline_lines(plan, result, cal)),
    }


def _money(amount: float) -> float:
    return round(amount, 2)


def _budget(plan: Plan, costs: CostReport) -> float | None:
    """Baseline 0's cost; None without one, or when it holds cost on no task (saved with
    dates only: "no baseline cost" in the text)."""
    base = plan.baselines.get(0)
    if costs.budget is None or base is None or all(e.cost == 0 for e in base.entries):
        return None
    return _money(costs.budget)


def _earned_value(
    plan: Plan, costs: CostReport, values: dict[int, Any], at: datetime
) -> dict[str, Any] | None:
    """CPI, SPI, EAC and VAC against baseline 0 at ``at``, as the text's Earned value line."""
    if _budget(plan, costs) is None:
        return None
    totals = project_earned_value(plan, values)
    return {
        "cpi": None if totals.cpi is None else round(totals.cpi, 2),
        "spi": None if totals.spi is None else round(totals.spi, 2),
        "eac": _money(totals.eac),
        "vac": _money(totals.vac),
        "baseline": plan.baselines[0].label(),
        "measured_at": iso(at),
    }
