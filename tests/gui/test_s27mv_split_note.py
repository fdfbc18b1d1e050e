"""Split Task's dialog says that its pause moves with the task and points to Add Days Off for
an absence (s27xa finding 7: a split made for a holiday drifted past it)."""

from __future__ import annotations

from app.store.document import GantryFile
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

CODE = 5


def test_the_split_dialog_points_to_add_days_off_for_an_absence(qtbot):
    dialog = SplitDialog(Document(build_plan()), CODE)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    note = dialog.findChild(type(dialog.error), "split_note")
    assert note.isVisible()
    assert "moves with the task" in note.text()
    assert "Resource > Add Days Off" in note.text()
    dialog.grab().save("/tmp/s27mv/split_dialog.png")
    dialog.close()


def test_the_split_commands_tip_says_it_too(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.tree.select_uids([CODE], CODE)
    action = window.action_collection["split_task"]
    qtbot.waitUntil(action.isEnabled)
    assert "Resource > Add Days Off" in action.statusTip()
