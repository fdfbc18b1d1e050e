"""Usage view > Other Plans: the other plans' work of each person is drawn under them in
Resource Usage, one grey read-only row per plan, added into the person's total; typing
there is refused naming the plan, and the printout carries the rows."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QPdfWriter

from app import formats
from app.cli import main
from app.report.usage_pages import render_usage
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def view_with_c(qtbot, tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    view = UsageView(Document(formats.read_plan(a)))
    qtbot.addWidget(view)
    view.resize(1100, 650)
    with qtbot.waitExposed(view):
        view.show()
    view.wait_built()
    assert view.other_plans.include([c], keep=False)
    view.wait_built()
    yield view
    view.close()


def _rows(view, name):
    model = view.tree_model
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    return [r for r, t in enumerate(texts) if t == name or (t or "").startswith(name)]


def test_s26ug_each_person_gets_a_grey_row_per_other_plan(view_with_c, tmp_path):
    view = view_with_c
    tree, grid = view.tree_model.tree, view.grid_model
    (priya,) = _rows(view, "Priya Nair")
    other_rows = _rows(view, "[clientC] ")
    assert other_rows, "no row of client C's work"
    node = view.tree_model.shown[priya]
    mine = [r for r in other_rows if tree.parent[view.tree_model.shown[r]] == node]
    assert len(mine) == 1
    row = mine[0]
    name = view.tree_model.data(view.tree_model.index(row, 0))
    assert name.endswith((" tasks", " task"))
    font = view.tree_model.data(view.tree_model.index(row, 0), Qt.ItemDataRole.FontRole)
    assert font.italic()
    assert grid.data(grid.index(row, 0), Qt.ItemDataRole.FontRole).italic()
    # her row's figures: her own assignments here plus client C's row, period by period
    here = [view.tree_model.shown[r] for r in range(len(view.tree_model.shown))]
    kids = [n for n in here if tree.parent[n] == node]
    n = len(grid.periods)
    own = np.array([grid.value(priya, k) for k in range(n)])
    parts = np.array([[grid.value(here.index(kid), k) for k in range(n)] for kid in kids])
    assert np.allclose(own, parts.sum(axis=0))
    other = np.array([grid.value(row, k) for k in range(n)])
    assert other.sum() > 0
    assert tree.total(node) == pytest.approx(sum(tree.total(kid) for kid in kids))
    tip = view.tree_model.data(view.tree_model.index(priya, 1), Qt.ItemDataRole.ToolTipRole)
    assert "other plans" in tip
    assert "clientC" in tip
    view.grab().save(str(tmp_path / "usage_rows.png"))


def test_s26ug_typing_in_an_other_plans_row_is_refused(view_with_c):
    view = view_with_c
    row = _rows(view, "[clientC] ")[0]
    grid = view.grid_model
    column = next(k for k in range(len(grid.periods)) if grid.value(row, k) > 0)
    before = grid.value(row, column)
    index = grid.index(row, column)
    assert grid.flags(index) & Qt.ItemFlag.ItemIsEditable  # the editor opens, to say why
    assert not grid.setData(index, "1h", Qt.ItemDataRole.EditRole)
    assert "clientC" in view.other_plans.last_message
    assert "read only" in view.other_plans.last_message
    assert grid.value(row, column) == before


def test_s26ug_printout_has_the_rows_and_task_usage_does_not(view_with_c, tmp_path):
    view = view_with_c
    sheet = view.print_sheet()
    lines = {line.name: line for line in sheet.lines}
    other = next(line for name, line in lines.items() if name.startswith("[clientC] "))
    assert other.total.endswith("h")
    assert other.figures  # its work per period is printed
    pdf = tmp_path / "usage.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert render_usage(writer, sheet, project="clientA") >= 1
    del writer  # the file is finished when the writer goes
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "[clientC]" in text
    view.mode_box.setCurrentIndex(list(Mode).index(Mode.TASKS))
    view.wait_built()
    assert not _rows(view, "[clientC] ")
    view.mode_box.setCurrentIndex(list(Mode).index(Mode.RESOURCES))
    view.wait_built()
    assert _rows(view, "[clientC] ")


def test_s26ug_leaving_out_the_plans_takes_the_rows_away(view_with_c):
    view = view_with_c
    view.other_plans.leave_out()
    view.wait_built()
    assert not _rows(view, "[clientC] ")


def test_s26ug_team_chart_stacks_the_plans_the_usage_view_includes(qtbot, tmp_path):
    from app.ui.team.view import TeamView

    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    doc = Document(formats.read_plan(a))
    team = TeamView(doc)
    qtbot.addWidget(team)
    team.resize(1200, 700)
    with qtbot.waitExposed(team):
        team.show()
    usage = UsageView(doc)  # the same window's: one set of other plans
    qtbot.addWidget(usage)
    uid = next(r.uid for r in doc.plan.resources if r.name == "Priya Nair")
    team.select(uid)
    assert team.selected_uid() == uid
    alone = team.chart.totals.sum()
    assert "[clientC]" not in team.chart.task_labels
    assert usage.other_plans.include([c], keep=False)
    usage.wait_built()
    assert team.other_plans.pool.plans == usage.other_plans.plans
    assert "[clientC]" in team.chart.task_labels
    assert team.chart.totals.sum() > alone
    team.grab().save(str(tmp_path / "team.png"))
    # and left out from the Team view: gone from both
    assert team.other_plans.include([], keep=False)
    usage.wait_built()
    assert not usage.other_plans.plans
    assert "[clientC]" not in team.chart.task_labels


def test_s26ug_printed_figures_are_the_cells_on_screen(view_with_c):
    view = view_with_c
    tree, grid = view.grid_model.tree, view.grid_model
    rows, cols, vals = tree.cells(grid.periods)
    for node in range(len(tree.kind)):
        figures = tree.values(node, grid.periods)
        mine = rows == node
        got = np.zeros(len(grid.periods))
        got[cols[mine]] = vals[mine]
        assert np.allclose(got, figures), tree.name(node)


def test_s26ug_a_usage_view_closed_before_its_window_is_not_told(qtbot, tmp_path):
    a, c = tmp_path / "clientA.gantry", tmp_path / "clientC.gantry"
    shutil.copy(DEMO, a)
    assert main(["move", str(a), "--start", "2027-02-15", "-o", str(c)]) == 0
    doc = Document(formats.read_plan(a))
    first = UsageView(doc)
    first.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(first))
    second = UsageView(doc)
    qtbot.addWidget(second)
    assert second.other_plans.include([c], keep=False)
    second.wait_built()
    assert _rows(second, "[clientC] ")
