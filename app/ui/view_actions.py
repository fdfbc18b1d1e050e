"""The View menu: the views (Gantt Chart, Tracking Gantt, Leveling Gantt, Team, Budget, Risks,
Usage), the outline, then Tables, Filter, Sort, Group by and the chart's own toggles, each
added by its own module when it is in this checkout."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.ui.action_collection import ActionCollection, Layout, available
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


VIEWS: list[tuple[str, str]] = [
    ("gantt", "&Gantt Chart"),
    ("team", "&Team"),
    ("budget", "&Budget"),
    ("risks", "&Risks"),
    ("usage", "&Usage"),
]
# What each view is, in the words of MS Project's View tab (shown in the status bar).
VIEW_TIPS: dict[str, str] = {
    "gantt": "Tasks and their bars: MS Project's Gantt Chart",
    "team": "The team roster, its assignments and workload: MS Project's Resource Sheet",
    "budget": "Budget, baseline and actual costs, earned value: MS Project's Cost table and reports",
    "risks": "The risk register: probability, impact, owner, mitigation, linked tasks",
    "usage": "Work per person or per task over time: MS Project's Resource Usage and Task Usage",
}


def view_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View: the views (one checked at a time), then the chart's own toggles."""
    group = QActionGroup(window)
    group.setExclusive(True)
    layout: Layout = []
    for n, (name, text) in enumerate(VIEWS, start=1):
        action = actions.add(
            f"view_{name}",
            text,
            partial(window.show_view, name),
            f"Ctrl+{n}",
            tip=VIEW_TIPS.get(name, ""),
        )
        action.setCheckable(True)
        action.setIcon(icon(f"view-{name}"))
        group.addAction(action)
        layout.append(f"view_{name}")
        if name == "gantt":
            layout += tracking_gantt_actions(window, actions)  # MS Project's, under Gantt Chart
        if name == "usage":
            layout += usage_layout_actions(window, actions)  # Task Usage, timescale, expand
    layout.append(None)
    show = window.show_outline_level
    every = actions.add(
        "show_all_subtasks",
        "Show &All Subtasks",
        partial(show, None),
        tip="Unfold every summary task",
    )
    every.setShortcut(QKeySequence("Alt+Shift+*"))
    # MS Project's outline keys: Alt+Shift+minus hides, Alt+Shift+plus (or =) shows.
    hide = actions.add(
        "hide_subtasks",
        "&Hide Subtasks",
        lambda: window.tree.fold_selected(False),
        tip="Fold the selected summary tasks",
    )
    hide.setShortcut(QKeySequence("Alt+Shift+-"))
    unfold = actions.add(
        "show_subtasks",
        "Show &Subtasks",
        lambda: window.tree.fold_selected(True),
        tip="Unfold the selected summary tasks",
    )
    unfold.setShortcuts([QKeySequence("Alt+Shift+="), QKeySequence("Alt+Shift++")])
    # Under View > Outline as MS Project keeps them: View has more items than letters.
    outline = QMenu("&Outline", window)
    outline.setObjectName("outline_menu")
    outline.addActions([hide, unfold, every])
    window.addActions([hide, unfold, every])  # their keys work with the submenu closed
    outline.addSeparator()
    for level in range(1, 10):  # MS Project's Show > Outline Level offers 1 to 9
        outline.addAction(
            actions.add(
                f"outline_level_{level}",
                f"Outline Level &{level}",
                partial(show, level),
                tip=f"Show the tasks down to outline level {level}",
            )
        )
    actions.add("view_outline", "&Outline", tip="Fold and unfold the outline").setMenu(outline)
    layout.append("view_outline")
    filters = table_actions(window, actions)
    filters += filter_actions(window, actions) + sort_actions(window, actions)
    filters += group_actions(window, actions)
    extra = gantt_actions(window, actions)
    return layout + ([None, *filters] if filters else []) + ([None, *extra] if extra else [])


def usage_layout_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Usage: Show, Timescale, Expand (app/ui/usage/usage_menu.py)."""
    if not available("app.ui.usage.usage_menu"):
        return []
    from app.ui.usage.usage_menu import add_usage_menu_action

    return add_usage_menu_action(window, actions)


def table_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Tables: MS Project's sets of sheet columns (app/ui/table_menu.py)."""
    if not available("app.ui.table_menu"):
        return []
    from app.ui.table_menu import add_table_actions

    return add_table_actions(window, actions)


def tracking_gantt_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Tracking Gantt (the Gantt with the Tracking table and baseline bars) and
    Leveling Gantt (the Delay table and the bars before leveling)."""
    if not available("app.ui.gantt.toggles"):
        return []
    from app.ui.gantt.toggles import add_tracking_gantt_action

    return add_tracking_gantt_action(window, actions)


def filter_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Filter: MS Project's built-in task filters (app/ui/filter_menu.py)."""
    if not available("app.ui.filter_menu"):
        return []
    from app.ui.filter_menu import add_filter_actions

    return add_filter_actions(window, actions)


def sort_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Sort: MS Project's task sorts and Sort By… (app/ui/sort_menu.py)."""
    if not available("app.ui.sort_menu"):
        return []
    from app.ui.sort_menu import add_sort_actions

    return add_sort_actions(window, actions)


def group_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Group by: MS Project's task groupings (app/ui/group_menu.py)."""
    if not available("app.ui.group_menu"):
        return []
    from app.ui.group_menu import add_group_actions

    return add_group_actions(window, actions)


def gantt_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Toggles and zoom of the Gantt chart (the chart's engineer adds them here)."""
    if not available("app.ui.gantt.toggles"):
        return []
    from app.ui.gantt.toggles import add_gantt_actions

    return add_gantt_actions(window, actions)


def resource_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Resource: the Team view's person commands (app/ui/team/team_menu.py)."""
    if not available("app.ui.team.team_menu"):
        return []
    from app.ui.team.team_menu import add_resource_actions

    return add_resource_actions(window, actions)
