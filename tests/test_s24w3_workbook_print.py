"""The client workbook prints what the client adds and in one typeface: its print areas are
whole columns (a row added below the last task printed nowhere), every named style has the
sheet's font (nameless, they printed in LibreOffice's serif beside sans headers), and the
Gantt's first month, when the plan starts late in it, has room for its year."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import write_plan
from tests.unit.excel_plans import sample_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")


def _written(plan: Plan, path: Path) -> Path:
    write_plan(plan, path, now=datetime(2027, 1, 14, 9, 0))
    return path


def test_s24w3_every_sheet_prints_whole_columns(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_written(sample_plan(), tmp_path / "s.xlsx"))
    for name in ("Plan", "Budget", "Team", "Risks"):
        area = wb[name].print_area
        assert area.startswith(f"'{name}'!$A$1:$"), area
        assert area.endswith("$1048576"), area  # Excel shows it as $A:$N


def test_s24w3_every_style_has_the_sheets_font(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_written(sample_plan(), tmp_path / "s.xlsx"))
    fonts = {(s.name, s.font.name, s.font.sz) for s in wb._named_styles}
    assert {(f, s) for _, f, s in fonts} == {("Calibri", 11.0)}, fonts
    plan = wb["Plan"]
    assert {c.font.name for row in plan.iter_rows() for c in row} == {"Calibri"}
    header = plan["B1"].font
    assert (header.b, header.color.rgb) == (True, "00FFFFFF")  # bold and white as before


@pytest.mark.parametrize(
    ("start", "days"), [(datetime(2027, 3, 30, 8), 20), (datetime(2027, 1, 27, 8), 300)]
)
def test_s24w3_the_gantts_first_month_has_room_for_its_year(
    tmp_path: Path, start: datetime, days: int
) -> None:
    plan = Plan()
    plan.set_project(replace(plan.project, name="Late start", start=start))
    plan.insert_tasks(0, [Task(1, "Long", 1, duration_minutes=days * 480)])
    ws = openpyxl.load_workbook(_written(plan, tmp_path / "g.xlsx"))["Gantt"]
    months = [(c.column, c.value) for c in ws[1][4:] if c.value]
    (first_col, first), (second_col, second) = months[:2]
    assert (first, second) == (f"{start:%b %Y}", "Feb 2027" if days > 100 else "Apr 2027")
    room = sum(ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width
               for k in range(first_col, second_col))  # fmt: skip
    assert room >= len(first) + 1  # 'Jan' alone printed before
    day = ws.cell(2, first_col).value
    assert day <= start.day  # the timeline begins on or before the plan


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None or PDFFONTS is None, reason="LibreOffice, poppler"
)
def test_s24w3_libreoffice_prints_a_row_added_below_in_sans(tmp_path: Path) -> None:
    path = _written(sample_plan(), tmp_path / "client.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    row = ws.max_row + 1
    ws.cell(row, 4).value = "Added below by the client"
    ws.cell(row, 5).value = "2d"
    wb.save(path)
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = str(tmp_path / "client.pdf")
    text = subprocess.run(
        [str(PDFTOTEXT), pdf, "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert "Added below by the client" in text
    fonts = subprocess.run(
        [str(PDFFONTS), pdf], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert "Serif" not in fonts, fonts
