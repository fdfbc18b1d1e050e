"""gantry usage A B C: one team's work across several plans (s26xa finding 1)."""

from __future__ import annotations

import argparse
import csv
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.cli.pool_plans import read_pool
from app.domain.pool_load import PoolLoad

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture(scope="module")
def two_clients(tmp_path_factory):
    """Client A (the demo) and client C (the same team, the plan moved to 15 Feb 2027)."""
    folder = tmp_path_factory.mktemp("pool")
    a, c = folder / "clientA.gantry", folder / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    return a, c


def _row(rows, plan, person, level="1"):
    return next(
        r for r in rows if r["Plan"] == plan and r["Resource"] == person and r["Level"] == level
    )


def test_s26pf_priya_is_over_allocated_only_when_the_plans_are_added_up(two_clients):
    a, c = two_clients
    args = argparse.Namespace(sheet=None)
    pool = read_pool([a, c], args)
    load = PoolLoad(pool)
    priya = next(p for p in load.people if p.name == "Priya Nair")
    assert [k for k, _r in priya.members] == [0, 1]
    over = load.overallocations(priya)
    assert over, "Priya is booked on both clients at once"
    assert {k for po in over for k in po.plans} == {0, 1}
    alone = [PoolLoad([one]) for one in pool]
    for one in alone:  # each plan on its own says she is fine
        me = next(p for p in one.people if p.name == "Priya Nair")
        assert one.overallocations(me) == []


def test_s26pf_usage_text_shows_each_plans_work_under_the_person_and_marks_the_total(
    two_clients, capsys
):
    a, c = two_clients
    assert main(["usage", str(a), str(c), "--by", "week"]) == 0
    text = capsys.readouterr().out
    lines = text.splitlines()
    priya = next(line for line in lines if line.startswith("Priya Nair"))
    assert "60.0h*" in priya  # 20 h for A + 40 h for C in the weeks of 12, 19 and 26 April
    assert any(line.startswith("  [clientA] ") for line in lines)
    assert any(line.startswith("  [clientC] ") for line in lines)
    assert "Over-allocated across plans:" in text
    assert any(line.strip().startswith("Priya Nair:") for line in lines)


def test_s26pf_usage_csv_has_a_plan_column_and_one_period_axis(two_clients, tmp_path):
    a, c = two_clients
    out = tmp_path / "team.csv"
    assert main(["usage", str(a), str(c), "--by", "week", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:6] == ["Plan", "Resource", "Task", "Level", "Unit", "Work"]
    total = _row(rows, "", "Priya Nair")
    assert total["2027-04-12"] == "60.00"
    assert total["2027-03-15"] == "48.00"
    mine = [r for r in rows if r["Resource"] == "Priya Nair" and r["Level"] == "2"]
    assert {r["Plan"] for r in mine} == {"clientA", "clientC"}
    week = sum(float(r["2027-04-12"] or 0) for r in mine)
    assert week == pytest.approx(60.0)
    assert sum(float(r["Work"]) for r in mine) == pytest.approx(float(total["Work"]))


def test_s26pf_people_are_matched_by_name_in_any_case(two_clients, tmp_path):
    import sqlite3

    a, c = two_clients
    lower = tmp_path / "lower.gantry"
    shutil.copy(c, lower)
    with sqlite3.connect(lower) as db:
        db.execute("update resources set name = lower(name)")
    args = argparse.Namespace(sheet=None)
    load = PoolLoad(read_pool([a, lower], args))
    priya = next(p for p in load.people if p.name == "Priya Nair")
    assert len(priya.members) == 2


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ("same", "the same plan is given twice"),
        ("notaplan", "notaplan.csv"),
    ],
)
def test_s26pf_bad_files_end_in_one_line(two_clients, tmp_path, capsys, extra, words):
    a, _c = two_clients
    other = a
    if extra == "notaplan":
        other = tmp_path / "notaplan.csv"
        other.write_text("hello,world\n1,2\n", encoding="utf-8")
    assert main(["usage", str(a), str(other)]) == 1
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1


def test_s26pf_plans_without_a_common_person_are_refused(two_clients, tmp_path, capsys):
    import sqlite3

    a, c = two_clients
    strangers = tmp_path / "strangers.gantry"
    shutil.copy(c, strangers)
    with sqlite3.connect(strangers) as db:
        db.execute("update resources set name = 'X ' || name")
    assert main(["usage", str(a), str(strangers)]) == 1
    assert "no person is in more than one of these plans" in capsys.readouterr().err


def test_s26pf_task_usage_options_take_one_plan(two_clients, capsys):
    a, c = two_clients
    assert main(["usage", str(a), str(c), "--tasks"]) == 2
    assert "--tasks takes one plan" in capsys.readouterr().err


def test_s26pf_one_plans_usage_is_as_before(two_clients, capsys):
    a, _c = two_clients
    assert main(["usage", str(a), "--by", "month"]) == 0
    text = capsys.readouterr().out
    assert "[clientA]" not in text
    assert "across plans" not in text
