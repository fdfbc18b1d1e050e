"""``gantry diff``'s rows for a link: the CSV and workbook report gave a link's change a blank
UID column (a task's row gives its UID); it now gives the link's uid as ``--json`` does
(``1->2``). And a lag's old value named the predecessor by its row in the new plan (``Lag 2 ->
2FS+1d`` when Pour was row 1 in the old file); each side now reads as its own file's
Predecessors column (``Lag 1 -> 2FS+1d``)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

ROOT = Path(__file__).resolve().parents[1]
MON = datetime(2027, 1, 4, 8, 0)
DAY = 480


def _plan(lag: int, prep_above: bool) -> Plan:
    plan = Plan(project=Project(name="Lags", start=MON))
    if prep_above:  # a row inserted above: Pour 1 -> 2, Cure 2 -> 3
        plan.append_task(Task(9, "Prep", duration_minutes=DAY))
    plan.append_task(Task(1, "Pour", duration_minutes=DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.add_link(Link(1, 2, lag_minutes=lag))
    return plan


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """Pour -> Cure's lag 0 -> 1d, and a task inserted above them in the new plan."""
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(0, False), old)
    write_plan(_plan(DAY, True), new)
    return old, new


def _diff(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _link_row(rows: list[list[str]]) -> dict[str, str]:
    """The report's link row as {header: cell}."""
    at = next(i for i, row in enumerate(rows) if row[:2] == ["Change", "Item"])
    header = rows[at]
    link = next(row for row in rows[at + 1 :] if row and row[1].startswith("link "))
    return dict(zip(header, link, strict=False))


def test_s28d3_csv_link_row_gives_its_uid(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "changes.csv"
    _diff(str(old), str(new), "-o", str(out))
    with out.open(encoding="utf-8-sig", newline="") as f:
        row = _link_row(list(csv.reader(f)))
    assert row["UID"] == "1->2"
    assert (row["Field"], row["Old"], row["New"]) == ("Lag", "1", "2FS+1d")
    json_uid = json.loads(_diff(str(old), str(new), "--json"))["changes"]
    assert any(c["uid"] == row["UID"] for c in json_uid if c["entity"] == "link")


def test_s28d3_xlsx_link_row_gives_its_uid(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "changes.xlsx"
    _diff(str(old), str(new), "-o", str(out))
    book = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = [
            ["" if c is None else str(c) for c in row]
            for ws in book
            for row in ws.iter_rows(values_only=True)
        ]
    finally:
        book.close()
    row = _link_row(rows)
    assert row["UID"] == "1->2"
    assert (row["Old"], row["New"]) == ("1", "2FS+1d")


def test_s28d3_lag_old_value_reads_as_old_file(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    text = _diff(str(old), str(new))
    assert "FS: Lag 1 -> 2FS+1d\n" in text
    changes = json.loads(_diff(str(old), str(new), "--json"))["changes"]
    lag = next(c for c in changes if c["entity"] == "link")
    assert (lag["old_text"], lag["new_text"]) == ("1", "2FS+1d")


def test_s28d3_lag_same_rows_unchanged(tmp_path: Path) -> None:
    """No row inserted: both sides name Pour by the same row, as before."""
    old, new = tmp_path / "a.gantry", tmp_path / "b.gantry"
    write_plan(_plan(0, True), old)
    write_plan(_plan(DAY, True), new)
    assert "FS: Lag 2 -> 2FS+1d\n" in _diff(str(old), str(new))
