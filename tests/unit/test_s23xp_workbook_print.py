"""The client workbook prints as a PM sets up MS Project's Excel export: each sheet's paper,
orientation, fit to one page wide, title rows, print area, header and footer, margins; a
long plan's Gantt splits into readable pages at month starts (app/io/workbook_print.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.domain.link import Link
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan
from app.io.excel_export import write_workbook
from app.io.workbook_print import (
    READABLE,
    column_pixels,
    gantt_page_starts,
    letter_locale,
    paper_for,
)
from tests.unit.excel_plans import sample_plan

TABLES = ("Plan", "Gantt", "Budget", "Team", "Risks")
TITLE_ROWS = {"Plan": "$1:$1", "Gantt": "$1:$2", "Budget": "$1:$1", "Team": "$1:$1"}


@pytest.fixture(autouse=True)
def _german_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """A4 unless a test says otherwise, whatever the machine's locale."""
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")


def _write(plan: Plan, path: Path) -> openpyxl.Workbook:
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    return openpyxl.load_workbook(path)


def long_plan(n: int = 300) -> Plan:
    """Phases of 20 chained tasks, each phase after the one before: some three years."""
    tasks: list[Task] = []
    links: list[Link] = []
    for i in range(n):
        uid = i + 1
        if i % 20 == 0:
            tasks.append(Task(uid, f"Phase {uid // 20 + 1}", 1))
            continue
        tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + i % 5)))
        if i % 20 > 1:
            links.append(Link(uid - 1, uid))
        elif i > 20:  # a phase's first task after the last of the phase before
            links.append(Link(uid - 2, uid))
    return Plan(tasks=tasks, links=links)


def _used_range(ws: Worksheet) -> str:
    # whole columns (s24w3: a row the client adds below prints too)
    return f"'{ws.title}'!$A$1:${get_column_letter(ws.max_column)}$1048576"


@pytest.mark.parametrize("sheet", [*TABLES, "About"])
def test_s23xp_every_sheet_prints_one_page_wide_headed_and_numbered(tmp_path, sheet):
    plan = sample_plan()
    plan.set_project(replace(plan.project, name="Kitchen & Bath"))
    ws = _write(plan, tmp_path / "sample.xlsx")[sheet]
    # It printed with Excel's defaults: Letter or A4 at random, upright, pages of columns.
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1
    assert int(ws.page_setup.fitToHeight) == (1 if sheet == "About" else 0)  # pages tall free
    assert ws.print_options.horizontalCentered
    assert ws.oddHeader.left.text == "Kitchen && Bath"
    assert ws.oddHeader.right.text == "&A"
    assert ws.oddFooter.center.text == "Page &P of &N"
    if sheet in TABLES:
        assert ws.page_setup.orientation == "landscape"  # wider than an upright page
    if sheet in TITLE_ROWS:
        assert ws.print_title_rows == TITLE_ROWS[sheet]
    if sheet != "Plan":  # the Plan's leaves out the empty progress columns (s20rt)
        assert ws.print_area == _used_range(ws)


def test_s23xp_the_plan_print_area_ends_at_its_last_row(tmp_path):
    ws = _write(sample_plan(), tmp_path / "s.xlsx")["Plan"]
    assert ws.print_area.endswith("$1048576")  # whole columns since s24w3


def test_s23xp_a_narrow_sheet_prints_upright(tmp_path):
    plan = sample_plan()
    plan.set_project(replace(plan.project, name="Tiny"))
    ws = _write(plan, tmp_path / "s.xlsx")["About"]
    widths = [ws.column_dimensions[c].width for c in "AB"]
    upright = paper_for(None, letter=False).printable(landscape=False)
    wide = sum(column_pixels(w) for w in widths) > upright
    assert ws.page_setup.orientation == ("landscape" if wide else "portrait")


@pytest.mark.parametrize(
    ("lang", "letter"),
    [("en_US.UTF-8", True), ("en_CA.UTF-8", True), ("de_DE.UTF-8", False), ("en_GB", False)],
)
def test_s23xp_the_paper_is_the_locales(tmp_path, monkeypatch, lang, letter):
    monkeypatch.setenv("LANG", lang)
    book = _write(sample_plan(), tmp_path / "s.xlsx")
    size = Worksheet.PAPERSIZE_LETTER if letter else Worksheet.PAPERSIZE_A4
    assert {int(book[s].page_setup.paperSize) for s in (*TABLES, "About")} == {int(size)}


