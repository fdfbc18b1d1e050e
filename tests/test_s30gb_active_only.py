"""``gantry convert plan out.pdf --from A --to B`` printed every task, most with no bar in
those weeks, while a PNG with the same dates kept only the tasks active then: a foreman's
look-ahead needed ``--filter date-range=...`` with the dates typed again. ``--active-only``
keeps, in a PDF and a PNG alike, the tasks with a bar in the dates and their summaries,
and the page header says "Active FROM to TO"."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.cli import main
from app.domain.scheduler import schedule
from app.report import export
from app.report.export import png_picture
from app.store.document import write_plan
from tests.gui.conftest import build_plan

# build_plan: 1 Design (2 Specs Mar 2-4, 3 Review Mar 5), 4 Build (5 Code Mar 6-12,
# 6 Test Mar 13-16), 7 Go-live (milestone, Mar 16)
DATES = ["--from", "2026-03-13", "--to", "2026-03-31"]


@pytest.fixture(autouse=True)
def _qapp(qapp):
    return qapp


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(build_plan(), path)
    return path


@pytest.fixture
def printed(monkeypatch):
    """The options each PDF is painted with (the file is still written)."""
    seen = []
    paint = export.export_pdf_file

    def spy(plan, sched, options, path, *args, **kwargs):
        seen.append(options)
        return paint(plan, sched, options, path, *args, **kwargs)

    monkeypatch.setattr(export, "export_pdf_file", spy)
    return seen


def test_s30gb_pdf_keeps_only_the_tasks_active_in_the_dates(source, tmp_path, printed):
    out = tmp_path / "look.pdf"
    assert main(["convert", str(source), str(out), *DATES, "--active-only"]) == 0
    assert out.stat().st_size > 0
    assert printed[-1].rows == (4, 6, 7)  # Build above Test, and Go-live; not Design's
    assert printed[-1].view_note == "Active 2026-03-13 to 2026-03-31"


def test_s30gb_pdf_without_the_option_still_prints_every_task(source, tmp_path, printed):
    assert main(["convert", str(source), str(tmp_path / "all.pdf"), *DATES]) == 0
    assert printed[-1].rows in (None, (1, 2, 3, 4, 5, 6, 7))
    assert "Active" not in printed[-1].view_note


def test_s30gb_pdf_and_png_keep_the_same_rows(source, tmp_path, printed):
    assert main(["convert", str(source), str(tmp_path / "a.pdf"), *DATES, "--active-only"]) == 0
    plan = build_plan()
    options = {"date_from": "2026-03-13", "date_to": "2026-03-31", "active_only": True}
    picture = png_picture(plan, schedule(plan), **options)
    assert picture.uids == printed[-1].rows
    assert picture.note == "Active 2026-03-13 to 2026-03-31"


def test_s30gb_the_filter_stays_and_both_are_named(source, tmp_path, printed):
    argv = ["convert", str(source), str(tmp_path / "m.pdf"), *DATES, "--active-only"]
    assert main([*argv, "--filter", "milestones"]) == 0
    assert printed[-1].rows == (7,)  # Go-live, the milestone (Test is no milestone)
    assert printed[-1].view_note == "Filter: Milestones \u00b7 Active 2026-03-13 to 2026-03-31"


def test_s30gb_one_date_is_enough(source, tmp_path, printed):
    argv = ["convert", str(source), str(tmp_path / "f.pdf"), "--from", "2026-03-13"]
    assert main([*argv, "--active-only"]) == 0
    assert printed[-1].rows == (4, 6, 7)
    assert printed[-1].view_note == "Active from 2026-03-13"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ([], "--active-only needs the dates: give --from and --to"),
        ([*DATES, "--rows", "1-3"], "--active-only and --rows both choose the rows"),
    ],
)
def test_s30gb_bad_usage_is_refused_and_writes_nothing(source, tmp_path, capsys, extra, says):
    out = tmp_path / "x.png"
    assert main(["convert", str(source), str(out), *extra, "--active-only"]) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert not out.exists()


def test_s30gb_a_workbook_refuses_it(source, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["convert", str(source), str(out), "--active-only"]) == 2
    assert "--active-only applies to .pdf and .png output only" in capsys.readouterr().err
    assert not out.exists()


def test_s30gb_dates_with_no_task_say_so_and_write_nothing(source, tmp_path, capsys):
    out = tmp_path / "late.pdf"
    argv = ["convert", str(source), str(out), "--from", "2027-01-04", "--to", "2027-01-22"]
    assert main([*argv, "--active-only"]) == 1
    assert "no task is active 2027-01-04 to 2027-01-22" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s30gb_the_page_says_active_and_lists_only_those_tasks(source, tmp_path):
    out = tmp_path / "look.pdf"
    assert main(["convert", str(source), str(out), *DATES, "--active-only"]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Active 2026-03-13 to 2026-03-31" in text
    for shown in ("Build", "Test", "Go-live"):
        assert shown in text
    for left_out in ("Specs", "Review", "Code"):
        assert left_out not in text
