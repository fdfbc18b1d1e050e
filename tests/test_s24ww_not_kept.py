"""A .csv or .gan cannot carry work weeks: the not-kept note says so, and how far tasks move
read back; MS Project XML and .gantry keep them (s24ww)."""

from __future__ import annotations

from pathlib import Path

from app import formats
from app.domain.dates_not_kept import dates_not_kept
from tests.test_s24ww_store import WINTER, _plan


def test_s24ww_the_note_names_lost_work_weeks():
    plan = _plan(WINTER)
    assert ".csv does not keep the project calendar (1 work week)" in dates_not_kept(plan, ".csv")
    gan = dates_not_kept(plan, ".gan")
    assert gan.startswith(".gan does not keep the project calendar's 1 work week")
    assert dates_not_kept(plan, ".xml") == dates_not_kept(plan, ".gantry") == ""
    assert dates_not_kept(_plan(), ".gan") == ""


def test_s24ww_the_note_says_how_far_tasks_move_read_back(tmp_path: Path):
    plan = _plan(WINTER)
    path = tmp_path / "winter.gan"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    note = dates_not_kept(plan, ".gan", back)
    assert "1 task moves: 'Build' finishes" in note
    assert "earlier" in note
