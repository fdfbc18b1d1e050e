"""On the main window, a night crew (a manual task 22:00-06:00 on Tuesday, Anna at 100 % on
her day calendar, her work filling it) is an over-allocation everywhere one shows, and says
'works outside working hours', not 'works on a day off': the status bar counts her, the Team
roster's tooltip and list say why, the list's jump to Usage says why in the status bar, as
Next Overallocation does, and her Usage row's Indicators tooltip too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.usage import Scale
from app.ui.team.roster_model import OverallocatedRole
from app.ui.usage.tree_model import INDICATORS
from tests.test_s21ru_usage_window import _row_of, open_usage
from tests.unit.test_s25ov_off_hours_everywhere import TUE_NIGHT, _plan

WHY = "works outside working hours"


def test_s25ov_a_night_is_said_outside_working_hours_everywhere(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, _plan(TUE_NIGHT))
    assert window.status_overallocated.text() == "Over-allocated: 1"
    view.set_scale(Scale.DAYS)
    assert view.go_to_next_overallocation()
    current = view.grid.currentIndex()
    assert current.row() == _row_of(view, "Anna")
    assert view.grid_model.periods.starts[current.column()] == date(2027, 3, 2)
    assert view.last_message.endswith(f" ({WHY})")
    tip = view.tree_model.index(_row_of(view, "Anna"), INDICATORS).data(Qt.ItemDataRole.ToolTipRole)
    assert f"({WHY})" in tip
    assert "day off" not in tip

    window.show_view("team")
    team = window.views["team"]
    roster = team.table.model()
    assert roster.index(0, 0).data(OverallocatedRole) is True
    # the run's line says why; a new plan levels Day by Day (b0e895c1), so a line after it
    # says that basis leaves a within-the-day overload
    runs = roster.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).splitlines()
    assert runs[1].endswith(f"({WHY})")
    listed = team.overallocation_list
    (item,) = [listed.item(k) for k in range(listed.count())]
    assert item.text().startswith(f"Anna: {WHY} from ")
    team.grab().save("/tmp/s25ov_team.png")
    listed.itemActivated.emit(item)  # Go to in Usage
    assert window.current_view == "usage"
    assert view.last_message == f"Anna is over-allocated Tue 2027-03-02 ({WHY})"
    assert window.statusBar().currentMessage() == view.last_message
