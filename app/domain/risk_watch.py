"""Which risks need looking at now: a risk not closed whose trigger date or next review lies
before the day the plan is read at (the status date, else the Current Date, else today). The
Risks view marks them and ``gantry risks`` flags them, by this one rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.project import Project, measured_at
from app.domain.risk import Risk, RiskStatus


@dataclass(frozen=True, slots=True)
class Overdue:
    """What is past on a risk: its ``trigger_date`` and/or ``next_review`` (None: not past)."""

    trigger_date: date | None = None
    next_review: date | None = None

    def __bool__(self) -> bool:
        return self.trigger_date is not None or self.next_review is not None

    def words(self) -> str:
        """ "trigger date 2027-03-01 passed; review 2027-02-15 overdue" ("" when none is)."""
        parts = []
        if self.trigger_date is not None:
            parts.append(f"trigger date {self.trigger_date.isoformat()} passed")
        if self.next_review is not None:
            parts.append(f"review {self.next_review.isoformat()} overdue")
        return "; ".join(parts)

    def mark(self) -> str:
        """The short flag a list prints: ``trigger``, ``review`` or ``trigger+review``."""
        return "+".join(
            w for w, d in (("trigger", self.trigger_date), ("review", self.next_review)) if d
        )


def watch_day(project: Project, now: datetime) -> date:
    """The day risks are checked against: the status date, else the Current Date, else
    ``now``'s day (as progress is measured, app.domain.project.measured_at)."""
    return measured_at(project, now).date()


def overdue(risk: Risk, day: date) -> Overdue:
    """What of ``risk`` is past ``day``: a trigger date or next review before it. A closed
    risk has nothing to watch."""
    if risk.status is RiskStatus.CLOSED:
        return Overdue()
    trigger = risk.trigger_date if risk.trigger_date and risk.trigger_date < day else None
    review = risk.next_review if risk.next_review and risk.next_review < day else None
    return Overdue(trigger, review)


def overdue_risks(risks: Iterable[Risk], day: date) -> list[Risk]:
    """The risks with a trigger date or review past ``day``, in register order."""
    return [r for r in risks if overdue(r, day)]


def overdue_line(risks: Iterable[Risk], day: date) -> str:
    """ "2 risks past their trigger or review date (2027-03-10)" ("" when none is)."""
    count = len(overdue_risks(risks, day))
    if not count:
        return ""
    return (
        f"{count} risk{'s' * (count != 1)} past {'their' if count != 1 else 'its'} "
        f"trigger or review date ({day.isoformat()})"
    )
