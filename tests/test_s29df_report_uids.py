"""``gantry diff -o report.csv/.xlsx``: every row gives the uid of what it is about.

A person's, an assignment's and a risk's rows left the UID column blank while a task's and a
link's gave theirs, so a PM filtering the report by UID lost them. Each now gives the uid
``--json`` gives it: a person's and a risk's own, an assignment's ``task:person``.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.formats import write_plan

MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _plan(rate: float, units: float, probability: float) -> Plan:
    return Plan(
        project=Project(name="Site", start=MON),
        tasks=[Task(1, "Pour", duration_minutes=DAY), Task(2, "Cure", duration_minutes=DAY)],
        resources=[Resource(3, "Ana", standard_rate=rate)],
        assignments=[Assignment(7, 2, 3, units=units, work_minutes=int(DAY * units))],
        risks=[Risk(5, "Rain", probability=probability, impact=1000.0)],
    )


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """Ana's rate 50 -> 60, her units on Cure 100% -> 50%, Rain's probability 30% -> 50%."""
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(50.0, 1.0, 0.3), old)
    write_plan(_plan(60.0, 0.5, 0.5), new)
    return old, new


def _table(rows: list[list[str]]) -> list[dict[str, str]]:
    """The report's change rows as {header: cell}."""
    at = next(i for i, row in enumerate(rows) if row[:2] == ["Change", "Item"])
    header = rows[at]
    return [dict(zip(header, row, strict=False)) for row in rows[at + 1 :] if row]


def _json_uids(old: Path, new: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    out: dict[str, set[str]] = {}
    for change in changes:
        out.setdefault(change["entity"], set()).add(str(change["uid"]))
    return out


def _check(rows: list[dict[str, str]], wanted: dict[str, set[str]]) -> None:
    person = [r for r in rows if r["Item"] == "resource 3 'Ana'"]
    assigned = [r for r in rows if r["Item"] == "Ana on ID 2 'Cure'"]
    risk = [r for r in rows if r["Item"] == "risk 5 'Rain'"]
    assert person, rows
    assert assigned, rows
    assert risk, rows
    assert {r["UID"] for r in person} == {"3"} == wanted["resource"]
    assert {r["UID"] for r in assigned} == {"2:3"} == wanted["assignment"]
    assert {r["UID"] for r in risk} == {"5"} == wanted["risk"]
    cure = [r for r in rows if "'Cure'" in r["Item"] and r["Item"].startswith("ID ")]
    assert all(r["UID"] == "2" for r in cure)  # a task's as before


def test_s29df_csv_gives_people_assignments_and_risks_their_uids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "changes.csv"
    assert main(["diff", str(old), str(new), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = _table(list(csv.reader(f)))
    _check(rows, _json_uids(old, new, capsys))


def test_s29df_xlsx_gives_people_assignments_and_risks_their_uids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "changes.xlsx"
    assert main(["diff", str(old), str(new), "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = [
            ["" if c is None else str(c) for c in row]
            for row in book.active.iter_rows(values_only=True)
        ]
    finally:
        book.close()
    _check(_table(rows), _json_uids(old, new, capsys))
