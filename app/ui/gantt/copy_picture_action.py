"""Edit > Copy Picture…: the action, made with the window; its code loads at the first use.

app/ui/gantt/copy_picture.py draws through the PNG export (app/report/export.py)
and asks in its own dialog: ~0.2-0.3 s of imports that the first window of
``gantry plan.gantry`` would otherwise wait for on the GUI thread. The action,
its enabling on the Gantt chart and the chart's right-click menu need none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.ui.gantt.toggles import gantt_view_of

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

ACTION_ID = "copy_picture"
# The chart's right-click menu, as MS Project's (Progress Lines… among its gridline items)
_CONTEXT_ACTIONS = (
    ACTION_ID,
    None,
    "gantt_zoom_in",
    "gantt_zoom_out",
    "gantt_fit_project",
    None,
    "format_progress_lines",
)


def copy_picture(window: MainWindow) -> str | None:
    """Ask, then copy; where the picture went ("clipboard" or the file), or None."""
    from app.ui.gantt.copy_picture import CopyPicture

    return CopyPicture(window).run()


def add_copy_picture_action(window: MainWindow, actions: ActionCollection) -> str:
    """Create Edit > Copy Picture… (on while the Gantt chart is shown); returns its id.

    The chart's right-click menu gets it too, once the chart is built.
    """
    action = actions.add(
        ACTION_ID,
        "Cop&y Picture…",
        lambda: copy_picture(window),
        tip="Copy a picture of the Gantt chart to the clipboard or a PNG file",
    )
    action.setEnabled(False)

    def on_view_changed(*_args: object) -> None:
        view = gantt_view_of(window)
        page = window.views.get("gantt")
        action.setEnabled(view is not None and window.stack.currentWidget() is page)
        if view is not None and action not in view.canvas.actions():
            _fill_context_menu(view.canvas, actions)

    window.stack.currentChanged.connect(on_view_changed)
    return ACTION_ID


def _fill_context_menu(canvas: QWidget, actions: ActionCollection) -> None:
    canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for action_id in _CONTEXT_ACTIONS:
        if action_id is None:
            separator = QAction(canvas)
            separator.setSeparator(True)
            canvas.addAction(separator)
        elif action_id in actions:
            canvas.addAction(actions[action_id])
