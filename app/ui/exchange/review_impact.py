"""What the review's ticked changes do to the plan, said before and after they are applied.

A hand-off carries no rates, so neither the client nor the review showed that a Finish
moved a week adds 40h of work and $4,000 and moves 41 tasks. The review now says, for
the changes left ticked, the project's finish, work and cost before and after and how
many tasks move (:class:`app.domain.accept_impact.AcceptImpact`: a copy of the plan with
them, scheduled and costed); after "Apply accepted" the status bar says what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.accept_impact import (
    AcceptImpact,
    Figures,
    figures_of,
    impact_parts,
    signed_hours,
    signed_money,
)
from app.domain.diff import PlanChange
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.report.locale_numbers import locale_marks
from app.ui.document import Document
from app.ui.exchange.review_typed import TypedRow, moment_text

# The consequences of some changes (as the review lists them), one part a phrase.
ImpactOf = Callable[[Sequence[PlanChange]], list[str]]


class ReviewContext(list[str]):
    """The review's notes (lines to read, not to tick), with what the review shows beside
    its changes: the rows of dates the client typed, and the consequences of the ticked
    changes (None: not worked out), ``live``: worked out again as the user ticks (else on
    the Show impact button). A list of the notes, so a caller that knows only notes
    reads it as before."""

    def __init__(
        self,
        notes: Sequence[str] = (),
        typed: Sequence[TypedRow] = (),
        impact: ImpactOf | None = None,
        live: bool = True,
    ) -> None:
        super().__init__(notes)
        self.typed = list(typed)
        self.impact = impact
        self.live = live


# Up to this many tasks the consequences follow each tick (measured: 10k tasks, 50 people,
# 15k links take ~0.8 s to copy, change, schedule and cost, too slow to follow each tick;
# 3k tasks ~0.15 s).
LIVE_TASKS = 3000


def live_for(plan: Plan) -> bool:
    """Whether the review works out the consequences as the user ticks (else on a button)."""
    return len(plan.tasks) <= LIVE_TASKS


def _marks() -> tuple[str, str]:
    marks = locale_marks()
    return (marks.group or ""), marks.decimal


def impact_of(
    document: Document,
    theirs: Plan,
    original: Callable[[PlanChange], PlanChange],
) -> ImpactOf:
    """The consequences of the changes the review lists (``original``: the change as read,
    of one shown with names), worked out on a copy of the plan as the window holds it."""
    impact = AcceptImpact(document.plan, theirs, document.schedule, document.costs)
    project = document.plan.project

    def parts(shown: Sequence[PlanChange]) -> list[str]:
        found = impact.of([original(c) for c in shown])
        return impact_parts(found, project, moment_text, marks=_marks())

    return parts


def current_figures(document: Document) -> Figures:
    """The plan's finish, work and cost as the window holds them now."""
    return figures_of(document.schedule, document.costs)


def applied_message(count: int, before: Figures, after: Figures, document: Document) -> str:
    """``7 changes applied; project finish 13 May → 20 May; work +40h; cost +$4,000.00``
    (a figure that did not move left out)."""
    project = document.plan.project
    said = [f"{counted(count, 'change')} applied"]
    if before.finish != after.finish:
        said.append(f"project finish {moment_text(before.finish)} → {moment_text(after.finish)}")
    else:
        said.append("project finish unchanged")
    if after.work != before.work:
        said.append("work " + signed_hours(after.work - before.work, project, _marks()))
    cost = round(after.cost - before.cost, project.currency_digits)
    if cost:
        said.append("cost " + signed_money(cost, project, _marks()))
    return "; ".join(said)
