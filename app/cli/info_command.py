"""``gantry info FILE``: what a project manager asks first about a plan, one line each.

Imported only when ``info`` runs (commands.run_info), so its imports cost no other command.
"""

from __future__ import annotations

import argparse
import shlex
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from app.cli.info_budget import baseline_cost_text, budget_cost_lines
from app.cli.info_facts import NOT_HERE, costs_unknown, risks_left_out
from app.cli.info_interims import interim_lines
from app.cli.json_text import dump
from app.cli.plan_io import load_plan, say_saved_dates, schedule_read, short_moment
from app.cli.plan_output import note
from app.cli.schedule_json import iso
from app.cli.track_info import progress_lines, spent_lines
from app.domain.costs import CostReport, compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.notation import format_column_span
from app.domain.plan import Plan
from app.domain.plural_words import counted, noun
from app.domain.project import measured_at, measured_words
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.status_deadlines import deadline_lines, key_deadline
from app.domain.status_lines import DeadlineLine
from app.domain.status_report import late_work_warning, task_counts
from app.domain.workload import DayCalendar
from app.report.locale_numbers import Marks, local_figure, local_money, system_marks


def run_info(args: argparse.Namespace, out: TextIO) -> int:
    """``gantry info FILE``: what a project manager asks first about a plan (``--json``:
    the same as one object, app/cli/info_json.py)."""
    notes: list[str] = []

    def heard(line: str) -> None:  # said on stderr, and kept for --json's "notes"
        notes.append(line)
        note(line)

    plan = load_plan(args.file, args, note=heard)
    result = schedule_read(Path(args.file), plan)
    say_saved_dates(Path(args.file), plan, result, heard)
    if getattr(args, "json", False):
        from app.cli.info_json import InfoRead, info_to_json_data

        read = InfoRead(Path(args.file), plan, result, compute_costs(plan, result), tuple(notes))
        dump(info_to_json_data(read), str, out.write)  # as schedule --json writes (NaN refused)
        out.write("\n")
        return 0
    marks = system_marks()  # figures in the system's locale, as the window writes them
    summaries = sum(1 for t in plan.tasks if plan.is_summary(t.uid))
    milestones = sum(1 for t in plan.tasks if t.milestone)
    made_of = f"{counted(summaries, 'summary', 'summaries')}, {counted(milestones, 'milestone')}"
    people = [r for r in plan.resources if r.type.name == "WORK"]
    costs = compute_costs(plan, result)
    unknown = bool(costs_unknown(Path(args.file), costs))  # "Cost: not in this workbook"
    lines = [
        ("Plan", plan.project.name),
        *([("Manager", plan.project.manager)] if plan.project.manager else []),
        ("File", str(args.file)),
        ("Tasks", f"{len(plan.tasks)} ({made_of})"),
        ("Links", str(len(plan.links))),
        ("Start", short_moment(iso(result.start))),
        *_finish_lines(plan, result, marks),  # finish, status date, % complete, deadlines
        *_late_work_lines(plan, result, Path(args.file)),
        *_past_status_lines(plan, result),
        ("Critical tasks", _critical_count(plan, result)),
        ("Issues", _issues_text(len(result.issues))),
        *_honor_lines(plan),
        ("People", str(len(people))),
        *_money_lines(plan, result, costs, marks, unknown),
        *([] if unknown else spent_lines(plan, result, marks)),
        *([] if unknown else _earned_value_lines(plan, result, costs, marks)),
        ("Risks", NOT_HERE if risks_left_out(Path(args.file)) else str(len(plan.risks))),
        (
            "Baselines",
            ", ".join(plan.baselines[i].label() for i in sorted(plan.baselines)) or "none",
        ),
        *interim_lines(plan),  # each with when it was last saved (app/cli/info_interims.py)
    ]
    width = max(len(k) for k, _ in lines) + 1
    for key, value in lines:
        out.write(f"{key + ':':{width}} {value}\n")
    return 0


def _honor_lines(plan: Plan) -> list[tuple[str, str]]:
    """A line when the plan does not honor its constraint dates (the links win): a client's
    MS Project option a PM must know of before comparing dates (none when honored)."""
    if plan.project.honor_constraints:
        return []
    return [("Constraint dates", "not honored: links win over them (Project Information)")]


def _late_work_lines(plan: Plan, result: Schedule, path: Path) -> list[tuple[str, str]]:
    """The status report's warning that late tasks' work left is assumed done by the status
    date (none without a status date or a late task), with the command that reschedules it."""
    status = plan.project.status_date
    if status is None:
        return []
    way_out = f"gantry update {shlex.quote(str(path))} --through {status:%Y-%m-%d} --reschedule"
    warning = late_work_warning(task_counts(plan, result, status).late, way_out)
    return [] if warning is None else [("Late work", warning)]


def _past_status_lines(plan: Plan, result: Schedule) -> list[tuple[str, str]]:
    """How many tasks have progress dated after the status date (app.domain.progress_past_status;
    none without a status date or such a task)."""
    status = plan.project.status_date
    if status is None:
        return []
    from app.domain.progress_past_status import past_status, past_status_warning

    warning = past_status_warning(len(past_status(plan, result, status)))
    return [] if warning is None else [("Progress ahead", warning)]


def _critical_count(plan: Plan, result: Any) -> str:
    """Critical work tasks, and beside them the count View > Filter > Critical shows.

    MS Project flags a summary critical when its span is; the window's filter lets those
    rows through, so "28" here read as a contradiction of "33 of 61 tasks" there.
    """
    tasks = len(result.critical_uids())
    flagged = len(matching_uids(plan, result, TaskFilter(FilterKind.CRITICAL)))
    return str(tasks) if flagged == tasks else f"{tasks} ({flagged} with their summaries)"


