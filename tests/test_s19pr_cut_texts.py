"""Texts a printed page cut short said nothing readable: a week cut by a page's left edge
read "W13" beside "5 Apr" and "12 Apr"; the names right of a bar cut inside the first
person's units read "Jonas Webe…" (hiding a second person) or "Jonas Weber[50%…"; and a
bold (summary) name of the Usage printout was shortened in the plain font, so its "…"
fell past the column's edge and the name ended mid-word ('…long summary nam'); the Usage
printout's names now wrap onto a second line of a taller row, as the Team and Risks
printouts wrap their texts, and a name longer still ends in "…" inside its column."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QPageLayout, QPdfWriter

from app.cli import main
from app.domain.day_names import MONTH_ABBR
from app.report.bar_labels import short_label
from app.report.fonts import report_font
from app.report.gantt_pages import LABEL_FONT
from app.report.options import PrintOptions
from app.report.render import page_layout
from app.report.timescale import TierCell, Timescale, Unit, label_kinds, level_named, unit_labels
from app.report.timescale_paint import cut_cell_labels
from app.report.usage_pages import (
    UsageLine,
    UsageSheet,
    device_usage_plan,
    render_usage,
    usage_page_grid,
)

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _pages(pdf: Path) -> list[str]:
    run = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True)
    return run.stdout.split("\f")


def _cell(start: datetime, unit: Unit, width: float) -> TierCell:
    return TierCell(start, 0.0, width, unit_labels(start, unit), label_kinds(unit))


def test_s19pr_a_cut_cell_keeps_the_tiers_way_of_naming():
    week = _cell(datetime(2027, 3, 29), Unit.WEEK, 40.0)
    # the tier says "5 Apr": the cut week says its date too, never "W13"
    assert cut_cell_labels(week, 2, 12.0) == ("29 Mar", "29")
    assert cut_cell_labels(week, 3, 12.0) == ("W13",)  # the tier says "W14": so does it
    assert "W13" in cut_cell_labels(week, 0, 12.0)  # "Week 14, 5 Apr 2027": either
    may = _cell(datetime(2027, 5, 1), Unit.MONTH, 60.0)
    assert cut_cell_labels(may, 0, 12.0) == ("May 2027", "May 2027", "May")
    quarter = _cell(datetime(2027, 4, 1), Unit.QUARTER, 60.0)
    assert cut_cell_labels(quarter, 1, 5.0) == ("Q2",)  # not a bare "2"
    # the tiers the timescale makes carry their kinds
    scale = Timescale.at_level(datetime(2027, 3, 31), level_named("weeks"))
    (first, *_rest) = scale.tier(Unit.WEEK, 0.0, 100.0)
    assert first.kinds == label_kinds(Unit.WEEK)
    assert first.x0 < 0


@needs_poppler
def test_s19pr_a_week_cut_by_a_pages_edge_says_its_date(qapp, tmp_path):
    out = tmp_path / "wide.pdf"
    assert main(["convert", str(DEMO), str(out), "--pages-wide", "4", "--no-view"]) == 0
    heads = [line for page in _pages(out) for line in page.splitlines() if "WBS" in line]
    weeks = [line.split("Finish", 1)[1].split() for line in heads]
    # each page's first week, cut by the page's edge or not, says its date ("22 Mar"):
    # never "W13" before "29 Mar 2027"
    assert all(w[0].isdigit() and w[1] in MONTH_ABBR for w in weeks), weeks
    assert any(len(w[2]) < 4 for w in weeks), weeks  # a cut one ("8 Feb"), no year: short
    assert not any(re.fullmatch(r"W\d+", word) for w in weeks for word in w), weeks


def test_s19pr_a_label_without_room_for_one_name_and_a_count(qapp):
    advance = QFontMetricsF(report_font(LABEL_FONT)).horizontalAdvance
    two = "Jonas Weber[50%], Ana Lima"
    assert short_label(two, advance(two), advance) == two
    assert short_label(two, advance("Jonas Weber[50%], +1"), advance) == "Jonas Weber[50%], +1"
    assert short_label(two, advance("Jonas Weber, +1"), advance) == "Jonas Weber, +1"
    cut = short_label(two, advance("Jonas W\u2026+1"), advance)
    assert cut == "Jonas W\u2026+1"
    one = "Jonas Weber[50%]"
    assert short_label(one, advance("Jonas Weber"), advance) == "Jonas Weber"  # the name alone
    assert short_label(one, advance("Jonas W\u2026"), advance) == "Jonas W\u2026"
    assert short_label(one, advance("J\u2026"), advance) == ""  # one letter says nothing
    assert short_label("45%", advance("4\u2026"), advance) == ""  # nor a figure cut short


@needs_poppler
def test_s19pr_a_printed_label_cut_at_a_page_edge_keeps_its_count(qapp, tmp_path):
    out = tmp_path / "wide.pdf"
    assert main(["convert", str(DEMO), str(out), "--pages-wide", "4", "--no-view"]) == 0
    text = "\n".join(_pages(out))
    # the row is on each of the four pages; its label on one, at the page's right edge
    lines = [line.rstrip() for line in text.splitlines() if "UX prototypes" in line]
    assert next(line for line in lines if "Jonas" in line).endswith("+1"), (
        lines
    )  # was "Jonas Webe…"
    assert "[50%\u2026" not in text
    assert "Webe\u2026" not in text


def _usage_pdf(sheet: UsageSheet, out: Path) -> tuple[float, float, int]:
    """Print ``sheet`` on A4 portrait: (left edge of the names, their column's right edge, pages)."""
    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(PrintOptions(landscape=False)))
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    name_w = usage_page_grid(sheet, rect.width(), rect.height())[0]
    planned = device_usage_plan(writer, sheet).count
    pages = render_usage(writer, sheet, project="P")
    assert pages == planned  # the count before drawing is the pages drawn
    del writer
    return rect.left(), rect.left() + name_w, pages


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """(top, right edge, text) of each word, in points from the paper's top left."""
    run = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    found = re.findall(r'yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', run.stdout)
    return [(float(y), float(x1), word) for y, x1, word in found]


