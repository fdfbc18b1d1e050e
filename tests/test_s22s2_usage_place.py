"""A Usage printout with a typed footer (Page Setup, de4e02d) still says each page's place:
Gantry's footer said 'Page 3 of 7 (row 1, column 4)' and, with blank pages left out, which
rows and dates the page holds; the typed footer took its place, so a grid more than one page
wide says them on a small line under the header, and the pages are counted with that line."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtGui import QPdfWriter

from app.domain.page_setup import PageSetup
from app.domain.project import Project
from app.report.options import PrintOptions
from app.report.render import page_layout
from app.report.usage_pages import UsageLine, UsageSheet, device_usage_plan, render_usage
from app.report.view_frame import ViewFrame

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing"
)
_PLACE = re.compile(r"Page (\d+) of (\d+) \(row (\d+), column (\d+)\)")
TYPED = ViewFrame(
    PageSetup(footer=("Confidential", "Sheet &[Page] / &[Pages]", "")),
    Project(name="Grid", start=datetime(2026, 3, 2, 8)),
)


def _sheet(periods: int) -> UsageSheet:
    """60 rows, every other one with a figure in the last period only: blank pages between."""
    lines = tuple(
        UsageLine(f"Row {n}", "8.0h", ((periods - 1, "8.0h"),) if n % 2 else (), periods)
        for n in range(60)
    )
    days = tuple(f"D{k}" for k in range(periods))
    return UsageSheet("Task Usage by day", "Task Name", days, lines)


def _print(tmp_path, sheet: UsageSheet, frame: ViewFrame | None, name: str):
    target = tmp_path / f"{name}.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageLayout(page_layout(PrintOptions(landscape=True)))
    plan = device_usage_plan(writer, sheet, frame=frame)
    pages = render_usage(writer, sheet, project="Grid", printed_on=date(2026, 3, 2), frame=frame)
    del writer
    assert pages == plan.count  # counted before drawing as it prints
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    return target, plan, text.split("\f")[:-1]


@needs_poppler
def test_s22s2_a_typed_footer_leaves_each_page_its_place(qapp, tmp_path):
    sheet = _sheet(140)
    _pdf, plan, pages = _print(tmp_path, sheet, TYPED, "typed")
    assert plan.cols > 1
    assert plan.blank > 0  # a grid with holes: rows and dates said too
    assert len(pages) == plan.count
    for number, (page, (row, col)) in enumerate(zip(pages, plan.pages, strict=True), 1):
        assert f"Sheet {number} / {plan.count}" in page  # the typed footer
        found = _PLACE.findall(page)
        assert found == [(str(number), str(plan.count), str(row + 1), str(col + 1))]
    assert "Rows 34\u201360, D120 \u2013 D139" in pages[-1]  # its rows and days


@needs_poppler
def test_s22s2_the_place_line_takes_room_only_where_it_is_said(qapp, tmp_path):
    wide = _sheet(140)
    _pdf, gantrys, pages = _print(tmp_path, wide, None, "gantrys")
    assert all(len(_PLACE.findall(page)) == 1 for page in pages)  # in Gantry's footer alone
    _pdf, typed, _pages = _print(tmp_path, wide, TYPED, "typed")
    assert typed.rows >= gantrys.rows  # the line under the header takes a row's room
    narrow = _sheet(3)  # one page wide: the pages run down in order, nothing left out
    _pdf, one, pages = _print(tmp_path, narrow, TYPED, "narrow")
    assert one.cols == 1
    assert not any("Page " in page for page in pages)
    _pdf, plain, _pages = _print(tmp_path, narrow, None, "plain")
    assert one.rows == plain.rows