def test_s23xp_which_locales_print_on_letter():
    assert letter_locale({"LANG": "en_US.UTF-8"})
    assert letter_locale({"LANG": "de_DE.UTF-8", "LC_PAPER": "es_MX.UTF-8"})
    assert not letter_locale({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"})
    assert not letter_locale({"LANG": "C.UTF-8"})  # no country: A4
    assert not letter_locale({})


def test_s23xp_the_plans_page_setup_margins_are_the_workbooks(tmp_path):
    plan = sample_plan()
    setup = PageSetup(margins_mm=(20.0, 15.0, 12.7, 25.4))  # top, bottom, left, right
    plan.set_project(replace(plan.project, page_setup=setup))
    for sheet in (*TABLES, "About"):
        m = _write(plan, tmp_path / "m.xlsx")[sheet].page_margins
        # MS Project's margin is the paper's edge to the header's text; the body under it
        assert (m.left, m.right) == pytest.approx((0.5, 1.0))
        assert (m.header, m.footer) == pytest.approx((20 / 25.4, 15 / 25.4))
        assert m.top > m.header
        assert m.bottom > m.footer


def test_s23xp_gantrys_default_margins_keep_the_workbooks_own(tmp_path):
    m = _write(sample_plan(), tmp_path / "m.xlsx")["Plan"].page_margins
    assert (m.left, m.right, m.top, m.bottom, m.header, m.footer) == pytest.approx(
        (0.5, 0.5, 0.75, 0.75, 0.3, 0.3)
    )


def _timeline_pixels(ws: Worksheet) -> list[float]:
    last = ws.max_column
    return [
        column_pixels(ws.column_dimensions[get_column_letter(k)].width) for k in range(1, last + 1)
    ]


@pytest.mark.parametrize("source", ["sample", "demo", "residential"])
def test_s23xp_a_short_gantt_fits_the_page_width_and_stays_readable(tmp_path, shared_data, source):
    plans = {
        "sample": sample_plan,
        "demo": lambda: read_plan(Path("resources/demo/crm-rollout.gantry")),
        "residential": lambda: read_plan(shared_data / "mpp" / "Residential-Construction.xml"),
    }
    ws = _write(plans[source](), tmp_path / "g.xlsx")["Gantt"]
    # The demo's Gantt printed on 6 pages in LibreOffice: 3 across of a few weeks each.
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0)
    assert not ws.col_breaks.brk
    scale = paper_for(None, letter=False).printable(landscape=True) / sum(_timeline_pixels(ws))
    assert scale >= READABLE


def test_s23xp_a_long_gantt_splits_at_month_starts_at_a_readable_scale(tmp_path):
    ws = _write(long_plan(), tmp_path / "long.xlsx")["Gantt"]
    # Fitted to one page wide, three years of weeks printed at some 20 %: unreadable.
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.scale == round(READABLE * 100)
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_cols == "$A:$B"
    assert ws.print_title_rows == "$1:$2"
    breaks = [b.id for b in ws.col_breaks.brk]  # a break after column id: the next begins
    assert len(breaks) >= 3
    pixels = _timeline_pixels(ws)
    page = paper_for(None, letter=False).printable(landscape=True) / READABLE
    starts = [0, *breaks]
    for begin, end in zip(starts, [*breaks, len(pixels)], strict=True):
        first = ws.cell(row=2, column=begin + 1)
        if begin:  # each page begins a month, named over its first column
            month = ws.cell(row=1, column=begin + 1).value
            assert isinstance(month, str), begin
            assert month[-4:].isdigit(), begin
            assert first.value <= 7, begin  # the month's first week (its day of the month)
        repeated = sum(pixels[:2]) if begin else 0.0
        assert repeated + sum(pixels[begin:end]) <= page  # Excel adds no break of its own


def test_s23xp_page_starts_hold_whole_months():
    widths = [6, 40, 11, 11, *([4.0] * 100)]
    months = list(range(0, 100, 4))  # a month every four weeks
    page = 1000.0
    starts = gantt_page_starts(widths, 4, 2, months, page)
    assert starts[0] == 0
    assert len(starts) > 1
    assert all(k in months for k in starts)
    # fits at the readable scale: one page
    assert gantt_page_starts(widths[:20], 4, 2, [0, 4, 8, 12], page) == [0]


def test_s23xp_the_printed_workbook_reads_back_as_the_plan(tmp_path):
    plan = sample_plan()
    plan.set_project(replace(plan.project, page_setup=PageSetup(margins_mm=(20.0,) * 4)))
    path = tmp_path / "back.xlsx"
    write_workbook(plan, path, now=datetime(2026, 1, 2, 9, 30))
    back = read_plan(path)
    assert back.tasks == plan.tasks
    assert back.links == plan.links
    assert back.resources == plan.resources
    assert back.risks == plan.risks
