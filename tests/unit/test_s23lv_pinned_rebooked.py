"""A must-start-on task that a finish link stretches during leveling books its people where
it ends up, not where the unleveled schedule had it: the tasks placed after it see them
busy there (app.domain.leveling_run.Leveler.rebook)."""

from __future__ import annotations

from datetime import datetime

from app.domain import leveling_clashes
from app.domain.leveling import level
from app.domain.link import Link, LinkType
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes
from tests.unit.test_s13level_engine_cases import DAY, _plan


def _stretched_audit():
    """'Audit' must start on Tuesday 13:00; an as-late-as-possible task's start-to-finish
    link stretches its finish once leveling delays 'Build' (Ana on both)."""
    plan = _plan(
        Task(1, "Phase"),
        Task(5, "Wait", 2, duration_minutes=240, constraint_type=ConstraintType.ALAP),
        Task(
            7,
            "Audit",
            2,
            duration_minutes=240,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 6, 12),
        ),
        Task(10, "Build", 2, duration_minutes=2 * DAY),
        people={7: 1, 10: 1},
    )
    plan.links.append(Link(5, 7, LinkType.SF))
    return plan


def test_s23lv_a_pinned_task_its_links_move_is_booked_where_it_lands(monkeypatch):
    plan = _stretched_audit()
    before = schedule(plan)
    booked: dict[int, list[tuple[int, int]]] = {}
    real = leveling_clashes.Clashes.book

    def spy(self, uid, spans, why):
        booked[uid] = list(spans)  # the last booking of each task is the one that stands
        return real(self, uid, spans, why)

    monkeypatch.setattr(leveling_clashes.Clashes, "book", spy)
    result = level(plan, before)
    start, finish = result.placed[7]
    assert (start, finish) != (
        to_minutes(before.times[7].start),
        to_minutes(before.times[7].finish),
    )
    assert start == to_minutes(datetime(2026, 1, 6, 13))  # must start on: it stays
    assert booked[7] == [(start, finish)]  # was the unleveled Tuesday 13:00-17:00
