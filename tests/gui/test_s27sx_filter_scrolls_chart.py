"""With a tracking filter applied (Slipping Tasks, Late Tasks...), the chart stayed at the
project's start and the filtered rows showed an empty chart. Applying a filter whose rows'
bars are all out of view now scrolls the chart to the first one's bar, once: the user's own
scrolling afterwards is left alone, and a filter whose bars show already moves nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.filter_menu import controller_of
from app.ui.gantt.filter_follow import bar_to_show
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

START = datetime(2026, 3, 2, 8, 0)
GO_LIVE = 7  # the milestone after everything (build_plan)


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "follow.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 600)
    with qtbot.waitExposed(win):
        win.show()
    chart = win.gantt
    chart.restore_scale(300.0, START)  # zoomed in at the start: Go-live far to the right
    yield win
    for w in list(session.windows):
        w.close()


def _apply(window, kind):
    controller_of(window).apply(TaskFilter(kind))


def _milestone_x(window):
    chart = window.gantt
    times = window.document.schedule.get(GO_LIVE)
    return int(chart.scale.x_of(times.start)) - 40


def test_a_filter_whose_bars_are_out_of_view_scrolls_to_the_first(window, qtbot):
    chart = window.gantt
    at_start = chart.hbar.value()
    assert bar_to_show(chart, window.model) is None  # no filter: nothing to follow
    _apply(window, FilterKind.MILESTONES)
    qtbot.waitUntil(lambda: chart.hbar.value() != at_start)
    assert chart.hbar.value() == min(_milestone_x(window), chart.hbar.maximum())
    assert bar_to_show(chart, window.model) is None  # its bar is in view now
    window.grab().save("/tmp/s27sx_filter_scrolled.png")


def test_the_users_scrolling_afterwards_is_left_alone(window, qtbot):
    chart = window.gantt
    _apply(window, FilterKind.MILESTONES)
    qtbot.waitUntil(lambda: chart.hbar.value() != 0 and bar_to_show(chart, window.model) is None)
    chart.hbar.setValue(0)  # the user scrolls back to the start
    qtbot.wait(50)
    assert chart.hbar.value() == 0
    chart.canvas.update()
    qtbot.wait(50)
    assert chart.hbar.value() == 0


def test_a_filter_with_a_bar_in_view_moves_nothing(window, qtbot):
    chart = window.gantt
    at_start = chart.hbar.value()
    _apply(window, FilterKind.CRITICAL)  # Specs, first of all, starts at the chart's left
    qtbot.wait(50)
    assert chart.hbar.value() == at_start
    _apply(window, FilterKind.ALL)  # All Tasks again: nothing to follow
    qtbot.wait(50)
    assert chart.hbar.value() == at_start
