"""Clear Leveling… opens on Entire project as MS Project's does, even with tasks selected in
the Gantt: OK at once clears every delay; the selection's only when Selected tasks is picked."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from tests.test_s22lv_window import _delays, window  # noqa: F401 (the fixture)


def _answer(pick_selected: bool, seen: list[tuple[bool, bool]]) -> None:
    """Once the dialog shows: note which choice it opened on, pick one, press OK."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClearLevelingDialog)]
    shown = [d for d in dialogs if d.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: _answer(pick_selected, seen))
        return
    dialog = shown[0]
    seen.append((dialog.entire.isChecked(), dialog.selected.isEnabled()))
    dialog.grab().save("/tmp/s23lv_clear.png")
    if pick_selected:
        dialog.selected.setChecked(True)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_s23lv_ok_with_a_selection_clears_the_entire_project(window):  # noqa: F811
    window.action_collection["level_resources"].trigger()
    leveled = _delays(window)
    delayed = {uid for uid, minutes in leveled.items() if minutes}
    assert {2, 4} <= delayed
    window.tree.select_uids([4])
    seen: list[tuple[bool, bool]] = []
    QTimer.singleShot(0, lambda: _answer(False, seen))
    window.action_collection["clear_leveling"].trigger()
    assert seen == [(True, True)]  # Entire project, Selected tasks offered
    assert not any(_delays(window).values())
    window.document.undo_stack.undo()
    assert _delays(window) == leveled
    seen.clear()
    QTimer.singleShot(0, lambda: _answer(True, seen))
    window.action_collection["clear_leveling"].trigger()
    assert {uid for uid, minutes in _delays(window).items() if minutes} == delayed - {4}
