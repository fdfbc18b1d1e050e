"""The chart's View-menu actions: zoom, fit, scroll to task, and the show/hide toggles.

Added to the window's View menu by app/ui/actions.py. The Gantt view is built
when first shown, so each action finds it on the window when triggered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from app.report.gantt_paint import ChartOptions
from app.report.timescale import ZOOM_LEVELS
from app.ui.gantt.view import TOGGLES, GanttView

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow


def gantt_view_of(window: object) -> GanttView | None:
    """The window's Gantt view, once it has been built."""
    view = getattr(window, "gantt", None)
    return view if isinstance(view, GanttView) else None


def add_gantt_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create the chart's actions; returns their ids in menu order (None = separator)."""

    def on_view(method: str) -> Callable[[], None]:
        def run() -> None:
            view = gantt_view_of(window)
            if view is not None:
                getattr(view, method)()

        return run

    def on_view_zoom(name: str) -> Callable[[], None]:
        def run() -> None:
            view = gantt_view_of(window)
            if view is not None:
                view.set_zoom(name)

        return run

    actions.add("gantt_zoom_in", "Zoom &In", on_view("zoom_in"), QKeySequence.StandardKey.ZoomIn)
    actions.add(
        "gantt_zoom_out", "Zoom &Out", on_view("zoom_out"), QKeySequence.StandardKey.ZoomOut
    )
    actions.add("gantt_fit_project", "&Fit Whole Project", on_view("fit_project"), "Ctrl+0")
    scroll = actions.add(
        "gantt_scroll_to_task", "Scroll to &Task", on_view("scroll_to_task"), "Ctrl+Shift+F5"
    )
    scroll.setShortcuts(
        [QKeySequence("Ctrl+Shift+F5"), QKeySequence("Ctrl+Shift+J")]
    )  # MS Project's, ours
    actions.add("gantt_go_to_start", "Go to Pro&ject Start", on_view("scroll_to_start"), "Alt+Home")
    actions.add(
        "gantt_go_to_finish", "Go to Project Fi&nish", on_view("scroll_to_finish"), "Alt+End"
    )
    timescale = actions.add("gantt_timescale", "&Timescale")
    menu = QMenu("&Timescale", window)
    for level in ZOOM_LEVELS:
        item = actions.add(
            f"gantt_zoom_{level.name}", level.name.capitalize(), on_view_zoom(level.name)
        )
        menu.addAction(item)
    timescale.setMenu(menu)
    defaults = ChartOptions()
    ids: list[str | None] = [
        "gantt_zoom_in",
        "gantt_zoom_out",
        "gantt_timescale",
        "gantt_fit_project",
        "gantt_scroll_to_task",
        "gantt_go_to_start",
        "gantt_go_to_finish",
        None,
    ]
    for action_id, text, flag in TOGGLES:
        action = actions.add(action_id, text)
        action.setCheckable(True)
        action.setChecked(bool(getattr(defaults, flag)))

        def toggled(checked: bool, flag: str = flag) -> None:
            view = gantt_view_of(window)
            if view is not None:
                view.set_option(flag, checked)

        action.toggled.connect(toggled)
        ids.append(action_id)
    return ids
