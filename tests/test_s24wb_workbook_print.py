"""The client workbook prints with the header and footer typed in the plan's Page Setup, as
Gantry's own printout does: they were left out, every sheet headed with the project's name
and the sheet's. Excel fills in a page's number (&P), the page count (&N), the day printed
(&D) and the sheet's name (&A, the printed view); the other fields are written as their text.
Only the columns printed decide a sheet's orientation (app/io/workbook_print.py)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.formats import read_plan, write_plan
from app.io.workbook_format import new_sheet
from app.io.workbook_print import page_texts, paper_for, print_setup, print_used_range

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
SHEETS = ("Plan", "Gantt", "Budget", "Cash Flow", "Team", "Rates", "Risks", "About")  # Rates: s30tb
TYPED = PageSetup(
    margins_mm=(15.0, 15.0, 12.0, 12.0),
    header=("&[Project] - R&D", "Status: &[Status Date], &[manager]", "&[View]"),
    footer=("Printed &[Date]", "Page &[Page] of &[Pages]", "&[Company]"),
)


@pytest.fixture(autouse=True)
def _a4(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def _plan(shared_data: Path, setup: PageSetup | None) -> Plan:
    """MS Project's sample plan, named with an ampersand, headed as ``setup`` says."""
    plan = read_plan(shared_data / "mspdi" / "sample.xml")
    project = replace(
        plan.project,
        name="Kitchen & Bath",
        status_date=datetime(2027, 1, 13, 17),
        manager="Mia Ng",
        company="Acme & Sons",
    )
    plan.set_project(project if setup is None else replace(project, page_setup=setup))
    return plan


def _written(plan: Plan, path: Path) -> Path:
    write_plan(plan, path, now=datetime(2027, 1, 14, 9, 0))
    return path


def _parts(item) -> tuple[str | None, str | None, str | None]:
    return (item.left.text, item.center.text, item.right.text)


def test_s24wb_a_typed_header_and_footer_head_every_sheet(shared_data, tmp_path):
    book = openpyxl.load_workbook(_written(_plan(shared_data, TYPED), tmp_path / "typed.xlsx"))
    for name in SHEETS:
        ws = book[name]
        assert _parts(ws.oddHeader) == (
            "Kitchen && Bath - R&&D",
            "Status: 2027-01-13, Mia Ng",  # the Budget's own centre gives way to the typed one
            "&A",
        ), name
        assert _parts(ws.oddFooter) == ("Printed &D", "Page &P of &N", "Acme && Sons"), name


def test_s24wb_gantrys_own_header_and_footer_stay_when_none_is_typed(shared_data, tmp_path):
    book = openpyxl.load_workbook(_written(_plan(shared_data, None), tmp_path / "own.xlsx"))
    for name in SHEETS:
        ws = book[name]
        centre = "Earned value at 2027-01-13" if name == "Budget" else None
        assert _parts(ws.oddHeader) == ("Kitchen && Bath", centre, "&A"), name
        assert _parts(ws.oddFooter) == (None, "Page &P of &N", None), name


def test_s24wb_a_typed_header_without_a_centre_leaves_the_budgets(shared_data, tmp_path):
    setup = PageSetup(header=("&[Project]", "", ""))
    book = openpyxl.load_workbook(_written(_plan(shared_data, setup), tmp_path / "left.xlsx"))
    assert _parts(book["Budget"].oddHeader) == (
        "Kitchen && Bath",
        "Earned value at 2027-01-13",
        None,
    )
    assert _parts(book["Plan"].oddHeader) == ("Kitchen && Bath", None, None)
    assert _parts(book["Plan"].oddFooter) == (None, "Page &P of &N", None)  # footer not typed


def test_s24wb_the_workbook_reopens_and_reads_back_its_page_setup(shared_data, tmp_path):
    plan = _plan(shared_data, TYPED)
    path = _written(plan, tmp_path / "typed.xlsx")
    calamine = CalamineWorkbook.from_path(str(path))
    assert [n for n in calamine.sheet_names if n != "_gantry"] == list(SHEETS)
    rows = calamine.get_sheet_by_name("Plan").to_python()
    assert rows[1][3] == plan.tasks[0].name
    back = read_plan(path)
    assert back.project.page_setup == TYPED
    assert back.project.name == "Kitchen & Bath"


