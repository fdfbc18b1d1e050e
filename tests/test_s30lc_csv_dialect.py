"""A plan's CSV under a decimal-comma locale is written as Excel there opens a CSV (s30xl
F11): ``;`` between cells and ``1500,50``; ``--csv-dialect excel`` (the writer's
``csv_dialect="excel"``) keeps ``,`` and ``.``; the C locale writes as before; and either
file reads back to the same plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.csv_dialect import csv_dialect
from app.io.csv_plan import read_csv, write_csv

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="CSV", currency="EUR", currency_symbol="€"))
    plan.append_task(Task(1, "Planung", duration_minutes=DAY * 5 // 2, fixed_cost=1500.5))
    return plan


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def test_s30lc_german_csv_has_semicolons_and_decimal_commas(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    path = tmp_path / "de.csv"
    write_csv(_plan(), path)
    head, row = _lines(path)[:2]
    assert head.startswith("UID;#;WBS;Task;Duration")
    assert "1500,50" in row.split(";")
    assert "2,5d" in row.split(";")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    back = read_csv(path)
    assert back.tasks[0].fixed_cost == 1500.5
    assert back.tasks[0].duration_minutes == DAY * 5 // 2


def test_s30lc_excel_dialect_and_c_locale_keep_commas(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    path = tmp_path / "excel.csv"
    write_csv(_plan(), path, csv_dialect="excel")
    assert "1500.50" in _lines(path)[1].split(",")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    write_csv(_plan(), path)
    assert "1500.50" in _lines(path)[1].split(",")


def test_s30lc_unknown_dialect_refused():
    with pytest.raises(InputError, match="choose locale or excel"):
        csv_dialect("semicolon")
