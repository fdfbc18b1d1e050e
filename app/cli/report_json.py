"""The object ``gantry report --json`` prints: what the status report's first page says.

In ``gantry schedule --json``'s style (DESIGN.md, "Command line"): dates ISO 8601 local
(``YYYY-MM-DDTHH:MM:SS``), lengths in working minutes (``*_minutes``; an elapsed task's
slack in elapsed minutes, ``elapsed`` true) beside the text the report prints in the C
locale (``*_text``: "+5d", "-2.5ed"), money as numbers in the project's currency rounded to
the cent, ``null`` where the report says "n/a" or "no baseline". Each task carries its
``uid`` (schedule --json's) and ``id``, the report's ID column. Keys may be added; none is
renamed.

- ``status_date`` and ``status_date_set`` (false: the plan has none, now was used);
- ``project``: ``name``, ``start``, ``finish`` (forecast);
- ``baseline``: ``name``, ``saved``, ``finish`` (Baseline 0), ``null`` without one;
  ``finish_variance_minutes`` and ``finish_variance_text`` (positive: later than it);
- the cards of scheduling issues: ``scheduling_issues`` (the window's count),
  ``missed_deadlines`` (every one, the most late first), ``key_deadline`` (the latest a
  milestone or summary misses, measured against its own forecast: ``null`` when none is);
- ``negative_slack``: every task not done with negative total slack, the most behind first;
- ``task_counts`` (complete, on_schedule, late, not_yet_due), ``late_tasks`` (the listed
  ones, the first 50; ``late_count`` all of them), ``percent_complete`` (as shown, whole);
- ``cost``: ``currency``, ``budget``, ``budget_baseline`` (the baseline it is read from),
  ``forecast``, ``actual_to_date``, ``eac``, ``vac``,
  ``cpi``, ``spi`` (two decimals, as the cards), then the totals these are worked out from:
  ``bcws`` (PV), ``bcwp`` (EV), ``acwp`` (AC to the status date as earned value counts it),
  ``cv`` (BCWP - ACWP), ``sv`` (BCWP - BCWS), ``etc`` (EAC - ACWP) and ``tcpi``
  ((BAC - BCWP) / (BAC - ACWP), two decimals; ``null`` with nothing left to spend);
  every figure ``null`` without a baseline;
- ``over_allocated``: the people the report lists as over-allocated from the status date on,
  each with ``name``, ``peak_units`` and ``max_units`` (1.0 = 100 %), ``weeks`` (Mondays),
  ``tasks`` and ``off_time`` (why, when it is work on a day off; else ``null``).
"""

from __future__ import annotations

from typing import Any

from app.cli.schedule_json import iso
from app.domain.earned_value_figures import EarnedValue
from app.domain.notation import format_column_span
from app.domain.percent_shown import shown_percent
from app.domain.status_deadlines import key_deadline
from app.domain.status_lines import (
    DeadlineLine,
    PersonLoad,
    SlackLine,
    StatusReport,
    TaskLine,
)
from app.domain.status_report import signed_days


def status_to_json_data(report: StatusReport) -> dict[str, Any]:
    """The first page of ``report`` as one JSON-ready object (the module's docstring)."""
    h = report.headline
    variance = h.finish_variance_minutes
    counts = report.task_counts
    return {
        "status_date": iso(report.status_date),
        "status_date_set": report.status_date_set,
        "project": {"name": report.project.name, "start": iso(h.start), "finish": iso(h.finish)},
        "baseline": _baseline(report),
        "finish_variance_minutes": variance,
        "finish_variance_text": None if variance is None else signed_days(report.project, variance),
        "scheduling_issues": h.issue_count,
        "missed_deadlines": [_deadline(report, d) for d in report.deadlines],
        "key_deadline": _key_deadline(report),
        "negative_slack": [_slack(report, s) for s in report.slack_tasks],
        "task_counts": {
            "complete": counts.complete,
            "on_schedule": counts.on_schedule,
            "late": counts.late,
            "not_yet_due": counts.future,
        },
        "late_count": report.late_count,
        "late_tasks": [_late(t) for t in report.late_tasks],
        "percent_complete": float(shown_percent(h.percent_complete)),
        "cost": {
            "currency": report.project.currency,  # ISO 4217 code; "" when the file names none
            "budget": _money(h.budget),
            # the baseline the budget and earned value read (report --baseline N; null: none)
            "budget_baseline": _budget_baseline(report),
            "forecast": _money(h.forecast),
            "actual_to_date": _money(h.actual),
            "eac": _money(h.eac),
            "vac": _money(h.vac),
            "cpi": None if h.cpi is None else round(h.cpi, 2),
            "spi": None if h.spi is None else round(h.spi, 2),
            **_earned(h.earned),
        },
        "over_allocated": [_person(p) for p in report.people],
    }


