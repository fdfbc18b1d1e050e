"""The Usage view's left pane opens as wide as its shown columns (it opened at 600 px, room
for a Details column hidden while Work alone shows, and left the period grid ~200 px short),
follows the columns the view shows or hides (Peak in Resource Usage only) and keeps a width
the user dragged it to."""

from __future__ import annotations

from app.ui.document import Document
from app.ui.usage.tree_model import PEAK
from app.ui.usage.view import Mode, UsageView
from tests.gui.test_usage_view import staffed_plan


def _columns(view: UsageView) -> int:
    tree = view.tree
    shown = [c for c in range(view.tree_model.columnCount()) if not tree.isColumnHidden(c)]
    return sum(tree.columnWidth(c) for c in shown) + 2 * tree.frameWidth()


def _open(qtbot) -> UsageView:
    view = UsageView(Document(staffed_plan()))
    qtbot.addWidget(view)
    view.resize(1400, 500)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_s24us_the_left_pane_opens_as_wide_as_its_shown_columns(qtbot):
    view = _open(qtbot)
    left, grid = view._panes.sizes()
    assert left == _columns(view) < 600
    assert left + grid >= 1390  # the rest goes to the periods
    view.grab().save("/tmp/s24us/s24us_left_pane.png")


def test_s24us_the_left_pane_follows_a_column_hidden_in_task_usage(qtbot):
    view = _open(qtbot)
    in_resources = view._panes.sizes()[0]
    view.set_mode(Mode.TASKS)  # Peak is a Resource Usage field
    assert view.tree.isColumnHidden(PEAK)
    assert view._panes.sizes()[0] == _columns(view) < in_resources


def test_s24us_a_width_dragged_to_stays(qtbot):
    view = _open(qtbot)
    view._panes.moveSplitter(700, 1)  # as the user's drag does
    view._panes.splitterMoved.emit(700, 1)
    dragged = view._panes.sizes()[0]
    view.set_mode(Mode.TASKS)
    assert view._panes.sizes()[0] == dragged
