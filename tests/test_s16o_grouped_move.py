"""Edit > Move Up/Down on a grouped sheet is refused with a line in the status bar, as a
dropped row already is: the rows sit under their group's header by their values, so a row
moved "up" would move in the plan yet not on the sheet. MS Project does not move rows by
hand in a grouped view either. With No Group the move works as before."""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan (Design: Specs, Review; Build: Code, Test; Go-live), Ann on Code and
    Test."""
    plan = build_plan()
    plan.resources = [Resource(1, "Ann")]
    plan.assignments = [Assignment(1, 5, 1, 1.0, 5 * 480), Assignment(2, 6, 1, 1.0, 2 * 480)]
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "grouped.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _order(win):
    return [t.uid for t in win.document.plan.tasks]


@pytest.mark.parametrize("action_id", ["move_up", "move_down"])
def test_moving_a_row_while_grouped_is_refused_in_the_status_bar(window, action_id):
    window.action_collection["group_resource"].trigger()
    assert window.model.row_group() is not None
    before = _order(window)
    window.tree.select_uids([6] if action_id == "move_up" else [5], None)
    action = window.action_collection[action_id]
    assert not action.isEnabled()  # greyed, as MS Project greys it (s17keys), saying why
    assert action.statusTip().startswith("Rows are not moved while the sheet is grouped")
    # called another way (the handler itself), it still refuses with the status line
    (window.move_tasks_up if action_id == "move_up" else window.move_tasks_down)()
    assert _order(window) == before
    assert window.document.undo_stack.count() == 0
    said = window.statusBar().currentMessage()
    assert said.startswith("Rows are not moved while the sheet is grouped by Resource")
    # the same words as a dropped row gets
    errors: list[str] = []
    window.model.sig_error.connect(errors.append)
    assert not window.model.drop_uids([6], 5, below=False)
    assert errors == [said]


def test_with_no_group_the_row_moves(window):
    window.action_collection["group_resource"].trigger()
    window.action_collection["group_no_group"].trigger()
    assert window.model.row_group() is None
    window.tree.select_uids([6], None)
    window.action_collection["move_up"].trigger()
    order = _order(window)
    assert order.index(6) < order.index(5)  # Test now before Code
    assert window.document.undo_stack.count() == 1
