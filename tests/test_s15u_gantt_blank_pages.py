"""Print blank pages on a Gantt chart cut into pages: off, a page past the first column with
no bar for its rows and dates is left out; on (MS Project's default), every page prints."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.report.export import export_pdf_file
from app.report.gantt_pages import GanttPageLayout
from app.report.options import PrintOptions
from app.report.page_frame import PageInfo

START = datetime(2026, 3, 2, 8, 0)
BAND = 30


def waterfall(link: bool = False) -> Plan:
    """Three bands of thirty rows (a page each): the first band's bars early, the second's in the middle,
    the third's late (each a two-week task held by a start-no-earlier-than date)."""
    plan = Plan(project=Project(name="Waterfall", start=START))
    for band, offset in enumerate((0, 42, 84)):
        for k in range(BAND):
            uid = band * BAND + k + 1
            plan.append_task(
                Task(
                    uid,
                    f"Task {uid}",
                    1,
                    duration_minutes=10 * 480,
                    constraint_type=ConstraintType.SNET,
                    constraint_date=START + timedelta(days=offset),
                )
            )
    if link:
        plan.add_link(Link(BAND, BAND + 1, LinkType.FS))  # out of the first band into the second
    return plan


def layout_of(plan: Plan, blank_pages: bool) -> GanttPageLayout:
    options = PrintOptions(pages_wide=3, pages_tall=3, blank_pages=blank_pages, columns=("name",))
    return GanttPageLayout(plan, schedule(plan), options, 780.0, 540.0)


def places(layout: GanttPageLayout) -> list[tuple[int, int]]:
    return [(s.row, s.col) for s in layout.pages]


def test_pages_without_bars_are_left_out(qapp):
    every = layout_of(waterfall(), blank_pages=True)
    kept = layout_of(waterfall(), blank_pages=False)
    assert places(every) == [(r, c) for r in (1, 2, 3) for c in (1, 2, 3)]
    assert every.blank == 0
    assert [(s.first_task, s.last_task) for s in every.pages[::3]] == [(0, 30), (30, 60), (60, 90)]
    # the names' column, and each band's own column of dates
    assert places(kept) == [(1, 1), (2, 1), (2, 2), (3, 1), (3, 3)]
    assert kept.blank == 4
    assert kept.grid_pages == 9
    assert [s.sheet for s in kept.pages] == [1, 2, 3, 4, 5]
    assert all(s.sheet == 0 for s in every.pages)
    # what the pages kept show is as before: same rows, same dates, same columns
    same = {(s.row, s.col): s for s in every.pages}
    for slot in kept.pages:
        before = same[slot.row, slot.col]
        assert (slot.first_task, slot.last_task, slot.chart_x0, slot.chart_x1) == (
            before.first_task,
            before.last_task,
            before.chart_x0,
            before.chart_x1,
        )


def test_a_link_line_keeps_the_page_it_runs_across(qapp):
    kept = layout_of(waterfall(link=True), blank_pages=False)
    # task 30's arrow runs right from its bar, in its row, to task 31's start (2nd column)
    assert (1, 2) in places(kept)
    assert (1, 3) not in places(kept)


def test_one_page_wide_leaves_nothing_out(qapp):
    plan = waterfall()
    options = PrintOptions(pages_wide=1, pages_tall=3, blank_pages=False, columns=("name",))
    layout = GanttPageLayout(plan, schedule(plan), options, 780.0, 540.0)
    assert len(layout.pages) == 3
    assert layout.blank == 0


def test_the_footer_says_which_page_and_what_it_holds(qapp):
    kept = layout_of(waterfall(), blank_pages=False)
    slot = kept.pages[2]  # row 2, column 2
    info = kept.page_info(slot, date(2026, 3, 1))
    assert info.page_label == "Page 3 of 5 (row 2, column 2)"
    first = kept.timescale.moment_at(slot.chart_x0).date()
    assert info.span.startswith(f"Rows 31\u201360, {first.isoformat()} \u2013 ")
    every = layout_of(waterfall(), blank_pages=True)
    plain = every.page_info(every.pages[4], date(2026, 3, 1))
    assert plain.page_label == "Page 5 of 9 (row 2, column 2)"
    assert plain.span == ""


def test_page_label_without_holes_is_unchanged():
    info = PageInfo("P", None, date(2026, 3, 1), 2, 3, 4, 5)
    assert info.page_label == "Page 8 of 20 (row 2, column 3)"
    one_wide = PageInfo("P", None, date(2026, 3, 1), 2, 1, 4, 1, "", 2, 4, "Rows 1\u201310")
    assert one_wide.page_label == "Page 2 of 4"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_the_pdf_prints_the_pages_kept(qapp, tmp_path):
    plan = waterfall()
    options = PrintOptions(
        pages_wide=3,
        pages_tall=3,
        blank_pages=False,
        printed_on=date(2026, 3, 1),
        columns=("name",),
        landscape=True,  # the 3x3 grid the layout above is counted on
    )
    target = tmp_path / "kept.pdf"
    assert export_pdf_file(plan, schedule(plan), options, target) == 5
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 5
    labels = [re.search(r"Page \d of 5 \(row \d, column \d\)", p).group(0) for p in pages]
    assert labels == [
        "Page 1 of 5 (row 1, column 1)",
        "Page 2 of 5 (row 2, column 1)",
        "Page 3 of 5 (row 2, column 2)",
        "Page 4 of 5 (row 3, column 1)",
        "Page 5 of 5 (row 3, column 3)",
    ]
    assert "Rows 61\u201390" in pages[4]
    assert "Task 75" in pages[4]  # the task columns are repeated on every page


def test_a_column_whose_top_page_is_left_out_keeps_its_dates(qapp):
    plan = waterfall()
    options = PrintOptions(
        pages_wide=3, pages_tall=3, blank_pages=False, columns=("name",), repeat_timescale=False
    )
    kept = GanttPageLayout(plan, schedule(plan), options, 780.0, 540.0)
    every = GanttPageLayout(plan, schedule(plan), replace(options, blank_pages=True), 780.0, 540.0)
    assert [(s.row, s.col) for s in every.pages if s.timescale] == [(1, 1), (1, 2), (1, 3)]
    # (1, 2) and (1, 3) are blank: the pages kept under them show the dates instead
    assert [(s.row, s.col) for s in kept.pages if s.timescale] == [(1, 1), (2, 2), (3, 3)]
