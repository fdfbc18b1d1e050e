"""Page Setup's "First page number" kept with the plan (schema v49): a printout bound after
a report's first ten pages is numbered from 11 every time the plan prints, by the window and
by ``gantry convert``; ``--first-page-number`` still stands in for it for one printout."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import InputError
from app.domain.page_setup import PageSetup, checked
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan
from app.store.document import read_plan
from app.store.migrations import migrate

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _plan(setup: PageSetup, tasks: int = 120) -> Plan:
    project = Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0), page_setup=setup)
    plan = Plan(project=project)
    for uid in range(1, tasks + 1):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=480 * (1 + uid % 5)))
    return plan


def _pages(pdf: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return done.stdout.split("\f")[:-1]


def test_the_first_page_number_and_picture_are_kept_with_the_plan(tmp_path):
    setup = PageSetup(first_page_number=11, logo="/pics/logo.png", logo_part=2)
    path = tmp_path / "plan.gantry"
    write_plan(_plan(setup, 2), path)
    kept = read_plan(path).project.page_setup
    assert (kept.first_page_number, kept.logo, kept.logo_part) == (11, "/pics/logo.png", 2)
    write_plan(_plan(PageSetup(), 2), path)  # Auto, no picture
    kept = read_plan(path).project.page_setup
    assert (kept.first_page_number, kept.logo, kept.logo_part) == (None, "", 0)


def test_a_v48_plan_prints_as_it_did(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(PageSetup(first_page_number=4), 2), path)
    conn = sqlite3.connect(path, isolation_level=None)
    for column in ("page_first_number", "page_logo", "page_logo_part"):
        conn.execute(f"ALTER TABLE project DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 48")
    migrate(conn, 48)
    conn.close()
    kept = read_plan(path).project.page_setup
    assert (kept.first_page_number, kept.logo, kept.logo_part) == (None, "", 0)


def test_a_first_page_number_below_one_cannot_be_kept():
    with pytest.raises(InputError, match="first page number is 0"):
        checked(PageSetup(first_page_number=0))
    assert checked(replace(PageSetup(), first_page_number=1)).first_page_number == 1


@needs_poppler
def test_convert_numbers_from_the_kept_number_and_the_flag_overrides_it(tmp_path):
    footer = ("", "Sheet &[Page] of &[Pages]", "")
    src, pdf = tmp_path / "plan.gantry", tmp_path / "out.pdf"
    write_plan(_plan(PageSetup(footer=footer, first_page_number=11)), src)
    assert main(["convert", str(src), str(pdf), "--paper", "A4"]) == 0
    pages = _pages(pdf)
    assert len(pages) >= 2
    assert "Sheet 11 of" in pages[0]
    assert f"Sheet {10 + len(pages)} of {10 + len(pages)}" in pages[-1]
    assert main(["convert", str(src), str(pdf), "--paper", "A4", "--first-page-number", "3"]) == 0
    assert "Sheet 3 of" in _pages(pdf)[0]


def test_the_dialog_shows_and_keeps_the_first_page_number(qtbot):
    from app.report.options import PrintOptions
    from app.report.page_kept import page_kept, with_page
    from app.ui.printing.page_setup import PageSetupDialog

    start, finish = datetime(2027, 1, 4), datetime(2027, 3, 1)
    options = with_page(PrintOptions(), PageSetup(first_page_number=7))
    dialog = PageSetupDialog(options, start, finish)
    qtbot.addWidget(dialog)
    assert dialog.first_number.text() == "7"
    dialog.first_number.setValue(0)
    assert dialog.first_number.text() == "Auto"
    chosen = dialog.options()
    assert (chosen.first_page_number, page_kept(chosen).first_page_number) == (1, None)
    dialog.first_number.setValue(21)
    chosen = dialog.options()
    assert (chosen.first_page_number, page_kept(chosen).first_page_number) == (21, 21)
