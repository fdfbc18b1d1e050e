"""A plain client sheet's % complete starts the task, as the CSV read and the window do.

Found last session: a client's own workbook read with a task at 40 % gave it no actual
start (it counted as not started, its start free to move), where the CSV read of the same
rows set one. Both readers share one rule (app.io.read_progress).
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl

from app.io.csv_plan import read_csv
from app.io.excel_import import read_workbook

ROWS = [
    ("Task", "Duration", "Start", "% Complete"),
    ("Survey", "2d", datetime(2027, 3, 1, 8), 1.0),
    ("Design", "5d", datetime(2027, 3, 3, 8), 0.4),
    ("Build", "4d", datetime(2027, 3, 10, 8), 0),
]


def _xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Client plan"
    for row in ROWS:
        ws.append(row)
    for r in range(2, len(ROWS) + 1):
        ws.cell(r, 4).number_format = "0%"
        ws.cell(r, 3).number_format = "yyyy-mm-dd hh:mm"
    wb.save(path)
    return path


def _csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(ROWS[0])
        for name, dur, start, pct in ROWS[1:]:
            out.writerow([name, dur, f"{start:%Y-%m-%d %H:%M}", f"{pct * 100:g}%"])
    return path


def test_s18s_a_task_at_40_percent_in_a_sheet_has_started(tmp_path: Path) -> None:
    plan = read_workbook(_xlsx(tmp_path / "client.xlsx"))
    design = next(t for t in plan.tasks if t.name == "Design")
    assert design.percent_complete == 40
    assert design.actual_start == datetime(2027, 3, 3, 8)  # its start
    assert design.actual_finish is None
    survey = next(t for t in plan.tasks if t.name == "Survey")
    assert survey.actual_start == datetime(2027, 3, 1, 8)
    assert survey.actual_finish == datetime(2027, 3, 2, 17)  # done: finished where it ends
    build = next(t for t in plan.tasks if t.name == "Build")
    assert build.actual_start is None  # 0 %: not started


def test_s18s_the_workbook_and_the_csv_read_the_same_progress(tmp_path: Path) -> None:
    book = read_workbook(_xlsx(tmp_path / "client.xlsx"))
    text = read_csv(_csv(tmp_path / "client.csv"))
    fields = [(t.name, t.percent_complete, t.actual_start, t.actual_finish) for t in book.tasks]
    assert fields == [
        (t.name, t.percent_complete, t.actual_start, t.actual_finish) for t in text.tasks
    ]
