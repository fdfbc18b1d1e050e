"""Printing the Usage view writes out only the periods with work, each as the grid shows it.

On a 10,000-task plan by day, Print Preview of Task Usage waited 18 s on the
window before the preview opened, formatting 36 million blank cells.
"""

from __future__ import annotations

import shutil

import pytest

from app.assets import resource_path
from app.domain.usage import Scale
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.usage.grid_model import SHOWN
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView


@pytest.fixture
def view(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    win = Session(Settings()).open_path(path)
    qtbot.addWidget(win)
    win.action_collection["view_usage"].trigger()
    yield win.findChild(UsageView)
    win.close()


@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("scale", [Scale.DAYS, Scale.WEEKS])
def test_each_printed_cell_is_the_periods_figure_and_marks(view, mode, scale):
    view.set_mode(mode)
    view.set_scale(scale)
    sheet = view.print_sheet()
    tree, grid = view.tree_model.tree, view.grid_model
    n = len(grid.periods)
    assert len(sheet.lines) == len(grid.shown)
    red = shaded = 0
    for line, node in zip(sheet.lines, grid.shown, strict=True):
        unit = tree.unit(node)
        values = tree.values(node, grid.periods, 0, n).tolist()
        assert line.cells == tuple(tree.text(v, unit) if abs(v) >= SHOWN else "" for v in values)
        over = grid.over[tree.person(node)].tolist() if tree.person(node) >= 0 else []
        assert line.over == tuple(over)
        assert line.off == tuple(grid.off[tree.calendar(node)].tolist())
        red += sum(line.over)
        shaded += sum(line.off)
    assert shaded  # weekends at least
    if mode is Mode.RESOURCES:
        assert red  # the demo has an over-allocated person


def test_the_page_orientation_is_chosen_without_reading_every_cell(view, monkeypatch):
    """Choosing portrait or landscape read each of a 10k plan's cells as a new list (11 s)."""
    from app.report.options import PrintOptions
    from app.report.usage_pages import UsageSheet
    from app.ui.printing.actions import table_options

    view.set_scale(Scale.WEEKS)
    sheet = view.print_sheet()

    def refuse(self, k):
        raise AssertionError("a cell was read")

    monkeypatch.setattr(UsageSheet, "__getitem__", refuse)
    assert table_options(PrintOptions(), sheet.headers, sheet).landscape  # 22 weeks across
