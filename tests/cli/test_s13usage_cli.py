"""``gantry usage`` follows the Usage view's outline: Task Usage with summaries and their
rolled-up work, cost items in money and materials in their unit, CSV with a Level column."""

from __future__ import annotations

import csv

import pytest

from app.cli import main
from app.store.document import GantryFile
from tests.gui.test_s13usage_view import costed_plan


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "costed.gantry"
    GantryFile.create(path, costed_plan()).close()
    return path


def _table(capsys):
    return [line.rstrip() for line in capsys.readouterr().out.splitlines()]


def test_task_usage_text_is_the_outline_with_summaries_money_and_tonnes(plan_file, capsys):
    assert main(["usage", str(plan_file), "--tasks", "--by", "month"]) == 0
    lines = _table(capsys)
    assert lines[1].startswith("Design ")
    assert lines[2].startswith("  Specs ")
    assert lines[3].startswith("    Ana ")
    rows = [line.split() for line in lines[1:]]
    assert rows[0] == ["Design", "56.0h", "56.0h"]  # Specs 48h + Review 8h
    assert rows[1] == ["Specs", "48.0h", "48.0h"]
    assert rows[4] == ["Travel", "€900.00", "€900.00"]  # its money, not in Specs' work
    assert lines[5].startswith("    Travel")
    build = rows.index(["Build", "40.0h", "40.0h"])  # Code's 40h, no cement
    assert rows[build + 3] == ["Cement", "40.0", "t", "40.0", "t"]


def test_resource_usage_text_lists_cost_items_and_materials_in_plan_order(plan_file, capsys):
    assert main(["usage", str(plan_file), "--by", "month"]) == 0
    rows = [line.split() for line in _table(capsys)[1:]]
    tops = [r[0] for r in rows if r[0] in ("Ana", "Ben", "Cement", "Travel")]
    assert tops == ["Ana", "Ben", "Cement", "Travel"]
    assert ["Travel", "€900.00", "€900.00"] in rows
    assert ["Cement", "40.0", "t", "40.0", "t"] in rows


def test_csv_has_one_row_per_line_with_its_level_and_unit(plan_file, tmp_path):
    out = tmp_path / "tasks.csv"
    assert main(["usage", str(plan_file), "--tasks", "--by", "month", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Task", "Resource", "Level", "Unit", "Work", "2026-03-01"]
    assert rows[1] == ["Design", "", "1", "hours", "56.00", "56.00"]
    assert rows[2] == ["Specs", "", "2", "hours", "48.00", "48.00"]
    assert rows[3] == ["Specs", "Ana", "3", "hours", "24.00", "24.00"]
    assert rows[5] == ["Specs", "Travel", "3", "EUR", "900.00", "900.00"]
    cement = next(r for r in rows if r[1] == "Cement")
    assert cement == ["Code", "Cement", "3", "t", "40.00", "40.00"]