def _earned(ev: EarnedValue | None) -> dict[str, float | None]:
    """The project's earned-value totals as the Budget view's cards and Earned Value tables
    give them (all None without a baseline)."""
    keys = ("bcws", "bcwp", "acwp", "cv", "sv", "etc", "tcpi")
    if ev is None:
        return dict.fromkeys(keys)
    tcpi = _tcpi(ev.bac - ev.ev, ev.bac - ev.ac)
    figures = (ev.pv, ev.ev, ev.ac, ev.cv, ev.sv, ev.etc)
    return {
        **{k: _money(v) for k, v in zip(keys, figures, strict=False)},
        "tcpi": None if tcpi is None else round(tcpi, 2) + 0.0,
    }


def _tcpi(left_to_earn: float, left_to_spend: float) -> float | None:
    """TCPI as the window's Earned Value table divides it: None with under half a cent left
    to spend, 0 with under half a cent left to earn (never "-0.00")."""
    if abs(left_to_spend) < 0.005:
        return None
    return left_to_earn / left_to_spend if abs(left_to_earn) >= 0.005 else 0.0


def _budget_baseline(report: StatusReport) -> str | None:
    if report.headline.budget is None:
        return None
    return report.ev_baseline or report.baseline or "Baseline"


def _person(p: PersonLoad) -> dict[str, Any]:
    """Someone over-allocated from the status date on: peak and max units (1.0 = 100 %), the
    Mondays of the weeks it happens and the tasks involved (the report's 'Over-allocated people')."""
    return {
        "name": p.name,
        "peak_units": round(p.peak_units, 4),
        "max_units": round(p.max_units, 4),
        "weeks": [w.isoformat() for w in p.weeks],
        "tasks": list(p.task_names),
        "off_time": p.off_time or None,
    }


def _money(amount: float | None) -> float | None:
    return None if amount is None else round(amount, 2) + 0.0


def _baseline(report: StatusReport) -> dict[str, Any] | None:
    if not report.has_baseline:
        return None
    return {
        "name": report.baseline,
        "saved": iso(report.baseline_saved),
        "finish": iso(report.headline.baseline_finish),
    }


def _late_text(report: StatusReport, minutes: int, elapsed: bool = False) -> str:
    """How late, or a slack, as the report's tables write it in the C locale: the plan's
    duration unit ("5d", "-2.5ed")."""
    return format_column_span(minutes, report.project, elapsed=elapsed)


def _deadline(report: StatusReport, d: DeadlineLine) -> dict[str, Any]:
    return {
        "uid": d.uid,
        "id": d.row,
        "name": d.name,
        "deadline": iso(d.deadline),
        "finish": iso(d.finish),
        "late_minutes": d.late_minutes,
        "late_text": _late_text(report, d.late_minutes),
        "done": d.done,
        "milestone": d.milestone,
        "summary": d.summary,
    }


def _key_deadline(report: StatusReport) -> dict[str, Any] | None:
    """The report's "Deadline:" and "Forecast vs deadline" cards (None: no milestone or
    summary misses one): the task, its deadline, its forecast and baseline finish."""
    key = key_deadline(report.deadlines)  # the headline's, from the same lines
    if key is None:
        return None
    return {
        "uid": key.uid,
        "id": key.row,
        "name": key.name,
        "deadline": iso(key.deadline),
        "finish": iso(key.finish),
        "baseline_finish": iso(report.headline.deadline_baseline_finish),
        "late_minutes": key.late_minutes,
        # the card's "+5d", in the plan's duration unit as the card says it
        "late_text": ("+" if key.late_minutes > 0 else "") + _late_text(report, key.late_minutes),
    }


def _slack(report: StatusReport, s: SlackLine) -> dict[str, Any]:
    return {
        "uid": s.uid,
        "id": s.row,
        "name": s.name,
        "total_slack_minutes": s.slack_minutes,
        "total_slack_text": _late_text(report, s.slack_minutes, s.elapsed),
        "elapsed": s.elapsed,
    }


def _late(t: TaskLine) -> dict[str, Any]:
    return {
        "uid": t.uid,
        "id": t.row,
        "name": t.name,
        "start": iso(t.start),
        "finish": iso(t.finish),
        "percent_complete": float(shown_percent(t.percent_complete)),
        "expected_percent": t.expected_percent,
        "critical": t.critical,
        "finish_variance_minutes": t.finish_variance_minutes,
    }
