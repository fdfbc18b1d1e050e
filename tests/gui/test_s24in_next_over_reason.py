"""Go to Next Overallocation says why the cell it stops on is red, as the row's Indicators
tooltip and the Team view's list do: Anna's Saturday typed into Usage (8 h at her 100 %)
'works on a day off'; a person booked beyond their max units, by how much."""

from __future__ import annotations

from app.domain.usage import Scale
from tests.test_s21ru_usage_window import _row_of, open_usage
from tests.test_s24us_day_off_typed import SAT, H, anna_plan, type_on


def test_s24in_next_overallocation_says_a_day_off_is_worked(tmp_path, qtbot):
    plan = anna_plan()
    type_on(plan, SAT, 8 * H)
    window, view = open_usage(tmp_path, qtbot, plan)
    view.set_scale(Scale.DAYS)
    assert view.go_to_next_overallocation()
    assert view.grid_model.periods.starts[view.grid.currentIndex().column()] == SAT
    said = window.statusBar().currentMessage()
    assert said.startswith("Anna is over-allocated ")
    assert said.endswith(" (works on a day off)")
    assert view.last_message == said


def test_s24in_next_overallocation_says_by_how_much(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)  # Ana on two tasks at once: 200 % of 100 %
    assert view.go_to_next_overallocation()
    current = view.grid.currentIndex()
    assert current.row() == _row_of(view, "Ana")
    said = window.statusBar().currentMessage()
    assert said.startswith("Ana is over-allocated ")
    assert said.endswith(" (200% of 100%)")
    assert "day off" not in said
