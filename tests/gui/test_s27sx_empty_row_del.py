"""Del on the empty last row of the sheet did nothing and said nothing, as if the key were
broken. It now says there is no task there to delete, as typing there says what it takes;
with tasks selected Del still deletes them, and nothing in the plan changes otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.task_tree import EMPTY_ROW_DEL
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "del.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


@pytest.mark.parametrize("column", [Column.NAME, Column.DURATION, Column.NOTES])
@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_del_on_the_empty_row_says_nothing_is_there(window, qtbot, column, modifier):
    tree, model = window.tree, window.model
    tasks = len(window.document.plan.tasks)
    heard: list[str] = []
    model.sig_notice.connect(heard.append)
    model.sig_error.connect(heard.append)
    blank = model.index(model.rowCount() - 1, column)
    assert model.is_blank(blank)
    tree.setFocus()
    tree.setCurrentIndex(blank)
    tree.clearSelection()
    qtbot.keyClick(tree, Qt.Key.Key_Delete, modifier)
    assert heard == [EMPTY_ROW_DEL]
    assert "nothing to delete" in EMPTY_ROW_DEL
    assert len(window.document.plan.tasks) == tasks
    assert window.document.undo_stack.count() == 0


def test_del_on_a_task_still_deletes_it(window, qtbot):
    tree, model = window.tree, window.model
    uid = window.document.plan.tasks[-1].uid
    heard: list[str] = []
    model.sig_notice.connect(heard.append)
    tree.setFocus()
    tree.setCurrentIndex(model.index_of_uid(uid, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert EMPTY_ROW_DEL not in heard
    assert not window.document.plan.has_task(uid)
