"""Page Setup's larger and smaller papers a PMO prints a wall chart or a handout on: A1, A2,
A5 and US Tabloid/Ledger, through ``gantry convert --paper`` and the window's Page Setup."""

from __future__ import annotations

import re
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

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler missing")
MM_PER_PT = 25.4 / 72


def _file(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="Rollout", start=datetime(2027, 1, 4, 8, 0)))
    for uid in range(1, 6):
        plan.append_task(Task(uid, f"step {uid}", duration_minutes=960))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def _page_mm(pdf: Path) -> tuple[int, int]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout)
    assert match is not None, info.stdout
    return (round(float(match[1]) * MM_PER_PT), round(float(match[2]) * MM_PER_PT))


@pytest.mark.parametrize(
    ("paper", "upright"),
    [
        ("A1", (594, 841)),
        ("a2", (420, 594)),
        ("A5", (148, 210)),
        ("tabloid", (279, 432)),
        ("Ledger", (432, 279)),
    ],
)
def test_convert_prints_on_the_paper_named(tmp_path, paper, upright):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", paper]) == 0
    assert _page_mm(pdf) == upright
    assert main(["convert", str(src), str(pdf), "--paper", paper, "--landscape"]) == 0
    assert _page_mm(pdf) == upright[::-1]


def test_an_unknown_paper_is_bad_usage_naming_the_papers(tmp_path, capsys):
    src, pdf = _file(tmp_path), tmp_path / "out.pdf"
    assert main(["convert", str(src), str(pdf), "--paper", "B4"]) == 2
    err = capsys.readouterr().err
    assert "'B4' is not a paper" in err
    assert "A1" in err
    assert "Tabloid" in err
    assert not pdf.exists()


def test_page_setup_offers_the_papers_and_keeps_the_one_chosen(qtbot):
    from app.report.options import PrintOptions
    from app.ui.printing.page_setup import PageSetupDialog

    start, finish = datetime(2027, 1, 4, 8, 0), datetime(2027, 2, 4, 17, 0)
    dialog = PageSetupDialog(PrintOptions(paper="A2"), start, finish)
    qtbot.addWidget(dialog)
    offered = [dialog.paper.itemText(i) for i in range(dialog.paper.count())]
    assert {"A1", "A2", "A5", "Tabloid", "Ledger"} <= set(offered)
    assert dialog.paper.currentText() == "A2"
    dialog.paper.setCurrentText("A1")
    assert dialog.options().paper == "A1"
