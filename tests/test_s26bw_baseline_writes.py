"""A value typed into a baseline or interim plan cell writes only the rows that changed, and
the .gantry, opened again, holds exactly the baselines and interim plans the window held:
one cell, many cells in one batch (a paste), an entry added, emptied, a baseline begun and
cleared."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.baseline_fields import FieldRef, typed_baseline, typed_interim
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.store.document import GantryFile, read_plan
from tests.gui.conftest import build_plan

D1 = datetime(2026, 3, 2, 8)
D2 = datetime(2026, 3, 9, 17)


def _saved(tmp_path):
    plan = build_plan()
    uids = [t.uid for t in plan.tasks]
    entries = tuple(BaselineEntry(u, D1, D2, 480, 960, 100.0 * u) for u in uids)
    plan.set_baseline(Baseline(3, datetime(2026, 2, 1, 9), entries))
    plan.set_interim(InterimPlan(2, tuple(InterimEntry(u, D1, D2) for u in uids)))
    path = tmp_path / "typed.gantry"
    GantryFile.create(path, plan).close()
    return path, uids


def _type(plan, part, uid, value, baseline=3):
    new = typed_baseline(plan, FieldRef(part, baseline=baseline), uid, value)
    if new is not None:  # None: nothing changes (as the cell's command does)
        plan.set_baseline(new)


def _held(path):
    plan = read_plan(path)
    return plan.baselines, plan.interims


def _rows(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def test_s26bw_one_typed_cell_reaches_the_file_and_nothing_else_changes(tmp_path):
    path, uids = _saved(tmp_path)
    before = _rows(path, "baseline_entries")
    with GantryFile.open(path) as file:
        _type(file.plan, "cost", uids[1], 1234.5)
        held = file.plan.baselines, file.plan.interims
    assert _held(path) == held
    after = _rows(path, "baseline_entries")
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1
    assert changed[0][1][2] == uids[1]
    assert changed[0][1][7] == 1234.5  # cost (Baseline Fixed Cost follows it since v35)


def test_s26bw_a_paste_of_many_cells_in_one_batch_lands_whole(tmp_path):
    path, uids = _saved(tmp_path)
    with GantryFile.open(path) as file:
        plan = file.plan
        with plan.batch():
            for k, uid in enumerate(uids):
                _type(plan, "cost", uid, 10.0 + k)
                _type(plan, "start", uid, datetime(2026, 3, 1 + k % 5, 8))
                _type(plan, "finish", uid, None, baseline=7)  # an NA typed: no entry begun
                _type(plan, "work", uid, 60 * (k + 1), baseline=7)
                plan.set_interim(
                    typed_interim(plan, FieldRef("start", interim=2), uid, datetime(2026, 3, 4, 8))
                )
        held = plan.baselines, plan.interims
    assert held[0][3].entries[0].cost == 10.0
    assert [e.work_minutes for e in held[0][7].entries] == [60 * (k + 1) for k in range(len(uids))]
    assert _held(path) == held


def test_s26bw_emptied_entries_cleared_and_undone_baselines_match_the_file(tmp_path):
    path, uids = _saved(tmp_path)
    with GantryFile.open(path) as file:
        plan = file.plan
        first = plan.baselines[3]
        # an interim plan losing its first task's dates: the others' rows move up a seq
        for part in ("start", "finish"):
            plan.set_interim(typed_interim(plan, FieldRef(part, interim=2), uids[0], None))
        assert _held(path)[1] == plan.interims
        plan.clear_baseline(3)
        assert 3 not in _held(path)[0]
        plan.set_baseline(first)  # undo of the clear
        _type(plan, "duration", uids[2], 2400, baseline=10)  # a baseline begun by one value
        held = plan.baselines, plan.interims
    assert _held(path) == held
    assert [e.task_uid for e in held[0][10].entries] == [uids[2]]
    assert len(held[1][2].entries) == len(uids) - 1
