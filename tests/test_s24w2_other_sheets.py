"""Edits on a returned workbook's Budget and About sheets (s24wb2): not read, and dropped
with no word. Each changed cell is named in a note saying where the value is changed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.io.excel_import import read_roundtrip_workbook

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "plan.xlsx"
    assert main(["convert", str(DEMO), str(path)]) == 0
    return path


def test_s24w2_an_untouched_workbook_says_nothing_of_them(exported: Path) -> None:
    assert read_roundtrip_workbook(exported).notes == []


def test_s24w2_budget_and_about_edits_are_named(exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    book["Budget"]["C3"] = 999  # task 2 'Project kick-off' (800)
    book["Budget"]["D4"] = 1  # Cost: computed, its title says so
    book["About"]["B1"] = "CRM roll-out (client rev)"
    book["About"]["B7"] = "USD"
    book.save(exported)
    trip = read_roundtrip_workbook(exported)
    assert trip.notes == [
        "Budget!C3: Fixed cost 999 typed for 'Project kick-off' on the Budget sheet is not "
        "read; type it in the Plan sheet's Fixed cost column",
        "About!B1: the project name typed 'CRM roll-out (client rev)' on the About sheet is "
        "not read; the plan's own is changed in Project Information",
        "About!B7: the currency typed 'USD' on the About sheet is not read; the plan's own is "
        "changed in Project Information",
    ]
    assert trip.theirs.task(2).fixed_cost == 800
