"""Resource Usage with Other Plans > Include Work from Other Plans…: the periods reach the
other plans' work of the people before or after this plan, so a person's cells add up to
the Work beside them (which counts it all), on screen and on paper.

clientA is the demo (Jan 4 - Jun 1 2027); clientC the same plan moved to start after it
(Jul 2027) or before it (Jul 2026): Priya's work there lies outside clientA's dates.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from app import formats
from app.cli import main
from app.ui.document import Document
from app.ui.usage.rows import UsageTables
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def _view(qtbot, tmp_path, start: str):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", start, "-o", str(c)]) == 0
    view = UsageView(Document(formats.read_plan(a)))
    qtbot.addWidget(view)
    view.resize(1300, 700)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    return view, c


def _priya(view) -> int:
    model = view.tree_model
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Priya Nair")


@pytest.mark.parametrize(
    ("start", "reaches"),
    [("2027-07-05", date(2027, 11, 1)), ("2026-07-06", date(2026, 7, 6))],
    ids=["after", "before"],
)
def test_s27pb_cells_reach_the_other_plans_work(qtbot, tmp_path, start, reaches):
    view, c = _view(qtbot, tmp_path, start)
    try:
        grid = view.grid_model
        own_first, own_last = grid.periods.starts[0], grid.periods.starts[-1]
        own = view.tables.tree(view.mode).total(view.tree_model.shown[_priya(view)])
        assert view.other_plans.include([c], keep=False)
        view.wait_built()
        grid, model = view.grid_model, view.tree_model
        starts = grid.periods.starts
        # the axis now covers clientC's dates too, and still clientA's
        assert starts[0] <= min(own_first, reaches)
        assert grid.periods.last_day(len(starts) - 1) >= max(own_last, reaches)
        row = _priya(view)
        node = model.shown[row]
        cells = np.array([grid.value(row, k) for k in range(len(starts))])
        total = view.tables.tree(view.mode).total(node)
        # Priya's Work counts her work in both plans; her cells now hold all of it
        assert cells.sum() == pytest.approx(total, rel=1e-6)
        assert total > own * 1.5
        # the printout's columns are the grid's periods, her printed line all her work
        sheet = view.print_sheet()
        assert len(sheet.periods) == len(starts)
        line = next(line for line in sheet.lines if line.name == "Priya Nair")
        assert sum(1 for text in line.cells if text) == int(np.count_nonzero(cells > 3))
        # the tables made again after an edit keep the longer axis
        doc = view.document
        again = UsageTables(doc.plan, doc.schedule, view.tables)
        assert again.usage.periods(view.scale).starts == starts
        # left out again, the axis is clientA's own
        view.other_plans.leave_out()
        view.wait_built()
        assert view.grid_model.periods.starts[0] == own_first
        assert view.grid_model.periods.starts[-1] == own_last
    finally:
        view.close()
