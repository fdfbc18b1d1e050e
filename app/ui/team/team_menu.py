"""The Resource menu: the Team view's person commands where a menu user looks for them
(MS Project's Resource tab), from any view: each shows the Team view, then acts on the
person selected there.

Each item shows the key it has in the Team view (app/ui/team/team_keys.py: Insert and
Delete in the roster, Shift+F2, Alt+F10); the key itself is the view's, so Insert and
Delete stay the Gantt's new and delete task there.

Level Selection and Clear Leveling… act on the tasks selected in the Gantt, as MS
Project's Resource tab does: the first levels only them, the second asks whether to
clear the entire project's leveling or theirs only.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.ui.help_window import KEYS_WHERE

if TYPE_CHECKING:
    from app.ui.action_collection import ActionCollection, Layout
    from app.ui.main_window import MainWindow
    from app.ui.team.view import TeamView
    from app.ui.usage.view import UsageView

# (id, text, the Team view's method, key shown, tip); None: a separator.
ITEMS = (
    ("resource_add_person", "&Add Person", "add_person", "Ins", "Add a person to the team"),
    (
        "resource_information",
        "Resource &Information…",
        "edit_selected",
        "Shift+F2",
        "Rates, availability and calendar of the person selected in the Team view",
    ),
    (
        "resource_remove_person",
        "&Remove Person",
        "remove_selected",
        "Del",
        "Remove the person selected in the Team view, with their assignments",
    ),
    None,
    (
        "resource_assign_task",
        "Assign to &Task…",
        "assign_to_task",
        "Alt+F10",
        "Put the person selected in the Team view on a task",
    ),
    (
        "resource_unassign_task",
        "Remove &from Task",
        "remove_from_task",
        "",
        "Take the person off the task chosen in their Assignments list (Del there)",
    ),
    None,
    (
        "resource_add_days_off",
        "Add &Days Off…",
        "add_vacation",
        "",
        "Add days off to the selected person's calendar",
    ),
    (
        "resource_set_calendar",
        "Set &Calendar…",
        "set_calendar",
        "",
        "The calendar the people selected in the Team view work on; their days off stay",
    ),
    (
        "resource_remove_days_off",
        "Remove Days &Off",
        "remove_vacation",
        "",
        "Remove the days off chosen in the person's Days off list (Del there)",
    ),
    None,
    (
        "resource_import_people",
        "Import &People from Plan…",
        "import_people",
        "",
        "Bring people from another plan, with their rates and calendars",
    ),
)


_MESSAGE_MS = 8000  # how long the status bar says it, as the Project menu's leveling

# Where a Resource menu item's key acts (the menu itself runs from any view).
_KEYS_WHERE = {
    "resource_add_person": "in the Team view's roster",
    "resource_remove_person": "in the Team view's roster",
}


def add_resource_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Create the Resource menu's actions; returns its layout."""
    from app.ui.project_menu import CLEAR_LEVELING_TIP, clear_leveling_asked

    layout: Layout = []
    for item in ITEMS:
        if item is None:
            layout.append(None)
            continue
        action_id, text, method, key, tip = item
        action = actions.add(
            action_id,
            text,
            partial(_run_on_team, window, method),
            key or None,
            tip=tip,
            editing=True,
        )
        # Shown in the menu, run by the Team view's own action where the key belongs
        # (a window-wide Insert would take the Gantt's).
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if key:
            action.setProperty(KEYS_WHERE, _KEYS_WHERE.get(action_id, "in the Team view"))
        layout.append(action_id)
    # Greyed, saying why, while the team is empty (it stayed on, removing no one).
    actions.refuse_when(
        "resource_remove_person",
        lambda: "" if window.document.plan.resources else "the team is empty: no one to remove",
    )
    layout.append(None)
    actions.add(
        "resource_level_selection",
        "Level &Selection",
        partial(level_selection, window),
        tip="Level only the tasks selected in the Gantt; the others stay where they are",
        editing=True,
    )
    actions.add(  # the Project menu's Clear Leveling… (one action, in both menus)
        "resource_clear_leveling",
        "Clear Le&veling…",
        partial(clear_leveling_asked, window),
        tip=CLEAR_LEVELING_TIP,
        editing=True,
    )
    layout += ["resource_level_selection", "resource_clear_leveling", None]
    step = actions.add(
        "resource_next_overallocation",
        "Go to &Next Overallocation",
        lambda: usage_view(window).go_to_next_overallocation(),
        "Ctrl+Shift+O",
        tip="Show Resource Usage and select the next over-allocated person and period",
    )
    step.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the Usage view's own key
    step.setProperty(KEYS_WHERE, "in the Usage view")
    layout.append("resource_next_overallocation")
    return layout


def level_selection(window: MainWindow) -> None:
    """Resource > Level Selection: level the tasks selected in the Gantt, the others left
    as they are (a summary: its subtasks)."""
    from app.ui.project_menu import level_resources

    uids = window.tree.selected_uids()
    if not uids:
        window.statusBar().showMessage(
            "Select the tasks to level in the Gantt first: Level Selection levels only them.",
            _MESSAGE_MS,
        )
        return
    level_resources(window, selected=uids)


def _run_on_team(window: MainWindow, method: str) -> None:
    """Show the Team view and run its ``method`` on the person selected there."""
    getattr(team_view(window), method)()


def usage_view(window: MainWindow) -> UsageView:
    """Show the Usage view and return it."""
    window.show_view("usage")
    return window.views["usage"]  # type: ignore[return-value]


def team_view(window: MainWindow) -> TeamView:
    """Show the Team view and return it."""
    window.show_view("team")
    return window.views["team"]  # type: ignore[return-value]
