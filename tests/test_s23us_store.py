"""Work typed into a Usage period is kept in the .gantry file (schema v28): saved, reopened
and edited again it reads back period by period; a v27 file opens (and takes typed work
once migrated); the undo of a typed period is written back too."""

from __future__ import annotations

import sqlite3

from app.domain.contours import WorkContour
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION
from tests.test_s23us_typed_period import anna_plan, typed, weekly

H = 60


def test_s23us_typed_work_is_saved_and_reopened(tmp_path):
    path = tmp_path / "anna.gantry"
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    GantryFile.create(path, plan).close()
    again = read_plan(path)
    assert again.assignment(1) == plan.assignment(1)
    assert weekly(again) == [40.0, 40.0, 16.0, 40.0, 0.0]


def test_s23us_an_edit_in_an_open_file_is_written_and_taken_back(tmp_path):
    path = tmp_path / "anna.gantry"
    GantryFile.create(path, anna_plan()).close()
    with GantryFile.open(path) as file:
        typed(file.plan, 3, 16 * H)
    assert weekly(read_plan(path)) == [40.0, 40.0, 16.0, 40.0, 0.0]
    with GantryFile.open(path) as file:
        typed(file.plan, 3, 40 * H)  # typed back as it was: still Contoured, 40 h kept
        typed(file.plan, 1, 8 * H)
    again = read_plan(path)
    assert weekly(again) == [8.0, 40.0, 40.0, 40.0, 0.0]
    assert again.assignment(1).contour is WorkContour.CONTOURED


def test_s23us_a_v27_file_opens_and_then_keeps_typed_work(tmp_path):
    old = tmp_path / "old.gantry"
    GantryFile.create(old, anna_plan()).close()
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE assignment_work_pieces")
    conn.execute("PRAGMA user_version = 27")
    conn.commit()
    conn.close()
    assert read_plan(old).assignment(1).edited_work == ()  # read-only: migrated in memory
    with GantryFile.open(old) as file:
        assert weekly(file.plan) == [40.0, 40.0, 40.0, 40.0, 0.0]
        typed(file.plan, 3, 16 * H)
    assert (tmp_path / "old.gantry.v27.bak").exists()
    assert weekly(read_plan(old)) == [40.0, 40.0, 16.0, 40.0, 0.0]
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 28
    conn.close()
