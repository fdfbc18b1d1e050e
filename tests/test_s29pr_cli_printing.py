"""gantry convert's printing for a PMO: the today line (MS Project's Current date gridline),
--today and --no-today-line, --outline-level N, --no-repeat-columns for a wall chart, and
--paper in any case."""

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
from app.report.export import print_options
from app.report.render import ensure_gui_app
from app.report.today_line import printed_today

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
START = datetime(2027, 1, 4, 8, 0)


def _plan(phases: int = 3, steps: int = 4) -> Plan:
    plan = Plan(project=Project(name="Rollout", start=START))
    uid = 1
    for phase in range(1, phases + 1):
        plan.append_task(Task(uid, f"Phase {phase}", outline_level=1))
        uid += 1
        for step in range(1, steps + 1):
            plan.append_task(
                Task(uid, f"do step {phase}.{step}", duration_minutes=960, outline_level=2)
            )
            uid += 1
    return plan


def _file(tmp_path: Path, plan: Plan | None = None) -> Path:
    path = tmp_path / "plan.gantry"
    write_plan(plan or _plan(), path)
    return path


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_printed_chart_draws_the_today_line_and_names_it_in_the_legend(tmp_path):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--today", "2027-01-06"]) == 0
    assert "Current date" in _text(pdf)  # the legend's entry for the orange line
    # a day outside the printed dates draws no line, and the legend does not list it
    assert main(["convert", str(src), str(pdf), "--today", "2020-01-06"]) == 0
    assert "Current date" not in _text(pdf)
    assert main(["convert", str(src), str(pdf), "--today", "2027-01-06", "--no-today-line"]) == 0
    assert "Current date" not in _text(pdf)


def test_the_today_line_is_at_the_project_s_start_time_of_the_day_given():
    plan = _plan()
    assert printed_today(plan.project, {"today": "2027-01-06"}) == datetime(2027, 1, 6, 8, 0)
    assert printed_today(plan.project, {"today_line": False}) is None
    opts = print_options(plan, today="2027-01-06")
    assert opts.chart.today == datetime(2027, 1, 6, 8, 0)


def test_a_bad_today_is_bad_usage_and_nothing_is_written(tmp_path, capsys):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--today", "06/01/2027"]) == 2
    assert "--today" in capsys.readouterr().err
    assert not pdf.exists()


def test_outline_level_prints_only_the_tasks_down_to_that_level(tmp_path):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--outline-level", "1"]) == 0
    text = _text(pdf)
    assert text.count("Phase ") == 3
    assert "do step" not in text
    assert main(["convert", str(src), str(pdf), "--outline-level", "2"]) == 0
    assert _text(pdf).count("do step") == 12


def test_outline_level_zero_is_refused(tmp_path, capsys):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--outline-level", "0"]) == 2
    assert "outline level" in capsys.readouterr().err
    assert not pdf.exists()


def test_outline_level_applies_to_a_png_too(tmp_path):
    src, png = _file(tmp_path), tmp_path / "out.png"
    assert main(["convert", str(src), str(png), "--outline-level", "1"]) == 0
    from PySide6.QtGui import QImage

    short = QImage(str(png)).height()
    assert main(["convert", str(src), str(png)]) == 0
    assert QImage(str(png)).height() > short  # 15 rows, not 3


def test_no_repeat_columns_prints_the_task_table_on_the_first_page_across_only(tmp_path):
    plan = _plan()
    ensure_gui_app()
    opts = print_options(plan, pages_wide=3, repeat_columns=False)
    assert opts.repeat_columns is False
    src, pdf = _file(tmp_path, plan), tmp_path / "wall.pdf"
    argv = ["convert", str(src), str(pdf), "--pages-wide", "3", "--pages-tall", "1"]
    assert main([*argv, "--no-repeat-columns"]) == 0
    pages = _text(pdf).split("\f")
    assert "do step 1.1" in pages[0]
    assert all("do step 1.1" not in page for page in pages[1:3])
    assert main(argv) == 0  # the default repeats them, as before
    pages = _text(pdf).split("\f")
    assert all("do step 1.1" in page for page in pages[:3])


def test_paper_is_taken_in_any_case(tmp_path):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "a3"]) == 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "842 x 1191" in info or "841.89 x 1190.55" in info  # A3 upright


def test_printing_flags_are_refused_for_a_workbook(tmp_path, capsys):
    src = _file(tmp_path)
    argv = ["convert", str(src), str(tmp_path / "x.xlsx"), "--outline-level", "1"]
    assert main(argv) == 2
    assert "--outline-level applies to .pdf and .png output only" in capsys.readouterr().err


def test_a_pdf_of_dates_with_no_task_is_refused_as_the_png_is(tmp_path, capsys):
    src, pdf = _file(tmp_path), tmp_path / "empty.pdf"
    argv = ["convert", str(src), str(pdf), "--from", "2030-01-01", "--to", "2030-02-01"]
    assert main(argv) == 1
    assert "no task is active between the 'from' and 'to' dates" in capsys.readouterr().err
    assert not pdf.exists()
    assert main(["convert", str(src), str(pdf), "--from", "2027-01-04", "--to", "2027-01-20"]) == 0
