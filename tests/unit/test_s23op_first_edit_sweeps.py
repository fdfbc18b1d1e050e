"""The first edit after a plan opens keeps the Indicators column's over-allocation sweeps of
the people whose tasks it did not move: the opening schedule (a full run) and the update after
the edit give the sweeps the same minute counts (TaskSpans), so only the moved are swept."""

from __future__ import annotations

from dataclasses import replace

from app.report.indicators import TaskIndicators
from app.ui.models.indicators import IndicatorCells
from tests.bench.generate import make_plan
from tests.unit.test_s13perf_indicator_index import _open, _refresh, _same_marks


def test_s23op_the_first_edit_after_opening_sweeps_only_whom_it_moved(monkeypatch):
    plan = make_plan(300, 450, 2, n_resources=6, seed=3)
    scheduler, document = _open(plan)  # the opening schedule: a full run's minute counts
    cells = IndicatorCells(document)
    assert _same_marks(cells, document) > 0
    swept: list[int] = []
    sweep = TaskIndicators._over_at

    def counted(self, mine, limit, spans=None):
        if self is cells._marks:  # the column's, not the fresh build's compared with
            swept.append(mine[0].resource_uid)
        return sweep(self, mine, limit, spans)

    monkeypatch.setattr(TaskIndicators, "_over_at", counted)
    booked = TaskIndicators._booked  # the full sweep's (the last task's work no longer fills it)

    def counted_booked(self, a):
        if self is cells._marks:
            swept.append(a.resource_uid)
        return booked(self, a)

    monkeypatch.setattr(TaskIndicators, "_booked", counted_booked)
    last = next(  # nothing follows it: only its people's bookings move
        t
        for t in reversed(plan.tasks)
        if plan.assignments_of_task(t.uid)
        and not plan.is_summary(t.uid)
        and not any(lk.predecessor == t.uid for lk in plan.links)
    )
    on_it = {a.resource_uid for a in plan.assignments_of_task(last.uid)}
    plan.update_task(replace(last, duration_minutes=last.duration_minutes + 5 * 480))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert swept
    assert set(swept) <= on_it