def test_s24wb_a_typed_part_is_cut_whole_codes_and_pages_not_shifted(shared_data):
    project = _plan(shared_data, None).project
    long = "&[Page] " + "x&" * 60
    left, centre, right = page_texts((long, "&[Page]-1 of &[Pages]+2", "&[Nothing]"), project)
    assert left == "&P " + "x&&" * 25 + "x"  # 79 characters: the next "&&" would pass 80
    assert len(left) + len(centre) + len(right) + 6 <= 255  # Excel's limit for a header
    # Excel reads "&P-1" as the page number less one: the typed text keeps its minus
    assert centre == "&P -1 of &N +2"
    assert right == ""  # a field the plan does not know prints nothing, as in the printout


def test_s24wb_only_the_printed_columns_decide_landscape(tmp_path):
    """A sheet printed upright when the columns left out of its print area (the Plan
    sheet's empty progress columns) are what make it wider than the page; a sheet set
    landscape whatever its columns (the Gantt) stays so."""
    paper = paper_for(None, letter=False)
    book = Workbook(write_only=True)
    widths = {0: 8.0, 1: 30.0, 2: 30.0, 3: 30.0, 4: 30.0, 5: 30.0}
    for name, forced in (("Narrow", False), ("Forced", True)):
        ws = new_sheet(book, name, widths)
        ws.column_dimensions["A"].hidden = True
        assert print_setup(ws, paper, "P", list(widths.values())[1:], landscape=forced)
        ws.append(["uid", "a", "b", "c", "d", "e"])
        ws.append([1, "x", "y", None, None, None])
        print_used_range(ws, 3)  # A (hidden), B, C: 2 x 215 pixels, upright holds 698
    path = tmp_path / "narrow.xlsx"
    book.save(path)
    saved = openpyxl.load_workbook(path)
    assert saved["Narrow"].page_setup.orientation == "portrait"
    assert saved["Narrow"].print_area == "'Narrow'!$A$1:$C$1048576"
    assert saved["Forced"].page_setup.orientation == "landscape"


def test_s24wb_the_plan_sheet_with_no_progress_still_prints_landscape(shared_data, tmp_path):
    """Its filled columns alone (#, WBS, a 48-wide Task, dates, people...) are wider than an
    upright A4 page: landscape, as before, fitted to its print area."""
    ws = openpyxl.load_workbook(_written(_plan(shared_data, None), tmp_path / "p.xlsx"))["Plan"]
    assert ws.print_area == "'Plan'!$A$1:$N$1048576"  # Notes and Fixed cost accrual, no actuals
    assert ws.page_setup.orientation == "landscape"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or pdftotext")
def test_s24wb_libreoffice_prints_the_typed_header_and_footer(shared_data, tmp_path):
    path = _written(_plan(shared_data, TYPED), tmp_path / "typed.xlsx")
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
    text = subprocess.run(
        [str(PDFTOTEXT), "-layout", str(tmp_path / "typed.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= len(SHEETS)
    for number, page in enumerate(pages, start=1):
        lines = [line.split() for line in page.splitlines() if line.strip()]
        head, foot = " ".join(lines[0]), " ".join(lines[-1])
        assert head.startswith("Kitchen & Bath - R&D Status: 2027-01-13, Mia Ng"), head
        assert f"Page {number} of {len(pages)}" in foot, foot
        assert foot.startswith("Printed "), foot
        assert foot.endswith("Acme & Sons"), foot
    heads = [" ".join(p.splitlines()[0].split()) for p in pages]
    named = [[s for s in SHEETS if head.endswith(" " + s)] for head in heads]
    assert all(named), heads  # &A: each page names its sheet ("Cash Flow" is two words)
    assert {n[0] for n in named} == set(SHEETS)
