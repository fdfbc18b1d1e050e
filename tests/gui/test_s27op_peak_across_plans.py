"""Usage view with other plans' work: a person's Peak and Peak Units count what the other
plans book them at the same time (MS Project's pool), while Cost stays this plan's own and
the tips say so."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app import formats
from app.cli import main
from app.domain.pool_load import PoolLoad, PoolPlan
from app.domain.scheduling.run import schedule_only
from app.domain.usage_detail_rows import Detail
from app.ui.document import Document
from app.ui.printing.usage_columns import with_window_columns
from app.ui.usage.tree_model import PEAK
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def setup(qtbot, tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    view = UsageView(Document(formats.read_plan(a)))
    qtbot.addWidget(view)
    view.resize(1200, 650)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    view.set_details([Detail.WORK, Detail.PEAK_UNITS, Detail.COST])
    yield view, c
    view.close()


def _row(view, name):
    model = view.tree_model
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)


def test_s27op_peak_counts_the_other_plans(setup):
    view, c = setup
    model, grid = view.tree_model, view.grid_model
    row = _row(view, "Priya Nair")
    node = model.shown[row]
    alone = model.peak(node)
    # by period: the periods reach client C's work once it is included (s27pb)
    cost_alone = dict(
        zip(grid.periods.starts, grid.figures.values(node, Detail.COST).tolist(), strict=True)
    )
    assert model.data(model.index(row, PEAK), Qt.ItemDataRole.ToolTipRole) is None
    assert view.other_plans.include([c], keep=False)
    view.wait_built()
    row = _row(view, "Priya Nair")
    node = model.shown[row]
    # what the pool finds her booked at, in both plans together
    doc = view.document
    plan_c = formats.read_plan(c)
    load = PoolLoad(
        [PoolPlan("", doc.plan, doc.schedule), PoolPlan("clientC", plan_c, schedule_only(plan_c))]
    )
    priya = next(p for p in load.people if p.name == "Priya Nair")
    pooled = max(po.over.units for po in load.overallocations(priya))
    assert pooled > alone
    assert model.peak(node) == pytest.approx(pooled)
    assert model.data(model.index(row, PEAK)) == f"{pooled * 100:.0f}%"
    peaks = grid.figures.values(node, Detail.PEAK_UNITS)
    assert float(peaks.max()) == pytest.approx(pooled * 100)
    # her Cost is this plan's alone, and the tips say which figures count client C
    grid = view.grid_model
    cost_now = dict(
        zip(grid.periods.starts, grid.figures.values(node, Detail.COST).tolist(), strict=True)
    )
    assert all(cost_now[day] == pytest.approx(cost) for day, cost in cost_alone.items())
    assert sum(cost_now.values()) == pytest.approx(sum(cost_alone.values()))
    tip = model.data(model.index(row, PEAK), Qt.ItemDataRole.ToolTipRole)
    assert "clientC" in tip
    assert "Cost" in tip
    column = int(np.argmax(peaks))
    cell_tip = grid.data(grid.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert "Cost: this plan's work only" in cell_tip
    # the printout prints the same Peak
    sheet = with_window_columns(view.print_sheet(), view)
    line = next(line for line in sheet.lines if line.name == "Priya Nair")
    assert line.peak == model.data(model.index(row, PEAK))
    # left out again: her own Peak
    view.other_plans.leave_out()
    view.wait_built()
    row = _row(view, "Priya Nair")
    assert model.peak(model.shown[row]) == pytest.approx(alone)