LONG = "Design phase with a rather long summary name for the whole first half of work"


@needs_poppler
def test_s19pr_a_long_usage_name_wraps_onto_a_second_line_of_its_row(qapp, tmp_path):
    lines = (
        UsageLine(LONG, "80h", ((0, "40h"),), 2, bold=True),
        UsageLine("Install the cooling loop for the north data hall and test it", "40h", (), 2),
        UsageLine("Go-live", "0h", (), 2),
    )
    sheet = UsageSheet("Task Usage by week", "Task Name", ("2 Mar 2026", "9 Mar 2026"), lines)
    out = tmp_path / "usage.pdf"
    _left, column_end, _pages = _usage_pdf(sheet, out)
    words = _words(out)
    text = " ".join(word for _y, _x, word in words)
    assert LONG in text  # every word printed: nothing cut
    assert "Install the cooling loop for the north data hall and test it" in text
    assert "\u2026" not in text
    name_words = [(x1, word) for y, x1, word in words if word in LONG.split() and y < 700]
    assert all(x1 <= column_end for x1, _word in name_words), (name_words, column_end)
    tops = sorted({y for y, _x, word in words if word in ("Design", "work")})
    assert len(tops) == 2  # on two lines: its first word on one, its last on the next
    (go_live,) = [y for y, _x, word in words if word == "Go-live"]
    assert go_live > max(tops)  # the next rows move down to make room


@needs_poppler
def test_s19pr_a_name_longer_than_two_lines_ends_in_an_ellipsis_inside_its_column(qapp, tmp_path):
    lines = (
        UsageLine(f"{LONG} {LONG}", "80h", ((0, "40h"),), 2, bold=True),
        UsageLine(f"Install {LONG.lower()} and {LONG.lower()}", "40h", (), 2),
    )
    sheet = UsageSheet("Task Usage by week", "Task Name", ("2 Mar 2026", "9 Mar 2026"), lines)
    out = tmp_path / "usage.pdf"
    _left, column_end, _pages = _usage_pdf(sheet, out)
    cut = [(x1, word) for _y, x1, word in _words(out) if word.endswith("\u2026")]
    assert len(cut) == 2  # both names shortened on their second line, each visibly
    assert all(x1 <= column_end for x1, _word in cut), (cut, column_end)


def test_s19pr_rows_of_two_lines_are_cut_into_pages_by_their_height(qapp, tmp_path):
    long = tuple(UsageLine(f"{LONG} {n}", "8h", ((0, "8h"),), 2) for n in range(100))
    short = tuple(UsageLine(f"Task {n}", "8h", ((0, "8h"),), 2) for n in range(100))
    periods = ("2 Mar 2026", "9 Mar 2026")
    tall = _usage_pdf(UsageSheet("T", "Task Name", periods, long), tmp_path / "a.pdf")[2]
    plain = _usage_pdf(UsageSheet("T", "Task Name", periods, short), tmp_path / "b.pdf")[2]
    assert plain == 2
    assert tall == 4  # rows of two lines: 31 a page, not 51
