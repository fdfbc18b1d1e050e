"""The Budget printout never breaks a figure over two lines, nor a task name mid-word.

A controller (s31xf) read "€207,210." with "00" on the next line as the project total, and
"Stakeholde" / "r" as a task: the columns were shared evenly when they did not all fit.
Now every figure keeps its width, a name wraps at its spaces, and a table wider than the
page prints smaller.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.report.budget_printout import SHOWN_HEADERS, budget_rows, write_budget_pdf
from app.report.locale_numbers import Marks
from app.report.render import column_needs, ensure_gui_app, numeric_column, table_widths
from app.store.document import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
STATUS = datetime(2027, 3, 15, 17)


def _rows():
    plan = read_plan(DEMO)
    s = schedule(plan)
    return plan, s, budget_rows(plan, s, compute_costs(plan, s), STATUS, Marks())


@pytest.mark.parametrize("width", [200.0, 400.0, 560.0, 780.0])
def test_s31ev_every_figure_keeps_its_width(width):
    ensure_gui_app()
    _plan, _s, rows = _rows()
    need = column_needs(SHOWN_HEADERS, rows)
    widths, zoom = table_widths(SHOWN_HEADERS, rows, width)
    assert sum(widths) * zoom == pytest.approx(min(width, sum(need)))
    for c in range(len(SHOWN_HEADERS)):
        if numeric_column(rows, c):
            assert widths[c] >= need[c]


def _printed(tmp_path: Path, paper: str, landscape: bool | None) -> str:
    plan, s, _ = _rows()
    path = tmp_path / "budget.pdf"
    costs = compute_costs(plan, s)
    write_budget_pdf(
        plan, s, costs, path, status=STATUS, marks=Marks(), paper=paper, landscape=landscape
    )
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize(("paper", "landscape"), [("A4", None), ("A4", False), ("A5", False)])
def test_s31ev_totals_and_names_print_whole(tmp_path, paper, landscape):
    text = _printed(tmp_path, paper, landscape)
    total = next(line for line in text.splitlines() if "Project total" in line)
    assert "€207,210.00" in total  # the budget, whole on the total's line
    words = text.split()
    assert "Stakeholder" in words
    assert "Requirements" in words
    assert not any(w.endswith(".") and w.startswith("€") for w in words)  # no "€207,210."
