"""MS Project's keys that scroll the Gantt chart's timescale while the focus stays on the
sheet: Alt+Left and Alt+Right a cell of the timescale (a day at the Days zoom), Alt+Page Up
and Alt+Page Down a screen. Alt+Home, Alt+End and Ctrl+Shift+F5 are View menu items
(app/ui/gantt/toggles.py).

MS Project has no menu item for these, so neither has Gantry: they are the window's
actions, working wherever the focus is in it (the sheet keeps it and its current cell),
and Help > Keyboard Shortcuts lists them under "Gantt chart" (app/ui/help_window.py).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from app.ui.gantt.toggles import gantt_view_of
from app.ui.help_window import KEYS_GROUP

if TYPE_CHECKING:
    from app.ui.action_collection import ActionCollection
    from app.ui.main_window import MainWindow

# (action id, text, key, GanttView method, its argument)
SCROLL_KEYS: tuple[tuple[str, str, str, str, int], ...] = (
    ("gantt_scroll_left", "Scroll the Timescale Left", "Alt+Left", "scroll_timescale", -1),
    ("gantt_scroll_right", "Scroll the Timescale Right", "Alt+Right", "scroll_timescale", 1),
    ("gantt_screen_left", "Scroll a Screen Left", "Alt+PgUp", "scroll_screens", -1),
    ("gantt_screen_right", "Scroll a Screen Right", "Alt+PgDown", "scroll_screens", 1),
)
CHART = "Gantt chart"  # their heading in the keyboard table


def add_scroll_keys(window: MainWindow, actions: ActionCollection) -> None:
    """Create the chart's scrolling keys as window actions (no menu item, as in MS Project)."""
    for action_id, text, key, method, amount in SCROLL_KEYS:
        action = actions.add(action_id, text, partial(_scroll, window, method, amount), key)
        action.setProperty(KEYS_GROUP, CHART)
        window.addAction(action)  # its key works with no menu holding it


def _scroll(window: MainWindow, method: str, amount: int) -> None:
    view = gantt_view_of(window)
    if view is not None and view.isVisible():  # not the chart hidden behind another view
        getattr(view, method)(amount)
