"""What accepting a client's changes does to the plan: its finish, work, cost and dates.

A client moved a task's Finish a week in a hand-off (which carries no rates); the Import
review listed "Duration 15d -> 20d" and nothing else, yet taking it added 40h of a
developer's work, $4,000 and moved 41 tasks and the project's finish. Before accepting,
the PM sees the consequences of the changes left ticked: a copy of the plan gets them (as
:func:`app.domain.merge.apply_changes` will apply them), is scheduled and costed, and
compared with the plan as it is, by the figures ``gantry diff`` gives
(:func:`app.domain.diff_figures.plan_figures`, :func:`app.domain.diff_dates.date_moves`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.costs import CostReport, compute_costs
from app.domain.diff import PlanChange
from app.domain.diff_dates import date_moves
from app.domain.errors import AppError
from app.domain.merge import apply_changes, copy_plan
from app.domain.money import format_money
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit


@dataclass(frozen=True, slots=True)
class Figures:
    """A plan's finish, work (minutes) and cost."""

    finish: datetime
    work: int
    cost: float


@dataclass(frozen=True, slots=True)
class Impact:
    """The plan's figures before and after the changes, and how many tasks move
    (summaries aside: their dates are their subtasks'). ``problem``: why the plan with
    the changes cannot be scheduled (a loop of links), else ""."""

    before: Figures
    after: Figures
    moved: int
    problem: str = ""


def figures_of(schedule_: Schedule, costs: CostReport) -> Figures:
    """A scheduled and costed plan's figures."""
    return Figures(schedule_.finish, costs.total_work_minutes, costs.total_cost)


class AcceptImpact:
    """The consequences of taking some of ``theirs``'s changes into ``plan`` (scheduled as
    ``times``, costed as ``costs``: the window's, or scheduled here when not given)."""

    def __init__(
        self,
        plan: Plan,
        theirs: Plan,
        times: Schedule | None = None,
        costs: CostReport | None = None,
    ) -> None:
        self.plan = plan
        self.theirs = theirs
        self.times = schedule(plan) if times is None else times
        costs = compute_costs(plan, self.times) if costs is None else costs
        self.before = figures_of(self.times, costs)

    def of(self, changes: Sequence[PlanChange]) -> Impact:
        """What the plan becomes with ``changes`` made (none: the plan as it is)."""
        if not changes:
            return Impact(self.before, self.before, 0)
        copy = copy_plan(self.plan)
        try:
            apply_changes(copy, self.theirs, list(changes), self.times.get)
        except AppError as exc:
            return Impact(self.before, self.before, 0, str(exc))
        return self.against(copy)

    def against(self, changed: Plan) -> Impact:
        """``changed`` (the plan with the changes made) compared with the plan."""
        try:
            after = schedule(changed)
        except AppError as exc:  # a loop of links the changes make: said, not raised
            return Impact(self.before, self.before, 0, str(exc))
        figures = figures_of(after, compute_costs(changed, after))
        moved = date_moves(self.plan, self.times, changed, after)
        return Impact(self.before, figures, len(moved))


def impact_parts(
    impact: Impact,
    project: Project,
    date_text: Callable[[datetime], str],
    arrow: str = "→",
    marks: tuple[str, str] = (",", "."),
) -> list[str]:
    """``["Project finish 13 May -> 20 May", "Work 2,480h -> 2,520h (+40h)", "Cost ... ",
    "41 tasks move"]``; a figure that stays says "as before". ``marks``: the reader's
    thousands and decimal marks for money and work."""
    if impact.problem:
        return [f"The plan with these changes cannot be scheduled: {impact.problem}"]
    a, b = impact.before, impact.after
    group, decimal = marks

    def money(amount: float) -> str:
        return format_money(amount, project, group=group, decimal=decimal)

    def hours(minutes: int) -> str:
        return hours_text(minutes, project, marks)

    def pair(title: str, old: str, new: str, change: str) -> str:
        if old == new:
            return f"{title} {new} as before"
        return f"{title} {old} {arrow} {new}" + (f" ({change})" if change else "")

    more_work, more_cost = b.work - a.work, round(b.cost - a.cost, project.currency_digits)
    work_change = signed_hours(more_work, project, marks) if more_work else ""
    cost_change = signed_money(more_cost, project, marks) if more_cost else ""
    return [
        pair("Project finish", date_text(a.finish), date_text(b.finish), ""),
        pair("Work", hours(a.work), hours(b.work), work_change),
        pair("Cost", money(a.cost), money(b.cost), cost_change),
        _moved(impact.moved),
    ]


def _moved(n: int) -> str:
    if n == 0:
        return "no task moves"
    return "1 task moves" if n == 1 else f"{counted(n, 'task')} move"


def hours_text(minutes: int, project: Project, marks: tuple[str, str] = (",", ".")) -> str:
    """Work in hours as the Work column shows it: ``2,480h``, ``2.5h`` (``1.234,5h``)."""
    group, decimal = marks
    text = format_duration(abs(minutes), project, unit=DurationUnit.HOURS)
    number = text.rstrip("h")
    whole, dot, tail = number.partition(".")
    grouped = f"{int(whole):,}".replace(",", group) if whole.isdigit() else whole
    return grouped + (decimal + tail if dot else "") + text[len(number) :]


def signed_hours(minutes: int, project: Project, marks: tuple[str, str] = (",", ".")) -> str:
    """``+40h``, ``-8h``: a change of work."""
    sign = "+" if minutes > 0 else "-" if minutes < 0 else ""
    return sign + hours_text(minutes, project, marks)


def signed_money(amount: float, project: Project, marks: tuple[str, str] = (",", ".")) -> str:
    """``+$4,000.00``, ``-€120.00``: a change of cost."""
    text = format_money(abs(amount), project, group=marks[0], decimal=marks[1])
    return ("+" if amount > 0 else "-" if amount < 0 else "") + text
