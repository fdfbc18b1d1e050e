"""The plan's lookup tables follow changes of many links or assignments at once (a delete of
rows and its undo, a paste's links) and read as fresh tables do after each."""

from __future__ import annotations

from itertools import pairwise

from app.domain.events import Change, Entity
from app.domain.link import Link
from app.report.plan_lookups import PlanLookups
from tests.bench.generate import make_plan
from tests.unit.test_plan_lookups import _chart_reads, _follow


def _fresh(lookups: PlanLookups) -> bool:
    return _chart_reads(lookups) == _chart_reads(PlanLookups(lookups.plan))


def test_s22sp_many_rows_deleted_and_put_back():
    plan = make_plan(300, 400, 1, 6)
    held = [PlanLookups(plan).warm()]
    refused: list[Entity] = []

    def after(change: Change) -> None:  # as the Document does: refused, built again
        if not held[0].follow(change):
            refused.append(change.entity)
            held[0] = PlanLookups(plan).warm()

    plan.changes.subscribe(after, lambda change: held[0].before(change))
    doomed = [t.uid for t in plan.tasks[40:140]]
    assert sum(lk.successor in doomed or lk.predecessor in doomed for lk in plan.links) > 32
    removed = plan.remove_tasks(doomed)
    assert _fresh(held[0])
    plan.restore_tasks(removed)
    assert _fresh(held[0])
    assert Entity.LINK not in refused


def test_s22sp_many_links_added_and_removed_as_one_change_each():
    plan = make_plan(300, 100, 1, 6)
    lookups, refused = _follow(plan)
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    new = [
        Link(a, b)
        for a, b in pairwise(leaves)
        if plan.find_link(a, b) is None and plan.find_link(b, a) is None
    ][:60]
    plan.add_links(new)  # appended as one change: followed, not refused
    assert _fresh(lookups)
    assert [c for c in refused if c.entity is Entity.LINK] == []
    with plan.batch():
        for lk in new:
            plan.remove_link(lk.predecessor, lk.successor)
    assert _fresh(lookups)
