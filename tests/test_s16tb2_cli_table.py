"""``gantry convert plan.gantry out.pdf --table cost``: the printout of one of MS Project's
tables, from the command line, without the window."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app.assets import resource_path
from app.cli import main
from app.report.tables import TABLES

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _first_page(pdf) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.splitlines()


@needs_poppler
def test_the_cost_tables_pdf_has_total_and_fixed_cost(demo, tmp_path):
    out = tmp_path / "cost.pdf"
    assert main(["convert", str(demo), str(out), "--table", "cost", "--landscape"]) == 0
    lines = _first_page(out)
    header = next(line for line in lines if "Task name" in line)
    titles = header.split()
    assert titles[:3] == ["ID", "Task", "name"]
    assert "Cost" in titles  # Total Cost, a title of its own
    assert "Fixed Cost" in " ".join(lines[: lines.index(header) + 1])
    assert "Baseline Cost" in header
    assert "Duration" not in header  # the Cost table has none
    kick_off = next(line for line in lines if "Project kick-off" in line)
    assert kick_off.split()[0] == "2"  # the ID column: its row number


@needs_poppler
def test_without_table_the_pdf_keeps_its_columns(demo, tmp_path):
    out = tmp_path / "plain.pdf"
    assert main(["convert", str(demo), str(out), "--landscape"]) == 0
    header = next(line for line in _first_page(out) if "Task name" in line)
    assert header.split()[:6] == ["WBS", "Task", "name", "Duration", "Start", "Finish"]
    assert "Cost" not in header


@needs_poppler
def test_the_entry_table_prints_predecessors_and_cost(demo, tmp_path):
    out = tmp_path / "entry.pdf"
    assert main(["convert", str(demo), str(out), "--table", "Entry", "--landscape"]) == 0
    lines = _first_page(out)
    header = next(line for line in lines if "Task name" in line)
    assert {"ID", "WBS", "Predecessors", "People", "Cost"} <= set(header.split())


def test_a_png_takes_the_table(demo, tmp_path):
    plain, work = tmp_path / "plain.png", tmp_path / "work.png"
    assert main(["convert", str(demo), str(plain)]) == 0
    assert main(["convert", str(demo), str(work), "--table", "work"]) == 0
    a, b = QImage(str(plain)), QImage(str(work))
    assert a.size() == b.size()
    assert a != b  # other columns drawn


@pytest.mark.parametrize("name", ["costs", "gantt"])
def test_an_unknown_table_is_bad_usage_naming_the_tables(demo, tmp_path, capsys, name):
    out = tmp_path / "x.pdf"
    assert main(["convert", str(demo), str(out), "--table", name]) == 2
    keys = ", ".join(sorted(t.key for t in TABLES))
    assert capsys.readouterr().err == f"gantry: unknown table '{name}' (choose from {keys})\n"
    assert not out.exists()


def test_a_table_on_a_workbook_is_refused(demo, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["convert", str(demo), str(out), "--table", "cost"]) == 2
    assert "--table applies to .pdf and .png output only" in capsys.readouterr().err
    assert not out.exists()


def test_help_names_the_tables(capsys):
    assert main(["convert", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--table NAME" in text
    keys = "cost, delay, earned_value, earned_value_cost, earned_value_schedule, entry, schedule"
    assert keys + ", summary, tracking, variance, work" in text


def test_the_command_line_reaches_the_tables_without_the_window(demo, tmp_path):
    out = tmp_path / "t.pdf"
    code = (
        "import sys; from app.cli import main; "
        f"status = main(['convert', {str(demo)!r}, {str(out)!r}, '--table', 'tracking']); "
        "ui = sorted(m for m in sys.modules if m.startswith('app.ui')); "
        "print(status, ui)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "0 []"
    assert out.stat().st_size > 0
