"""Usage view > Other Plans > Include Work from Other Plans…: another plan's work of the same
people counts toward the red cells and Go to Next Overallocation (s26xa finding 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app import formats
from app.cli import main
from app.ui.document import Document
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def client_c(tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    return a, c


def _priya_over(view):
    model = view.grid_model
    usage = model.tree.usage
    row = next(i for i, r in enumerate(usage.resources) if r.name == "Priya Nair")
    return model.over[row]


def test_s26pf_other_plans_work_turns_priyas_weeks_red(qtbot, client_c, tmp_path):
    a, c = client_c
    doc = Document(formats.read_plan(a))
    view = UsageView(doc)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    assert not _priya_over(view).any()  # client A alone: Priya is fine
    assert view.other_plans.include([c], keep=False)
    view.wait_built()
    red = _priya_over(view)
    assert red.any()
    starts = view.grid_model.periods.starts
    assert any(starts[k].isoformat() == "2027-04-12" for k in np.flatnonzero(red))
    # her row's cell names client C's work in that week, read only
    model = view.grid_model
    row = next(
        r
        for r, node in enumerate(model.shown)
        if model.tree.kind[node] == 0 and model.tree.name(node) == "Priya Nair"
    )
    week = next(k for k, d in enumerate(starts) if d.isoformat() == "2027-04-12")
    tip = model.data(model.index(row, week), Qt.ItemDataRole.ToolTipRole)
    # the over-allocated period says so first (not by red alone: s30fd)
    assert tip == "Over-allocated in this period\nWork in other plans (read only):\nclientC: 40.0h"
    view.grab().save(str(tmp_path / "usage.png"))
    # Go to Next Overallocation stops at her red cells too
    hits = 0
    while view.go_to_next_overallocation() and hits < 200:
        hits += 1
        index = view.grid.currentIndex()
        node = view.grid_model.shown[index.row()]
        person = view.grid_model.tree.person(node)
        if view.grid_model.tree.usage.resources[person].name == "Priya Nair":
            break
    else:
        pytest.fail("Go to Next Overallocation never reached Priya Nair")
    view.other_plans.leave_out()
    view.wait_built()
    assert not _priya_over(view).any()


def test_s26pf_the_plan_itself_or_a_bad_file_is_not_included(qtbot, client_c, tmp_path):
    a, _c = client_c
    bad = tmp_path / "bad.gantry"
    bad.write_text("not a plan", encoding="utf-8")
    doc = Document(formats.read_plan(a))
    view = UsageView(doc)
    qtbot.addWidget(view)
    assert not view.other_plans.include([bad], keep=False)
    assert "Other plans not included: " in view.other_plans.last_message
    assert view.other_plans.plans == []