def _finish_lines(plan: Plan, result: Schedule, marks: Marks) -> list[tuple[str, str]]:
    """Finish, then the tracking lines (status date, % complete, variance: track_info),
    then Deadlines, so a missed deadline shows in the first lines a PM reads.

    The Finish line says when a deadline is missed, as the status report's cards do: the
    latest deadline a milestone or summary misses (status_deadlines.key_deadline, the
    report's "Deadline:" card), else how many tasks miss theirs. A Variance of 0d whose
    baseline misses that deadline too says so (the report's note under its cards), and no
    line reads as on time beside a Deadlines line that counts a miss."""
    missed = deadline_lines(plan, result, DayCalendar(plan, None))
    key = key_deadline(missed)
    finish = short_moment(iso(result.finish))
    if key is not None:
        late = _late_text(plan, key.late_minutes, marks)
        finish += (
            f"; {quoted(key.name, NAME_LIMIT)} {'finished' if key.done else 'finishes'} "
            f"{late} after its deadline "
            f"({short_moment(iso(key.deadline))})"
        )
    elif missed:
        finish += f"; {counted(len(missed), 'task')} {noun(len(missed), 'finishes', 'finish')} "
        finish += "after a deadline (Deadlines)"
    lines = [("Finish", finish)]
    for label, value in progress_lines(plan, result, marks):
        if label == "Variance" and key is not None and _baseline_misses(plan, key):
            value += "; the baseline misses that deadline too, so the variance does not show it"
        lines.append((label, value))
    return [*lines, ("Deadlines", _deadlines_text(plan, missed, marks))]


def _baseline_misses(plan: Plan, key: DeadlineLine) -> bool:
    """Whether baseline 0 has ``key``'s task finishing after its deadline: the finish
    variance, measured against that baseline, does not show the miss."""
    base = plan.baselines.get(0)
    entry = next((e for e in base.entries if e.task_uid == key.uid), None) if base else None
    return entry is not None and entry.finish is not None and entry.finish > key.deadline


def _late_text(plan: Plan, minutes: int, marks: Marks) -> str:
    """How late, in the plan's duration unit in the locale's ``marks`` ("5d", "1,2w")."""
    return local_figure(format_column_span(minutes, plan.project), marks)


def _deadlines_text(plan: Plan, missed: tuple[DeadlineLine, ...], marks: Marks) -> str:
    """How many active tasks have a deadline and how many finish after it (``missed``), as
    the status report lists them (status_deadlines.deadline_lines: however far from the
    status date), naming the most late, by how much in the plan's duration unit in the
    locale's ``marks``.

    Each missed deadline is one of the window's Scheduling issues too (the Issues line)."""
    given = sum(1 for t in plan.tasks if t.deadline is not None and t.active)
    if not given:
        return "none set"
    if not missed:
        return f"{given} set, none missed"
    worst = missed[0]
    late = _late_text(plan, worst.late_minutes, marks)
    name = quoted(worst.name, NAME_LIMIT)
    return f"{given} set, {len(missed)} missed (the most late: {name}, by {late})"


def _issues_text(count: int) -> str:
    """The scheduler's conflicts, counted as the window's status bar counts them."""
    return f"{count} (gantry schedule names them)" if count else "none"


def _money_lines(
    plan: Plan, result: Schedule, costs: CostReport, marks: Marks, left_out: bool = False
) -> list[tuple[str, str]]:
    """Total cost, budget (baseline 0) and who is over-allocated, for ``gantry info``, in
    the locale's ``marks``; ``left_out``: a workbook holding no costs (info_facts.costs_unknown),
    whose €0.00 would read as work costing nothing."""
    over = [r.name for r in plan.resources if r.uid in costs.overallocated]
    over_line = ("Over-allocated", f"{len(over)}: {', '.join(over)}" if over else "none")
    if left_out:
        return [("Cost", NOT_HERE), ("Baseline cost", NOT_HERE), over_line]
    project = plan.project
    cost = local_money(project, costs.total_cost, marks)
    if project.currency and project.currency not in cost:  # the code when known, once
        cost += f" ({project.currency})"
    baseline = ("Baseline cost", baseline_cost_text(plan, costs.budget, marks))
    return [("Cost", cost), baseline, *budget_cost_lines(plan, marks), over_line]


def _earned_value_lines(
    plan: Plan, result: Schedule, costs: CostReport, marks: Marks
) -> list[tuple[str, str]]:
    """CPI, SPI, EAC and VAC against baseline 0 as of the status date (else today), the
    status report's headline figures (earned_value, project_earned_value), in the locale's
    ``marks``; none without a baseline holding cost (the Baseline cost line says why).

    CPI is n/a until something is spent, SPI until something was planned by then."""
    base = plan.baselines.get(0)
    if costs.budget is None or base is None or all(e.cost == 0 for e in base.entries):
        return []
    at = measured_at(plan.project, datetime.now())  # the status date, else Current Date
    totals = project_earned_value(plan, earned_value(plan, result, costs, at))

    def ratio(value: float | None) -> str:
        return "n/a" if value is None else local_figure(f"{value:.2f}", marks)

    eac = local_money(plan.project, totals.eac, marks)
    vac = local_money(plan.project, totals.vac, marks)
    when = measured_words(plan.project)
    return [
        (
            "Earned value",
            f"CPI {ratio(totals.cpi)}, SPI {ratio(totals.spi)}, EAC {eac}, VAC {vac} "
            f"(against {base.label()}, to {when})",
        )
    ]
