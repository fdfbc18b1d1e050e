"""Page Setup's Page tab saved in the .gantry file (schema v42): a PMO's A3 wall chart set
up once prints the same after the plan is closed and opened again, in the window and with
gantry convert; a v41 plan prints as it did (A4, Automatic, 1 page wide)."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.report.export import print_options
from app.store.migrations import MIGRATIONS
from app.store.page_setup_rows import PAGE_COLUMNS
from app.store.schema import SCHEMA_VERSION

START = datetime(2027, 1, 4, 8, 0)
WALL = PageSetup(
    paper="A3",
    landscape=True,
    pages_wide=3,
    pages_tall=1,
    scale=None,
    date_from=datetime(2027, 1, 4),
    date_to=datetime(2027, 3, 1),
    columns=("id", "name", "finish"),
    repeat_columns=False,
    repeat_timescale=False,
    print_header=False,
    blank_pages=False,
    usage_blank_pages=True,
)


def _plan(setup: PageSetup = WALL) -> Plan:
    plan = Plan(project=Project(name="Wall", start=START, page_setup=setup))
    for uid in range(1, 9):
        plan.append_task(Task(uid, f"Step {uid}", duration_minutes=480 * 5))
    return plan


def test_the_page_tab_is_saved_and_read_back(tmp_path):
    path = tmp_path / "wall.gantry"
    write_plan(_plan(), path)
    assert read_plan(path).project.page_setup == WALL
    scaled = replace(WALL, scale=0.5, pages_tall=None, landscape=False, columns=None)
    write_plan(_plan(scaled), path)
    assert read_plan(path).project.page_setup == scaled


def test_gantry_convert_prints_with_the_plan_s_page_tab(tmp_path):
    plan = _plan()
    opts = print_options(plan)
    assert (opts.paper, opts.landscape, opts.pages_wide, opts.pages_tall) == ("A3", True, 3, 1)
    assert (opts.repeat_columns, opts.repeat_timescale, opts.header) == (False, False, False)
    assert (opts.date_from, opts.date_to) == (WALL.date_from, WALL.date_to)
    given = print_options(plan, pages_wide=2, paper="A4", repeat_columns=True)
    assert (given.paper, given.pages_wide, given.repeat_columns) == ("A4", 2, True)
    assert given.landscape is True  # the plan's orientation, not --paper's upright page


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler missing")
def test_the_pdf_has_the_kept_pages(tmp_path):
    path, pdf = tmp_path / "wall.gantry", tmp_path / "wall.pdf"
    write_plan(_plan(replace(WALL, blank_pages=True)), path)
    assert main(["convert", str(path), str(pdf)]) == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+3\n", info)  # 3 wide by 1 tall, blank ones printed
    write_plan(_plan(), path)  # blank pages left out: the bars sit on the first page
    assert main(["convert", str(path), str(pdf)]) == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    assert "1190.55 x 841.89" in info or "1191 x 842" in info  # A3 landscape


def test_a_v41_plan_prints_as_before(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    with sqlite3.connect(path) as conn:
        for name, _declaration in PAGE_COLUMNS:
            conn.execute(f"ALTER TABLE project DROP COLUMN {name}")
        conn.execute("PRAGMA user_version = 41")
    conn.close()
    kept = read_plan(path).project.page_setup
    assert kept == PageSetup()
    assert SCHEMA_VERSION >= 42
    assert 42 in MIGRATIONS


def test_the_workbook_snapshot_carries_the_page_tab():
    assert plan_from_json(plan_to_json(_plan())).project.page_setup == WALL
