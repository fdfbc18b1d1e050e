"""The Team view's over-allocation list, as a resource manager uses it: activating an item
(Enter, double-click) opens Resource Usage at that person and the period it starts in, not
only the person in the roster."""

from __future__ import annotations

from tests.test_s21ru_usage_window import open_usage
from tests.test_s22us_usage_window import noted_plan


def test_s22us_team_over_allocation_opens_usage_at_the_person_and_period(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, noted_plan())
    window.show_view("team")
    team = window.views["team"]
    items = [team.overallocation_list.item(k) for k in range(team.overallocation_list.count())]
    ben = next(item for item in items if item.text().startswith("Ben"))
    team.overallocation_list.itemActivated.emit(ben)
    assert window.current_view == "usage"
    current = view.grid.currentIndex()
    assert view.tree_model.tree.name(view.grid_model.shown[current.row()]) == "Ben"
    assert view.grid_model.periods.label(current.column()) == "19 Jan 2026"
    # why, as Next Overallocation says it (the list's line is out of sight once Usage opens)
    assert (
        view.last_message == "Ben is over-allocated Mon 2026-01-19 to Sun 2026-01-25 (200% of 100%)"
    )
    assert team.selected_uid() == 2  # the Team view still selects him
