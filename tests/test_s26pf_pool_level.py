"""gantry level C --busy A: the other plans' bookings count as time already used (s26xa 6)."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.cli.pool_plans import read_pool
from app.domain.pool_load import PoolLoad

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def two_clients(tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    return a, c


def _over_people(paths):
    load = PoolLoad(read_pool(paths, argparse.Namespace(sheet=None)))
    return {p.name for p in load.people if load.overallocations(p)}


def test_s26pf_level_busy_delays_c_until_its_people_are_free_in_a(two_clients, capsys):
    a, c = two_clients
    before_a = a.read_bytes()
    assert "Priya Nair" in _over_people([a, c])
    assert main(["level", str(c), "--busy", str(a)]) == 0
    said = capsys.readouterr().out
    assert "Delayed" in said
    assert "Across clientA:" in said
    assert a.read_bytes() == before_a  # the other plan is read, never written
    left = _over_people([a, c])
    assert "Priya Nair" not in left
    # Jonas is over-allocated within client A alone: leveling C cannot help that
    assert left <= {"Jonas Weber"}


def test_s26pf_level_without_busy_leaves_the_cross_plan_clash(two_clients, capsys):
    a, c = two_clients
    assert main(["level", str(c)]) == 0
    assert "Across" not in capsys.readouterr().out
    assert "Priya Nair" in _over_people([a, c])


def test_s26pf_level_busy_refuses_the_plan_itself_and_strangers(two_clients, tmp_path, capsys):
    import sqlite3

    a, c = two_clients
    before = c.read_bytes()
    assert main(["level", str(c), "--busy", str(c)]) == 1
    assert "the same plan is given twice" in capsys.readouterr().err
    strangers = tmp_path / "strangers.gantry"
    shutil.copy(a, strangers)
    with sqlite3.connect(strangers) as db:
        db.execute("update resources set name = 'X ' || name")
    assert main(["level", str(c), "--busy", str(strangers)]) == 1
    err = capsys.readouterr().err
    assert "none of these plans' people is on this plan's team" in err
    assert len(err.strip().splitlines()) == 1
    assert c.read_bytes() == before
    assert main(["level", str(c), "--busy", str(a), "--clear"]) == 2
