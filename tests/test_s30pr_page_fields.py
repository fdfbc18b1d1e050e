"""MS Project's &[Filter] header/footer code and Page Setup's "First page number": a
printout bound after other pages numbers on from them, and a filtered one says its filter."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.view_note import ALL_TASKS, filter_named

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _file(tmp_path: Path, tasks: int = 240) -> Path:
    plan = Plan(project=Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0)))
    for uid in range(1, tasks + 1):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=480 * (1 + uid % 5)))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


def test_first_page_number_numbers_the_pages_on_from_it(tmp_path):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    count = len(_pages(pdf))
    assert count >= 3
    footer = "|Sheet &[Page] of &[Pages]|"
    args = ["convert", str(src), str(pdf), "--paper", "A4", "--footer", footer]
    assert main([*args, "--first-page-number", "11"]) == 0
    pages = _pages(pdf)
    assert len(pages) == count  # the same pages, numbered on
    assert "Sheet 11 of" in pages[0]
    assert f"Sheet {10 + count} of {10 + count}" in pages[-1]
    # Gantry's own footer ("Page 1 of 4") numbers on too
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--first-page-number", "5"]) == 0
    assert f"Page 5 of {4 + count}" in _pages(pdf)[0]
    # with --pages, the pages kept keep their numbers
    assert main([*args, "--first-page-number", "11", "--pages", "2-2"]) == 0
    assert "Sheet 12 of" in _pages(pdf)[0]


@pytest.mark.parametrize("text", ["0", "-3", "x"])
def test_a_bad_first_page_number_is_bad_usage(tmp_path, capsys, text):
    src, pdf = _file(tmp_path, 3), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), f"--first-page-number={text}"]) == 2
    assert "is not a page number" in capsys.readouterr().err
    assert not pdf.exists()


def test_filter_code_prints_the_filter_the_rows_follow(tmp_path):
    src, pdf = _file(tmp_path, 5), tmp_path / "out.pdf"
    header = "Rows: &[Filter]||&[View]"
    assert main(["convert", str(src), str(pdf), "--header", header]) == 0
    assert "Rows: All Tasks" in _pages(pdf)[0]
    assert "Gantt Chart" in _pages(pdf)[0]
    assert main(["convert", str(src), str(pdf), "--header", header, "--filter", "critical"]) == 0
    assert "Rows: Critical" in _pages(pdf)[0]


def test_filter_named_reads_the_view_note():
    assert filter_named("") == ALL_TASKS
    assert filter_named("Sorted by Start") == ALL_TASKS
    assert filter_named("Filter: Critical \u00b7 Grouped by Resource") == "Critical"
