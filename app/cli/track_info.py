"""``gantry info``'s tracking lines: status date, % complete, finish variance, actual cost.

Each line is printed only when the plan has what it tells (a status date set, progress
recorded, a baseline with dates), and reads the figures the status report's headline
reads: % complete weighted by duration, the finish's variance from baseline 0's latest
finish in working days, the actual cost up to the status date (else today).
"""

from __future__ import annotations

from datetime import datetime

from app.cli.plan_io import short_moment
from app.cli.schedule_json import iso
from app.domain.plan import Plan
from app.domain.project import measured_at, measured_words
from app.domain.schedule import Schedule
from app.domain.started import has_started
from app.report.locale_numbers import C_MARKS, Marks, local_figure, local_money


def _has_progress(plan: Plan) -> bool:
    return any(has_started(t) for t in plan.tasks)


def progress_lines(plan: Plan, result: Schedule, marks: Marks = C_MARKS) -> list[tuple[str, str]]:
    """Status date, % complete and the finish's variance from the baseline, those it has
    (the variance in the locale's ``marks``: "+2,5d")."""
    lines: list[tuple[str, str]] = []
    status = plan.project.status_date
    if status is not None:
        lines.append(("Status date", f"{status:%a %Y-%m-%d %H:%M}"))
    if _has_progress(plan):
        from app.domain.percent_shown import shown_percent
        from app.domain.status_report import project_percent_complete

        lines.append(("% complete", f"{shown_percent(project_percent_complete(plan, result))}%"))
    from app.domain.status_report import baseline_finish, finish_variance, signed_days

    planned = baseline_finish(plan)
    if planned is not None:
        from app.domain.workload import DayCalendar

        minutes = finish_variance(DayCalendar(plan, None), result.finish, planned)
        assert minutes is not None  # a baseline finish was given
        lines.append(
            (
                "Variance",
                f"finish {local_figure(signed_days(plan.project, minutes), marks)} against "
                f"{plan.baselines[0].label()} "
                f"(finish {short_moment(iso(planned))})",
            )
        )
    return lines


def spent_lines(plan: Plan, result: Schedule, marks: Marks = C_MARKS) -> list[tuple[str, str]]:
    """The actual cost to the status date (else the Current Date, else today), when progress is recorded, in the
    locale's ``marks``."""
    if not _has_progress(plan):
        return []
    from app.domain.costs import compute_costs
    from app.domain.earned_value import actual_to_date, earned_value

    costs = compute_costs(plan, result)
    values = earned_value(plan, result, costs, measured_at(plan.project, datetime.now()))
    spent = local_money(plan.project, actual_to_date(plan, costs, values), marks)
    return [("Actual cost", f"{spent} to {measured_words(plan.project)}")]
