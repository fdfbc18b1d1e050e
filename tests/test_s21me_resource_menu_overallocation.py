"""Resource > Go to Next Overallocation, from any view: MS Project keeps the command on its
Resource tab, and the Usage view's own button was the only way to it."""

from __future__ import annotations

from app.ui.usage.rows import Mode
from tests.test_s21ru_usage_window import _row_of, open_usage


def test_s21me_the_resource_menu_goes_to_the_next_overallocation_from_the_gantt(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    window.show_view("gantt")
    step = window.action_collection["resource_next_overallocation"]
    assert step.text() == "Go to &Next Overallocation"
    step.trigger()
    assert window.current_view == "usage"
    assert view.mode is Mode.RESOURCES
    current = view.grid.currentIndex()
    assert (current.row(), current.column()) == (_row_of(view, "Ana"), 0)
    assert window.statusBar().currentMessage().startswith("Ana is over-allocated")
