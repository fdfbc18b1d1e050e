"""MS Project's Insert Page Break: a task given a page break starts a new printed page while
Print's "Manual page breaks" is on (Page Setup keeps it with the plan, schema v50, on by
default); ``gantry convert X.pdf --no-page-breaks`` runs the rows on for one printout."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import not_kept, read_plan, write_plan
from app.report.page_breaks import band_cuts
from app.store.migrations import migrate

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _plan(breaks=(11, 21), setup: PageSetup | None = None, tasks: int = 30) -> Plan:
    project = Project(
        name="Rollout", start=datetime(2027, 1, 4, 8, 0), page_setup=setup or PageSetup()
    )
    plan = Plan(project=project)
    for uid in range(1, tasks + 1):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=480, page_break=uid in breaks))
    return plan


def _first_rows(pdf: Path) -> list[int]:
    """The first task printed on each page (the lowest 'step N' it names)."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = done.stdout.split("\f")[:-1]
    return [min(int(n) for n in re.findall(r"step (\d+)\b", page)) for page in pages]


def test_the_breaks_cut_the_rows_into_pages_anew():
    assert band_cuts(10, None, 64.0, 16.0) == [(0, 4), (4, 8), (8, 10)]
    # a page from each break on, the rows after it counted from it
    assert band_cuts(10, None, 64.0, 16.0, (2, 7)) == [(0, 2), (2, 6), (6, 7), (7, 10)]
    assert band_cuts(3, [16.0, 32.0, 16.0], 100.0, 16.0, (1,)) == [(0, 1), (1, 3)]
    assert band_cuts(0, None, 64.0, 16.0, (0,)) == [(0, 0)]


@needs_poppler
def test_a_pdf_starts_a_page_at_each_break_and_no_page_breaks_runs_on(tmp_path):
    src, pdf = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(_plan(), src)
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    assert _first_rows(pdf) == [1, 11, 21]
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--no-page-breaks"]) == 0
    assert _first_rows(pdf) == [1]


@needs_poppler
def test_the_plans_manual_page_breaks_switch_is_kept_and_the_flag_overrides_it(tmp_path):
    src, pdf = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(_plan(setup=PageSetup(manual_page_breaks=False)), src)
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    assert _first_rows(pdf) == [1]
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--page-breaks"]) == 0
    assert _first_rows(pdf) == [1, 11, 21]


@needs_poppler
def test_a_fit_to_one_page_tall_still_breaks_and_a_break_on_the_first_row_does_nothing(
    tmp_path,
):
    src, pdf = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(_plan(breaks=(1, 16)), src)
    args = ["convert", str(src), str(pdf), "--paper", "A4", "--pages-tall", "1"]
    assert main(args) == 0
    assert _first_rows(pdf) == [1, 16]


def test_no_page_breaks_for_a_png_is_refused(tmp_path, capsys):
    src = tmp_path / "plan.gantry"
    write_plan(_plan(), src)
    assert main(["convert", str(src), str(tmp_path / "out.png"), "--no-page-breaks"]) == 2
    assert "--no-page-breaks applies to .pdf output only" in capsys.readouterr().err


def test_the_breaks_and_switches_are_kept_with_the_plan(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(setup=PageSetup(manual_page_breaks=False, active_only=True)), path)
    again = read_plan(path)
    assert [t.uid for t in again.tasks if t.page_break] == [11, 21]
    kept = again.project.page_setup
    assert (kept.manual_page_breaks, kept.active_only) == (False, True)
    write_plan(_plan(breaks=()), path)
    again = read_plan(path)
    assert not any(t.page_break for t in again.tasks)
    kept = again.project.page_setup
    assert (kept.manual_page_breaks, kept.active_only) == (True, False)


def test_a_v49_plan_prints_as_it_did(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(setup=PageSetup(manual_page_breaks=False, active_only=True)), path)
    conn = sqlite3.connect(path, isolation_level=None)
    for column in ("page_manual_breaks", "page_active_only"):
        conn.execute(f"ALTER TABLE project DROP COLUMN {column}")
    conn.execute("ALTER TABLE tasks DROP COLUMN page_break")
    conn.execute("PRAGMA user_version = 49")
    migrate(conn, 49)
    conn.close()
    again = read_plan(path)
    assert not any(t.page_break for t in again.tasks)
    kept = again.project.page_setup
    assert (kept.manual_page_breaks, kept.active_only) == (True, False)


def test_ms_project_xml_has_no_place_for_them_and_says_so(tmp_path, capsys):
    src, xml = tmp_path / "plan.gantry", tmp_path / "plan.xml"
    write_plan(_plan(), src)
    assert main(["convert", str(src), str(xml)]) == 0
    err = capsys.readouterr().err
    assert ".xml keeps no page breaks (Insert > Page Break): 2 page breaks not saved" in err
    assert not any(t.page_break for t in read_plan(xml).tasks)
    assert not [line for line in not_kept(_plan(), ".gantry") if "page break" in line]
    assert not [line for line in not_kept(_plan(breaks=()), ".xml") if "page break" in line]
