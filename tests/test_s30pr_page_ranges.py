"""Printing only some pages of a long Gantt (MS Project's Print > Pages from/to): ``gantry
convert --pages 2-3`` and the window's Print dialog; the pages keep the numbers the whole
printout gives them."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.report.options import PrintOptions
from app.ui.printing.actions import with_pages_chosen

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _file(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0)))
    for uid in range(1, 241):  # 4 pages down on upright A4
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=480 * (1 + uid % 5)))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


def _page_numbers(pdf: Path) -> list[str]:
    return [m[0] for page in _pages(pdf) for m in [re.search(r"Page \d+ of \d+", page)] if m]


def test_pages_prints_only_those_numbered_as_in_the_whole_printout(tmp_path):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    whole = _pages(pdf)
    total = len(whole)
    assert total >= 4
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--pages", "2-3"]) == 0
    assert _page_numbers(pdf) == [f"Page 2 of {total}", f"Page 3 of {total}"]
    assert "step 1\n" not in _pages(pdf)[0]  # the first page's rows are not printed
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--pages", "3"]) == 0
    assert _page_numbers(pdf) == [f"Page 3 of {total}"]
    # an open end, or one past the last page, prints to the last page
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--pages", f"{total}-"]) == 0
    assert _page_numbers(pdf) == [f"Page {total} of {total}"]
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--pages", f"2-{total + 5}"]) == 0
    assert len(_pages(pdf)) == total - 1


def test_a_range_past_the_printout_is_refused_and_writes_nothing(tmp_path, capsys):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--pages", "40-41"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "pages 40-41: the printout has" in err[0]
    assert not pdf.exists()


@pytest.mark.parametrize("text", ["0-2", "3-2", "two", "-4"])
def test_a_bad_range_is_bad_usage(tmp_path, capsys, text):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), f"--pages={text}"]) == 2
    assert "is not a page range" in capsys.readouterr().err
    assert not pdf.exists()


def test_pages_is_for_a_pdf_only(tmp_path, capsys):
    src = _file(tmp_path)
    assert main(["convert", str(src), str(tmp_path / "out.png"), "--pages", "2"]) == 2
    assert "--pages" in capsys.readouterr().err


def test_the_print_dialogs_pages_from_to_choose_the_range(qapp):
    printer = QPrinter()
    assert with_pages_chosen(PrintOptions(), printer).page_range is None  # All pages
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert with_pages_chosen(PrintOptions(), printer).page_range == (2, 3)
