"""A client sheet's summary row with a Cost of its own (s30xl F4), read as MS Project reads a
summary's Cost (its rows' roll-up plus its own fixed cost): a summary typed less than its
rows holds a credit, its own negative fixed cost, as MS Project keeps a Cost typed below
what it counts (dba3cdfc had read it as a cost on top of its rows; s25g4 and this now
agree); a summary equal to its rows' total adds nothing; one beyond it keeps the difference. A
typed summary cost that is not its rows' total is said in a note naming the cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.io.csv_plan import read_csv


def _read(tmp_path: Path, summary: str) -> tuple[list[float], float, list[str]]:
    path = tmp_path / "client.csv"
    path.write_text(
        "WBS;Vorgang;Dauer;Kosten\n"
        f"1;Planung;5 Tage;{summary}\n"
        "1.1;Ausführung;3 Tage;12000\n"
        "1.2;Abnahme;2 Tage;1500\n",
        encoding="utf-8",
    )
    notes: list[str] = []
    plan = read_csv(path, warn=notes.append)
    total = compute_costs(plan, schedule(plan)).total_cost
    return [t.fixed_cost for t in plan.tasks], total, notes


def test_s30lc_summary_less_than_its_rows_holds_a_credit_and_says_so(tmp_path: Path):
    fixed, total, notes = _read(tmp_path, "1234.50")
    assert fixed == [-12265.5, 12000.0, 1500.0]
    assert total == pytest.approx(1234.5)  # what the cell says, as in MS Project
    said = [n for n in notes if "summary 'Planung'" in n]
    assert len(said) == 1
    assert "D2" in said[0]
    assert "less than its rows'" in said[0]


def test_s30lc_summary_equal_to_its_rows_is_their_roll_up(tmp_path: Path):
    fixed, total, notes = _read(tmp_path, "13500")
    assert fixed == [0.0, 12000.0, 1500.0]
    assert total == pytest.approx(13500.0)
    assert not [n for n in notes if "summary" in n]


def test_s30lc_summary_beyond_its_rows_keeps_the_difference(tmp_path: Path):
    fixed, total, notes = _read(tmp_path, "14000")
    assert fixed == [500.0, 12000.0, 1500.0]
    assert total == pytest.approx(14000.0)
    assert [n for n in notes if "more than its rows'" in n]
