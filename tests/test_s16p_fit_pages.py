"""``gantry convert plan.gantry out.pdf --pages-wide N --pages-tall M`` fits the chart to N
pages wide by M tall, as MS Project's Page Setup 'Fit to': N columns of pages, at most M
rows of them (fewer when the rows take fewer pages at the size the width allows, or at
natural size), every row printed once and whole. Pages counted by poppler's pdfinfo."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from datetime import datetime
from itertools import pairwise

import pytest
from PySide6.QtGui import QPageLayout

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.export import print_options
from app.report.gantt_pages import ROW_H, TIMESCALE_H, GanttPageLayout
from app.report.render import page_layout

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler's pdfinfo")

ROWS = 90


def ninety() -> Plan:
    """Ninety chained tasks of one to five days (about a year)."""
    plan = Plan(project=Project(name="Ninety", start=datetime(2026, 3, 2, 8)))
    for uid in range(1, ROWS + 1):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=(uid % 5 + 1) * 480))
    for uid in range(1, ROWS):
        plan.add_link(Link(uid, uid + 1, LinkType.FS))
    return plan


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("fit") / "ninety.gantry"
    write_plan(ninety(), path)
    return path


def pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE)
    assert match is not None, out.stdout
    return int(match.group(1))


def layout_for(plan: Plan, **cli) -> GanttPageLayout:
    """The layout `convert` makes for these options, on the paper's printable area."""
    options = print_options(plan, **cli)
    rect = page_layout(options).paintRect(QPageLayout.Unit.Point)
    return GanttPageLayout(plan, schedule(plan), options, rect.width(), rect.height())


COMBOS = [
    (landscape, wide, tall)
    for landscape in (False, True)
    for wide, tall in ((1, 1), (1, 2), (1, 3), (1, 5), (2, 1), (2, 3), (3, 2))
]


@pytest.mark.parametrize(("landscape", "wide", "tall"), COMBOS)
def test_fit_to_n_wide_by_m_tall(qapp, plan_file, tmp_path, landscape, wide, tall):
    out = tmp_path / "fit.pdf"
    args = ["convert", str(plan_file), str(out), "--pages-wide", str(wide)]
    args += ["--pages-tall", str(tall)] + (["--landscape"] if landscape else [])
    assert main(args) == 0
    pages = pdf_pages(out)
    layout = layout_for(ninety(), pages_wide=wide, pages_tall=tall, landscape=landscape or None)
    assert pages == len(layout.pages)
    assert pages <= wide * tall  # 'fit to' never takes more pages than it names
    assert layout.cols_count == wide  # the chart is spread over exactly N pages across
    assert pages == wide * layout.rows_count
    # Every row printed once, on one row of pages, and each page's rows fit its body.
    column = [s for s in layout.pages if s.col == 1]
    assert column[0].first_task == 0
    assert all(a.last_task == b.first_task for a, b in pairwise(column))
    assert sum(s.last_task - s.first_task for s in column) == ROWS
    for s in column:
        assert s.last_task > s.first_task  # no page row without rows
        height = (TIMESCALE_H + (s.last_task - s.first_task) * ROW_H) * layout.scale
        assert height <= layout.body_height + 1e-6
    # Fewer rows of pages than M only when the rows need no more at the size printed.
    fit = int((layout.body_height / layout.scale - TIMESCALE_H) // ROW_H)
    assert layout.rows_count == min(tall, math.ceil(ROWS / fit))


def test_m_tall_is_reached_when_the_rows_need_it(qapp, plan_file, tmp_path):
    """Landscape, the width leaves the rows their size: 90 rows take the 3 pages asked."""
    out = tmp_path / "three.pdf"
    assert main(["convert", str(plan_file), str(out), "--pages-tall", "3", "--landscape"]) == 0
    assert pdf_pages(out) == 3


def test_one_page_tall_shrinks_the_rows_onto_it(qapp, plan_file, tmp_path):
    for extra in ([], ["--landscape"]):
        out = tmp_path / "one.pdf"
        assert main(["convert", str(plan_file), str(out), "--pages-tall", "1", *extra]) == 0
        assert pdf_pages(out) == 1
