"""Edit > Find Previous goes backwards through the tasks the last Find matched, wrapping
past the first task to the last as Find Next wraps past the last; its keys are Find Next's
the other way (Ctrl+Shift+G for Ctrl+G)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.find_query import FindQuery
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The sample plan: 1 Design, 2 Specs, 3 Review, 4 Build, 5 Code, 6 Test, 7 Go-live."""
    path = tmp_path / "find.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _trigger(window, action_id):
    window.action_collection[action_id].trigger()
    return window.tree.current_uid()


def test_s17keys_find_previous_goes_backwards_and_wraps(window):
    # "es" is in Design (1), Test (6): from Review (3) back to Design, then wrapping to Test
    window.tree.select_uids([3], 3)
    window._find_query = FindQuery("es")
    assert _trigger(window, "find_previous") == 1
    assert _trigger(window, "find_previous") == 6  # past the first task: the last match
    assert window.tree.selected_uids() == [6]
    assert _trigger(window, "find_previous") == 1
    assert _trigger(window, "find_next") == 6  # and forwards again from there
    assert _trigger(window, "find_next") == 1  # Find Next wraps the same way


def test_s17keys_find_previous_with_nothing_looked_for_asks(window):
    window.tree.select_uids([7], 7)
    assert _trigger(window, "find_previous") == 7  # nothing looked for: Find opens, searching up
    dialog = window._find_dialog
    assert dialog.isVisible()
    assert dialog.query().up
    dialog.what.setText("ES")
    dialog.find_next()
    assert window.tree.current_uid() == 6  # found backwards


def test_s17keys_find_previous_on_a_sorted_sheet_follows_the_sheet(window):
    window.action_collection["sort_by_name"].trigger()
    order = [t.uid for t in window.model.ordered_tasks()]
    assert order != sorted(order)
    window._find_query = FindQuery("e")  # every name but Build's
    matches = [u for u in order if "e" in window.document.plan.task(u).name.casefold()]
    by_id = sorted(matches)
    last = matches[-1]
    before = matches[-2]
    assert before != by_id[by_id.index(last) - 1]  # the sheet's order and the IDs' differ here
    window.tree.select_uids([last], last)
    assert _trigger(window, "find_previous") == before


def test_s17keys_no_match_says_so_and_stays(window):
    window.tree.select_uids([5], 5)
    window._find_query = FindQuery("zzz")
    assert _trigger(window, "find_previous") == 5
    assert "zzz" in window.statusBar().currentMessage()


def test_s17keys_find_previous_keys_reverse_find_next(window):
    keys = [k.toString() for k in window.action_collection["find_previous"].shortcuts()]
    assert keys == ["Ctrl+Shift+G", "Ctrl+Shift+F4"]
    nexts = [k.toString() for k in window.action_collection["find_next"].shortcuts()]
    assert nexts == ["Shift+F4", "Ctrl+G"]
    menu = window.menuBar().findChild(QMenu, "edit_menu")
    ids = [a.objectName() for a in menu.actions()]
    assert ids.index("find_previous") == ids.index("find_next") + 1
    assert QKeySequence("Ctrl+Shift+G") not in window.action_collection["find_next"].shortcuts()
