"""The Team view from the keyboard, as a Resource Sheet user drives MS Project.

Insert adds a person and Delete removes one while the roster has the focus (Delete in
the Assignments list takes the person off the task chosen there, in the Days off list
removes the days off chosen); Alt+F10 assigns the selected person to a task anywhere in
the view (the window's Assign Resources is the Gantt's); Shift+F2 is the window's Task
Information, which opens the person's details here. Ctrl+C copies the selected people's rows
(and the people, for Ctrl+V in another plan's roster: app/ui/team/people_paste.py) and Ctrl+D fills the top one's cell down into the others (app/ui/team/roster_many.py). F6 and Ctrl+Tab move to the next
pane (MS Project's F6), Shift+F6 and Ctrl+Shift+Tab back. Each pane's right-click menu
holds its commands with their keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.extend_selection import add_extend_selection

if TYPE_CHECKING:
    from app.ui.team.view import TeamView

# action id -> (key, the pane whose focus it needs; None: anywhere in the view)
KEYS: dict[str, tuple[str, str | None]] = {
    "team_add_person": ("Ins", "table"),
    "team_remove_person": ("Del", "table"),
    "team_assign_task": ("Alt+F10", None),
    "team_unassign_task": ("Del", "assignments"),
    "team_remove_vacation": ("Del", "vacation_list"),
}
_EXACT = QKeySequence.SequenceMatch.ExactMatch
# The roster's right-click menu: every person command (None: a separator).
ROSTER_MENU = (
    "team_copy",
    "team_paste",
    "team_fill_down",
    None,
    "team_add_person",
    "team_edit_person",
    "team_remove_person",
    None,
    "team_assign_task",
    "team_unassign_task",
    None,
    "team_change_working_time",
    "team_set_calendar",
    "team_add_vacation",
)
ASSIGNMENTS_MENU = ("team_assignment_info", None, "team_assign_task", "team_unassign_task")
DAYS_OFF_MENU = ("team_add_vacation", "team_remove_vacation")
# The panes F6 moves through, in the order a person's details read.
PANES = ("table", "assignments", "vacation_list", "overallocation_list")


def add_team_keys(view: TeamView) -> None:
    """Give the view's commands their keys and right-click menus, and F6 its panes."""
    actions = view.actions_by_id
    keyed: dict[tuple[str, str], QAction] = {}  # (pane, id): the command with that pane's key
    for action_id, (key, pane) in KEYS.items():
        action = actions[action_id]
        if pane is None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
        else:  # the pane's own key: Delete in one list never removes what another lists
            keyed[pane, action_id] = _with_key(action, key, getattr(view, pane))
    # Copy and Fill Down on the people selected, with the roster's focus (its menu puts them on
    # it; the window's Copy and Fill Down are the task sheet's, greyed or handed over here).
    for action_id, text, key, slot in (
        ("team_copy", "Copy", "Ctrl+C", view.copy_people),
        ("team_paste", "Paste", "Ctrl+V", view.paste_people),
        ("team_fill_down", "Fill Down", "Ctrl+D", view.fill_down),
    ):
        action = QAction(text, view.table)
        action.setObjectName(action_id)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setEnabled(action_id == "team_copy" or not view.document.read_only)
        action.triggered.connect(slot)
        actions[action_id] = action
    own = [actions["team_copy"], actions["team_paste"], actions["team_fill_down"]]
    _RosterKeys(view.table, own)
    _menu(view, "table", ROSTER_MENU, keyed)
    _menu(view, "assignments", ASSIGNMENTS_MENU, keyed)
    _menu(view, "vacation_list", DAYS_OFF_MENU, keyed)
    for step, keys in ((1, ("F6", "Ctrl+Tab")), (-1, ("Shift+F6", "Ctrl+Shift+Tab"))):
        move = QAction("Next pane" if step > 0 else "Previous pane", view)
        move.setObjectName("team_next_pane" if step > 0 else "team_previous_pane")
        move.setShortcuts([QKeySequence(k) for k in keys])
        move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        move.triggered.connect(lambda _checked=False, s=step: next_pane(view, s))
        view.addAction(move)
    # The roster selects several people as the Resource Sheet does: F8 and Shift+F8 too.
    add_extend_selection(view.table)


class _RosterKeys(QObject):
    """Ctrl+C, Ctrl+V and Ctrl+D in the roster are its own, before the window's Copy and Fill Down
    (the task sheet's) take the same keys: two shortcuts on one key would do neither."""

    def __init__(self, table: QWidget, own: list[QAction]) -> None:
        super().__init__(table)
        self._own = own
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the ShortcutOverride of an own key, then run its command on the key press."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        pressed = QKeySequence(event.keyCombination())
        for action in self._own:
            if action.isEnabled() and action.shortcut().matches(pressed) == _EXACT:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    action.trigger()
                return True
        return False


def _with_key(action: QAction, key: str, pane: QWidget) -> QAction:
    """The command as ``pane`` runs it with ``key`` (greyed with it): one action keeps one
    key context, and the toolbar's runs on whichever pane is focused."""
    keyed = QAction(action.text(), pane)
    keyed.setObjectName(action.objectName())
    keyed.setStatusTip(action.statusTip())
    keyed.setShortcut(QKeySequence(key))
    keyed.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    keyed.setEnabled(action.isEnabled())
    action.enabledChanged.connect(keyed.setEnabled)
    keyed.triggered.connect(action.trigger)
    return keyed


def _menu(
    view: TeamView,
    pane_name: str,
    ids: tuple[str | None, ...],
    keyed: dict[tuple[str, str], QAction],
) -> None:
    """The pane's right-click menu: ``ids`` in order (None: a separator)."""
    pane: QWidget = getattr(view, pane_name)
    pane.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for action_id in ids:
        if action_id is None:
            separator = QAction(pane)
            separator.setSeparator(True)
            pane.addAction(separator)
        else:
            pane.addAction(keyed.get((pane_name, action_id), view.actions_by_id[action_id]))


def next_pane(view: TeamView, step: int) -> None:
    """Focus the pane after (step 1) or before (-1) the one holding the focus."""
    panes: list[QWidget] = [getattr(view, name) for name in PANES]
    focus = QApplication.focusWidget()
    here = next(
        (
            n
            for n, p in enumerate(panes)
            if focus is p or (focus is not None and p.isAncestorOf(focus))
        ),
        -1,
    )
    if here < 0:
        here = 0 if step > 0 else 1
    else:
        here += step
    panes[here % len(panes)].setFocus(Qt.FocusReason.OtherFocusReason)
