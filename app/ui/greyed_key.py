"""Why the task commands are greyed on a view without task rows, and a greyed command's key
that says so (tester s31xa: on the Usage view Ctrl+V pasted nothing and said nothing).

The menus say a greyed command's reason when landed on (app/ui/refusal_said.py); Qt passes
a greyed command's key on to the window unheard, so the window says it there too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from app.ui.refusal_said import greyed_reason
from app.ui.view_actions import VIEWS

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from app.ui.main_window import MainWindow


def off_view(view: str) -> str:
    """Why a task command is greyed on ``view``: it works on the Gantt Chart's rows."""
    titles = {name: text.replace("&", "") for name, text in VIEWS}
    return (
        f"it works on the task rows of the Gantt Chart, not the {titles.get(view, view)} "
        "view: View > Gantt Chart (Ctrl+1)"
    )


def say_greyed_key(window: MainWindow, event: QKeyEvent) -> bool:
    """Say in the status bar why the greyed command bound to ``event``'s key is greyed;
    whether one was (the key is then taken)."""
    pressed = QKeySequence(event.keyCombination())
    actions = window.action_collection
    for action_id in actions.ids():
        action = actions[action_id]
        if action.isEnabled() or not any(
            key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for key in action.shortcuts()
        ):
            continue
        why = greyed_reason(window, action)
        if why:
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            window.statusBar().showMessage(f"{name.rstrip('.…')}: {why}")
            event.accept()
            return True
    return False
