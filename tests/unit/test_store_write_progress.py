"""Writing a new .gantry reports the rows written and stops on Cancel, leaving no file, no
temporary file and no lock behind (and any file already at the target as it was)."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from app import formats
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.errors import CancelledError, DocumentError
from app.store import writer as writer_module
from app.store.document import CREATE_STEPS, GantryFile, read_plan, write_new_file
from app.store.lock import lock_path
from app.store.writer import row_count
from tests.bench.generate import make_plan
from tests.unit.test_store import rich_plan


@pytest.fixture(scope="module")
def plan():
    return make_plan(1200, 1800, 3, n_resources=12)


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    # A report every 100 rows, so a plan of a few thousand rows moves the bar many times.
    monkeypatch.setattr(writer_module, "_CHUNK", 100)


class Listener:
    """Records every report; answers False from its ``stop_at``-th call on (None: never)."""

    def __init__(self, stop_at=None):
        self.heard: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done, total):
        self.heard.append((done, total))
        return self.stop_at is None or len(self.heard) < self.stop_at


def folder_listing(folder):
    return sorted(p.name for p in folder.iterdir())


def test_create_reports_rows_written_up_to_the_end(plan, tmp_path):
    heard = Listener()
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan, progress=heard).close()
    dones = [done for done, _total in heard.heard]
    assert {total for _done, total in heard.heard} == {CREATE_STEPS}
    assert dones == sorted(dones)
    assert dones[0] == 0
    assert dones[-1] == CREATE_STEPS
    # 1200 tasks, 1800 links and the assignments in chunks of 100 rows: many steps.
    assert len(set(dones)) > 30
    assert folder_listing(tmp_path) == ["plan.gantry"]
    assert read_plan(path).tasks == plan.tasks


def test_the_writer_counts_every_row_it_reports(tmp_path):
    plan = rich_plan()
    saved = datetime(2026, 3, 2, 9)
    for index in (0, 3):  # two baselines of every task: one row each, plus their entries
        entries = tuple(
            BaselineEntry(t.uid, saved, saved, t.duration_minutes, 60 * index, 10.5)
            for t in plan.tasks
        )
        plan.baselines[index] = Baseline(index, saved, entries)
    heard = Listener()
    write_new_file(tmp_path / "rich.gantry", plan, heard)
    total = row_count(plan)
    assert {t for _d, t in heard.heard} == {total}
    assert heard.heard[-1] == (total, total)
    assert total > 2 * len(plan.tasks)
    assert read_plan(tmp_path / "rich.gantry").baselines == plan.baselines


@pytest.mark.parametrize("stop_at", [1, 2, 15, 40])
def test_cancel_while_writing_leaves_nothing_behind(plan, tmp_path, stop_at):
    path = tmp_path / "plan.gantry"
    heard = Listener(stop_at)
    with pytest.raises(CancelledError):
        GantryFile.create(path, plan, progress=heard)
    assert len(heard.heard) == stop_at  # stopped at the report that said so
    assert heard.heard[-1][0] < CREATE_STEPS
    assert folder_listing(tmp_path) == []  # no file, no temporary file, journal or lock
    # The name is free: a later write takes it and holds the whole plan.
    GantryFile.create(path, plan).close()
    assert read_plan(path).tasks == plan.tasks


def test_cancel_while_replacing_a_file_keeps_the_old_one(plan, tmp_path):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, rich_plan()).close()
    before = path.read_bytes()
    with pytest.raises(CancelledError):
        GantryFile.create(path, plan, progress=Listener(stop_at=20))
    assert path.read_bytes() == before
    assert folder_listing(tmp_path) == ["plan.gantry"]
    assert not lock_path(path).exists()
    with GantryFile.open(path) as again:  # whole and free to open
        assert again.plan.tasks == rich_plan().tasks


def test_a_cancelled_write_new_file_removes_what_it_wrote(plan, tmp_path):
    path = tmp_path / "direct.gantry"
    with pytest.raises(CancelledError):
        write_new_file(path, plan, Listener(stop_at=10))
    assert folder_listing(tmp_path) == []


def test_the_format_registry_hands_the_progress_to_the_store(plan, tmp_path):
    heard = Listener(stop_at=5)
    target = tmp_path / "exported.gantry"
    with pytest.raises(CancelledError):
        formats.write_plan(plan, target, progress=heard)
    assert len(heard.heard) == 5
    assert folder_listing(tmp_path) == []


def test_a_write_that_fails_leaves_no_temporary_file(plan, tmp_path, monkeypatch):
    path = tmp_path / "plan.gantry"

    def failing(done, total):
        if done > total // 2:
            raise OSError(28, os.strerror(28))  # disk full, half-way through
        return True

    with pytest.raises(DocumentError, match="cannot be written"):
        GantryFile.create(path, plan, progress=failing)
    assert folder_listing(tmp_path) == []
