"""A summary's critical flag is the same whether its times are read alone or in bulk: it
is done when its subtasks are, whatever % complete the summary row itself holds."""

from __future__ import annotations

from dataclasses import replace

from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


def test_summary_marked_done_over_unfinished_subtasks_reads_the_same_alone_and_in_bulk():
    plan = make_plan(200, 300, 3, seed=2)
    first = schedule(plan)
    summaries = [
        t for t in plan.tasks if first.times[t.uid].summary and first.times[t.uid].critical
    ]
    assert summaries
    tasks = list(plan.tasks)
    marked = {t.uid for t in summaries[:3]}
    plan.tasks = [replace(t, percent_complete=100.0) if t.uid in marked else t for t in tasks]
    one_by_one = schedule(plan).times
    alone = {uid: one_by_one[uid] for uid in marked}
    bulk = schedule(plan).times
    every = dict(bulk.items())
    columns = schedule(plan).times.columns()
    assert columns is not None
    for uid in marked:
        assert alone[uid].critical  # its subtasks are not done: still critical
        assert every[uid] == alone[uid]
        assert columns.critical[columns.uids.index(uid)]
