"""View > Group by: MS Project's task groupings on the task sheet (and so the chart and print).

Picking a group hands the sheet a :class:`~app.ui.models.task_rows.RowGroup`:
the sheet lists a shaded header row per group (label and rolled-up figures)
with the group's tasks under it, the Gantt chart draws a group bar on each
header row, and printing follows the sheet's rows. Unlike a filter or a sort,
the grouping follows each edit at once, as MS Project regroups. The built-in
groups are MS Project's; Customize Group By… (a dialog) takes up to three
keys with intervals; "Maintain Hierarchy in Current Group" shows each group's
tasks under their summaries. MS Project gives these no keyboard shortcut, nor
does Gantry (Shift+F3 is sort by ID, F3 All Tasks).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu

from app.domain.grouping import BUILT_IN, GroupBy
from app.ui.dialogs.group_dialog import GroupDialog
from app.ui.models.task_rows import RowGroup
from app.ui.sort_menu import follow_mode

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

_BUILT_IN = {group_id: group_by for group_id, _text, group_by in BUILT_IN}
# Letters of their own (Critical shared the R of Resource, Duration then Priority the T
# of Constraint Type): one key, one grouping.
_MENU_TEXTS = {"critical": "Cr&itical", "duration_priority": "Duration then Pri&ority"}


class GroupController(QObject):
    """Applies the View > Group by choices of one window to its task sheet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("group_controller")
        self.window = window
        self.current = GroupBy()
        self.actions: dict[str, QAction] = {}
        self.hierarchy: QAction | None = None  # "Maintain Hierarchy in Current Group"
        self.label = QLabel()  # "Group: Resource" in the status bar while a group is on
        self.label.setObjectName("status_group")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self._followed: set[int] = set()  # the Usage views whose mode the menu follows
        window.stack.currentChanged.connect(self._on_view_shown)

    def group_by(self, group_by: GroupBy) -> None:
        """A built-in group of the menu (No Group: the rows as before)."""
        self.apply(group_by)

    def customize(self) -> bool:
        """Customize Group By…: ask, then group; False when cancelled."""
        project = self.window.document.plan.project
        chosen = GroupDialog.ask(self.window, self._current(), project)
        if chosen is None:
            return False
        self.apply(chosen)
        return True

    def set_hierarchy(self, keep: bool) -> None:
        """Maintain Hierarchy in Current Group on or off (regroups)."""
        current = self._current()
        if current.is_none or keep == current.keep_hierarchy:
            self._show(current)
            return
        self.apply(replace(current, keep_hierarchy=keep))

    def apply(self, group_by: GroupBy) -> None:
        """Group the sheet's rows so (No Group: ungroup); Task Usage's, while it shows."""
        window = self.window
        shown = self._grouped_view()
        if shown is not None:  # Task Usage shown: its own group, the sheet's kept
            shown.set_task_group(group_by)
            self._show(group_by)
            return
        window.model.set_row_group(None if group_by.is_none else RowGroup(group_by))
        self.current = group_by
        self._show(group_by)
        if not group_by.is_none:
            window.show_view("gantt")  # the grouping acts on the task sheet

    def folded(self) -> frozenset[tuple[str, ...]]:
        """The group header rows folded now, by path (only groups the plan still has)."""
        row_group = self.window.model.row_group()
        if row_group is None or not row_group.collapsed:
            return frozenset()
        paths = {g.path for g in row_group.all_groups}
        return frozenset(p for p in row_group.collapsed if p in paths)

    def fold(self, paths: Iterable[tuple[str, ...]]) -> None:
        """Fold these group header rows, and only these (one layout change), as a plan kept
        them; paths of groups gone since fold nothing."""
        model = self.window.model
        row_group = model.row_group()
        wanted = set(paths)
        if row_group is None or wanted == row_group.collapsed:
            return
        row_group.collapsed = wanted
        model.set_row_group(row_group)

    def _grouped_view(self) -> Any:
        """The view shown when it takes View > Group by itself (Task Usage), else None."""
        shown = self.window.stack.currentWidget()
        return shown if getattr(shown, "takes_group", lambda: False)() else None

    def _current(self) -> GroupBy:
        """The grouping of what View > Group by acts on now: Task Usage's, or the sheet's."""
        shown = self._grouped_view()
        return self.current if shown is None else shown.task_group()

    def _on_view_shown(self) -> None:
        """Another view shown, or Usage's mode switched: the status bar and the menu say the
        grouping View > Group by acts on now."""
        follow_mode(self._followed, self.window.stack.currentWidget(), self._on_view_shown)
        self._show(self._current())

    def _show(self, group_by: GroupBy) -> None:
        fields = self.window.document.plan.project.custom_fields
        self.label.setVisible(not group_by.is_none)
        hierarchy = " (hierarchy)" if group_by.keep_hierarchy else ""
        self.label.setText(f"Group: {group_by.title(fields)}{hierarchy}")
        for action_id, action in self.actions.items():
            built = _BUILT_IN[action_id]  # checked with the hierarchy switched either way
            action.setChecked(replace(group_by, keep_hierarchy=built.keep_hierarchy) == built)
        if self.hierarchy is not None:
            self.hierarchy.setEnabled(not group_by.is_none)
            self.hierarchy.setChecked(group_by.keep_hierarchy)


def controller_of(window: QObject) -> GroupController | None:
    """The window's group controller, once its menu is built."""
    return window.findChild(GroupController, "group_controller")


def add_group_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Group by and its actions; returns the submenu's id for the View menu."""
    controller = GroupController(window)
    menu = QMenu("Group b&y", window)
    menu.setObjectName("group_menu")
    choices = QActionGroup(window)
    choices.setExclusive(False)  # a customized group checks none of them
    for action_id, text, group_by in BUILT_IN:
        text = _MENU_TEXTS.get(action_id, text)
        action = actions.add(f"group_{action_id}", text, partial(controller.group_by, group_by))
        action.setCheckable(True)
        choices.addAction(action)
        controller.actions[action_id] = action
        menu.addAction(action)
        if action_id == "no_group":
            menu.addSeparator()
    controller.actions["no_group"].setChecked(True)
    menu.addSeparator()
    menu.addAction(actions.add("group_customize", "C&ustomize Group By…", controller.customize))
    hierarchy = actions.add("group_keep_hierarchy", "Maintain &Hierarchy in Current Group")
    hierarchy.setCheckable(True)
    hierarchy.triggered.connect(lambda checked: controller.set_hierarchy(bool(checked)))
    hierarchy.setEnabled(False)
    controller.hierarchy = hierarchy
    menu.addAction(hierarchy)
    entry = actions.add("group_menu", "Group b&y")
    entry.setMenu(menu)
    return ["group_menu"]
