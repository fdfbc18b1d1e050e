"""A small plan printed with no options fills a page: `gantry convert house.gan house.pdf`
printed portrait A4 with the chart in 40 % of the width, a timescale running two months past
the plan's finish (room for the last bars' names), and those names cut ("Tom White, Peter
Green, +2"). As MS Project: landscape for a wide Gantt the user did not turn, the printed span
from start to shortly after the finish, the last bars' names left of their bars."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan
from app.report.export import print_options
from app.report.gantt_pages import GanttPageLayout
from app.report.render import page_layout

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


@pytest.fixture
def house(shared_data: Path) -> Path:
    return shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"


def _layout(path: Path, **cli) -> GanttPageLayout:
    plan = read_plan(path)
    options = print_options(plan, **cli)
    rect = page_layout(options).paintRect(QPageLayout.Unit.Point)
    return GanttPageLayout(plan, schedule(plan), options, rect.width(), rect.height())


def test_s19p2_the_chart_takes_most_of_the_page_and_ends_near_the_finish(qapp, house):
    layout = _layout(house)
    assert layout.options.landscape  # nobody chose an orientation: the wide Gantt turns
    width = layout.page_width / layout.scale
    assert (width - layout.table_width) / width > 0.5  # was 0.40 of a portrait A4
    finish = layout.schedule.finish  # 11 Oct 2024; the chart ran to December
    assert layout.finish - finish < (finish - layout.start) * 0.12 + timedelta(days=2)


def test_s19p2_explicit_options_are_kept(qapp, house):
    assert not _layout(house, paper="A4").options.landscape  # --paper alone: upright
    assert _layout(house, landscape=True).options.landscape
    # the window's Page Setup keeps what it holds
    upright = print_options(read_plan(house), print_options=_layout(house, paper="A4").options)
    assert not upright.landscape


@needs_poppler
def test_s19p2_the_printed_house_ends_in_october_with_whole_names(qapp, house, tmp_path):
    out = tmp_path / "house.pdf"
    assert main(["convert", str(house), str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', text).group(1))
    assert page_width == 842.0  # landscape A4
    words = WORD.findall(text)
    names = [w for _, _, w in words]
    assert "October" in names  # the plan's last month, then no more
    assert "November" not in names
    assert "December" not in names
    assert all(float(x1) <= page_width - 20 for _, x1, _ in words)  # inside the margin
    line = " ".join(names)
    # the last bars' names, whole, left of their bars instead of "Tom White, Peter Green, +2"
    assert "Tom White, Peter Green, George Brown, John Silver" in line


def test_s19p2_a_long_plan_stays_upright_where_landscape_takes_many_more_pages(qapp):
    plan = Plan(project=Project(name="Long", start=datetime(2026, 3, 2, 8)))
    for uid in range(1, 2001):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=480 * 5))
    assert not print_options(plan).landscape  # 2,000 rows: ~1.6x the pages turned
    plan = Plan(project=Project(name="Short", start=datetime(2026, 3, 2, 8)))
    for uid in range(1, 41):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=480 * 5))
    assert print_options(plan).landscape  # one page either way: the wider one
