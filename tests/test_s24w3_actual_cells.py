"""The Plan sheet's Actual Start and Actual Finish cells are formatted as dates, empty ones
too: they were General, so a date a client pasted as a value there showed as 46394. A
moment at another time keeps its time (s24md: moments come back exactly)."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.assets import resource_path
from app.cli import main
from app.formats import read_plan, write_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NIGHT = datetime(2027, 1, 7, 22, 0)  # a night shift's start: shown with its time


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    plan = read_plan(resource_path("demo", "crm-rollout.gantry"))
    task = plan.task(3)  # Project charter: started at night
    plan.update_task(replace(task, actual_start=NIGHT, percent_complete=0.3))
    gantry, book = tmp_path / "plan.gantry", tmp_path / "client.xlsx"
    write_plan(plan, gantry)
    write_plan(plan, book, now=datetime(2027, 1, 14, 9, 0))
    return book


def _columns(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def test_s24w3_actual_cells_are_dates_empty_or_not(exported: Path, capsys) -> None:
    ws = openpyxl.load_workbook(exported)["Plan"]
    col = _columns(ws)
    for row in range(2, ws.max_row + 1):
        start = ws.cell(row, col["Start"]).number_format
        for title in ("Actual Start", "Actual Finish"):
            cell = ws.cell(row, col[title])
            if cell.value is None:
                assert cell.number_format == "mm-dd-yy", (row, title)  # (s31lc)
            elif cell.value == NIGHT:
                assert cell.number_format == "m/d/yy h:mm"  # its time shown (s24md)
            else:
                assert cell.number_format == start, (row, title)
    assert main(["diff", str(exported.with_name("plan.gantry")), str(exported)]) == 0
    assert capsys.readouterr().out == "no changes\n"  # untouched: the same plan back


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice")
def test_s24w3_a_date_pasted_as_a_value_shows_and_reads_as_a_date(
    exported: Path, tmp_path: Path, capsys
) -> None:
    wb = openpyxl.load_workbook(exported)
    ws = wb["Plan"]
    col = _columns(ws)
    ws.cell(5, col["Actual Start"]).value = 46394  # Paste Values of 2027-01-07
    wb.save(exported)
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(tmp_path / "shown"),
            str(exported),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with (tmp_path / "shown" / "client.csv").open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    # General showed 46394; the short date in LibreOffice's locale's order since s31lc
    shown = rows[4][col["Actual Start"] - 1]
    assert sorted(int(part) for part in re.findall(r"\d+", shown)) == [1, 7, 2027], shown
    assert main(["diff", str(exported.with_name("plan.gantry")), str(exported)]) == 0
    out = capsys.readouterr().out
    # s27di: a task's progress is one line of the progress section: the date it gained
    assert "  ID 4 'Stakeholder interviews': Actual Start 2027-01-07 08:00" in out.splitlines()
