"""On the main window, Anna's Saturday typed into Usage (8 h at her 100 %) is an
over-allocation everywhere one shows: the status bar counts her, the Team roster marks her,
the Team view's list says why ('works on a day off'), Next Overallocation stops on the
Saturday's red cell, and her row's Indicators tooltip says why too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.usage import Scale
from app.ui.team.roster_model import OverallocatedRole
from app.ui.usage.grid_model import OverRole
from app.ui.usage.tree_model import INDICATORS
from tests.test_s21ru_usage_window import _row_of, open_usage
from tests.test_s24us_day_off_typed import SAT, H, anna_plan, type_on


def test_s24ov_the_saturday_is_flagged_everywhere(tmp_path, qtbot):
    plan = anna_plan()
    type_on(plan, SAT, 8 * H)
    window, view = open_usage(tmp_path, qtbot, plan)
    assert window.status_overallocated.text() == "Over-allocated: 1"

    view.set_scale(Scale.DAYS)
    assert view.go_to_next_overallocation()
    current = view.grid.currentIndex()
    assert current.row() == _row_of(view, "Anna")
    assert view.grid_model.periods.starts[current.column()] == SAT
    assert current.data(OverRole) is True
    assert window.statusBar().currentMessage().startswith("Anna is over-allocated")
    assert not view.go_to_next_overallocation()  # the Saturday only
    anna = view.tree_model.index(_row_of(view, "Anna"), INDICATORS)
    tip = anna.data(Qt.ItemDataRole.ToolTipRole)
    assert "works on a day off" in tip

    window.show_view("team")
    team = window.views["team"]
    roster = team.table.model()
    assert roster.index(0, 0).data(OverallocatedRole) is True
    tip = roster.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Anna is over-allocated:\n")
    assert tip.endswith("(works on a day off)")
    listed = team.overallocation_list
    (line,) = [listed.item(k).text() for k in range(listed.count())]
    assert line.startswith("Anna: works on a day off from ")
    assert line.endswith("(Design)")
