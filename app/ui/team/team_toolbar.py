"""The Team view's toolbar, grouped as MS Project's Resource tab groups its commands.

Nine buttons in a row needed ~860 px; beside the wider assignment pane the roster
keeps ~700 px at a 1024 px window, and Clear leveling hid behind the toolbar extension chevron.
The person and assignment commands stay one click away; days off and leveling
(MS Project's Level group: Level All, Clear Leveling, Leveling Options) open as
drop-down buttons, so every command shows at 1024x700.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

# (id, text, tooltip); slots are given by the view.
PERSON = (
    ("team_add_person", "Add person", "Add a person to the team"),
    (
        "team_edit_person",
        "Details…",
        "Rates, availability and calendar of the current person; with several selected,"
        " the fields they share (MS Project's Multiple Resource Information)",
    ),
    ("team_remove_person", "Remove", "Remove the people selected from the team"),
    ("team_assign_task", "Assign to task…", "Assign the people selected to a task"),
    (
        "team_unassign_task",
        "Remove from task",
        "Take the current person off the task chosen in their list",
    ),
)
DAYS_OFF = (
    ("team_add_vacation", "Add days off…", "Add days off to the current person's calendar"),
    ("team_remove_vacation", "Remove days off", "Remove the days off selected in the list"),
    (
        "team_change_working_time",
        "Change Working Time…",
        "The current person's working week, hours and days off (MS Project's Change Working"
        " Time on a resource)",
    ),
    (
        "team_set_calendar",
        "Set Calendar…",
        "The calendar the people selected work on; their own days off stay",
    ),
)
LEVELING = (
    (
        "team_level_resources",
        "Level Resources",
        "Delay tasks until nobody is over-allocated (MS Project's Level All)",
    ),
    (
        "team_clear_leveling",
        "Clear Leveling…",
        "Clear the leveling of the entire project or of the tasks selected in the Gantt",
    ),
)
GROUPS = (("Days off", DAYS_OFF), ("Leveling", LEVELING))
Entry = tuple[str, str, str]


class TeamToolBar(QToolBar):
    """Person buttons, then the Days off and Leveling drop-down buttons."""

    def __init__(
        self,
        slots: dict[str, Callable[[], None]],
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_toolbar")
        self.actions_by_id: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.group_buttons: dict[str, QToolButton] = {}
        for entry in PERSON:
            self.addAction(self._action(entry, slots, editable))
        for title, entries in GROUPS:
            self._add_group(title, entries, slots, editable)

    def _action(
        self, entry: Entry, slots: dict[str, Callable[[], None]], editable: bool
    ) -> QAction:
        action_id, text, tip = entry
        action = QAction(text, self)
        action.setObjectName(action_id)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slots[action_id])
        action.setEnabled(editable)  # a read-only plan greys them, as the Risks view's
        self.actions_by_id[action_id] = action
        return action

    def _add_group(
        self,
        title: str,
        entries: Sequence[Entry],
        slots: dict[str, Callable[[], None]],
        editable: bool,
    ) -> None:
        menu = QMenu(title, self)
        for entry in entries:
            menu.addAction(self._action(entry, slots, editable))
        button = QToolButton(self)
        button.setObjectName("team_" + title.lower().replace(" ", "_") + "_menu")
        button.setText(title)
        button.setToolTip(" · ".join(text for _, text, _ in entries))
        button.setMenu(menu)
        # One click opens the list: a stray click never levels the whole plan.
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setEnabled(editable)
        self.addWidget(button)
        self.menus[title] = menu
        self.group_buttons[title] = button

    def add_to_leveling(self, action: QAction) -> None:
        """Add a command owned elsewhere (Project > Leveling Options…) to the Leveling list."""
        menu = self.menus["Leveling"]
        menu.addSeparator()
        menu.addAction(action)
