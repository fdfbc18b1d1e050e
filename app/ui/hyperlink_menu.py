"""The task sheet's right-click Hyperlink ▸ submenu, as MS Project's: Edit Hyperlink… (or
Hyperlink… on a task without one), Open Hyperlink, Remove Hyperlink.

It holds the Insert menu's own actions (app/ui/dialogs/hyperlink_actions.py), so a click
does what the Insert menu does. While the submenu shows, the first one is named for the
current task (Edit Hyperlink… when it has a link) and Open and Remove are greyed where
they would only say there is no link; the Insert menu gets its actions back as they were
when the submenu closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

ACTION_IDS = ("insert_hyperlink", "open_hyperlink", "remove_hyperlink")
EDIT_TEXT = "&Edit Hyperlink…"


def hyperlink_submenu(window: MainWindow) -> QAction | None:
    """The Hyperlink ▸ entry for the task sheet's right-click menu (None: this build has
    no hyperlink actions)."""
    collection = window.action_collection
    if not all(action_id in collection for action_id in ACTION_IDS):
        return None
    actions = [collection[action_id] for action_id in ACTION_IDS]
    tree = window.tree
    menu = QMenu("&Hyperlink", tree)
    menu.setObjectName("task_hyperlink_menu")
    for action in actions:
        menu.addAction(action)
    entry = QAction("&Hyperlink", tree)
    entry.setObjectName("task_hyperlink_submenu")
    entry.setIcon(actions[0].icon())
    entry.setMenu(menu)
    kept: list[tuple[str, bool]] = []

    def on_show() -> None:
        kept[:] = [(a.text(), a.isEnabled()) for a in actions]
        insert, open_link, remove = actions
        plan = window.document.plan
        uid = tree.current_uid()
        link = plan.task(uid).hyperlink if uid is not None and plan.has_task(uid) else None
        if link is not None:
            insert.setText(EDIT_TEXT)
        open_link.setEnabled(open_link.isEnabled() and link is not None)
        linked = any(
            plan.has_task(u) and plan.task(u).hyperlink is not None for u in tree.selected_uids()
        )
        remove.setEnabled(remove.isEnabled() and linked)

    def on_hide() -> None:
        for action, (text, enabled) in zip(actions, kept, strict=False):
            action.setText(text)
            action.setEnabled(enabled)
        kept.clear()

    menu.aboutToShow.connect(on_show)
    menu.aboutToHide.connect(on_hide)
    return entry
