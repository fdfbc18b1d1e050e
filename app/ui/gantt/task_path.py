"""Format > Task Path: the selected task's predecessor and successor chains in colour.

As MS Project draws them: predecessors mustard, driving predecessors orange,
successors purple, driven successors light purple (app.domain.task_path says
which tasks those are). The highlight follows the sheet's current task and
the schedule: the path is worked out when either changes, walking only the
path's tasks and links, and each paint only looks up the visible rows in it.
Remove Highlighting switches every path off.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu

from app.domain.events import Change, ChangeKind, Entity
from app.domain.plan import Plan
from app.domain.task_path import PathIndex, PathKind, task_path
from app.report.bars import BarGeometry
from app.report.gantt_paint import PATH_COLORS, paint_path_bar  # as printed: one drawing
from app.ui.gantt.toggles import gantt_view_of

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.gantt.view import GanttView
    from app.ui.main_window import MainWindow

ACTION_IDS: dict[PathKind, str] = {
    PathKind.PREDECESSORS: "task_path_predecessors",
    PathKind.DRIVING_PREDECESSORS: "task_path_driving_predecessors",
    PathKind.SUCCESSORS: "task_path_successors",
    PathKind.DRIVEN_SUCCESSORS: "task_path_driven_successors",
}
MENU_ORDER = (
    PathKind.PREDECESSORS,
    PathKind.DRIVING_PREDECESSORS,
    PathKind.SUCCESSORS,
    PathKind.DRIVEN_SUCCESSORS,
)


class TaskPathHighlight(QObject):
    """The Task Path highlights of one window: the paths switched on and the tasks they mark."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("task_path")
        self.window = window
        self.kinds: set[PathKind] = set()
        self.actions: dict[PathKind, QAction] = {}
        self._path: dict[int, PathKind] = {}
        self._index: PathIndex | None = None  # links and outline by task, until they change
        self._index_plan: Plan | None = None
        self._view: GanttView | None = None
        window.document.sig_changed.connect(self._on_document_changed)
        # Building the index reads every link (~0.3 s at 100k tasks): only when links or
        # the outline change, not after every edit of a date or a name.
        plan = window.document.plan
        plan.changes.subscribe(self._on_plan_changed)
        window.destroyed.connect(lambda: plan.changes.unsubscribe(self._on_plan_changed))
        window.tree.selectionModel().currentChanged.connect(self._on_current_changed)

    # ------------------------------------------------------------------ choices

    def set_kind(self, kind: PathKind, on: bool) -> None:
        """Switch one path's highlight on or off (the menu's check boxes)."""
        if on:
            self.kinds.add(kind)
        else:
            self.kinds.discard(kind)
        if on:
            self.window.show_view("gantt")  # the chart shows it
        self._attach()
        self.refresh()

    def restore(self, kinds: Collection[PathKind]) -> None:
        """Switch these paths on again as the plan was left: their menu items checked, drawn
        for the current task, without the switch to the Gantt that the menu makes."""
        for kind in kinds:
            action = self.actions.get(kind)
            if action is not None:
                blocked = action.blockSignals(True)
                action.setChecked(True)
                action.blockSignals(blocked)
            self.kinds.add(kind)
        self._attach()
        self.refresh()

    def remove_highlighting(self) -> None:
        """Remove Highlighting: every path off."""
        self.kinds.clear()
        for action in self.actions.values():
            action.setChecked(False)  # set_kind runs for each, and clears the rest
        self.refresh()

    def path(self) -> dict[int, PathKind]:
        """The tasks highlighted now, each with its path."""
        return self._path

    def refresh(self) -> None:
        """Work the path out again for the current task and repaint the chart."""
        uid = self.window.tree.current_uid()
        if not self.kinds or uid is None:
            self._path = {}
        else:
            document = self.window.document
            plan = document.plan
            if self._index is None or self._index_plan is not plan:
                self._index, self._index_plan = PathIndex(plan), plan
            self._path = task_path(plan, document.schedule, uid, self.kinds, self._index)
        if self._view is not None:
            self._view.canvas.update()

    # ------------------------------------------------------------------ painting

    def paint(self, p: QPainter, geoms: dict[int, BarGeometry]) -> None:
        """Colour the visible bars on a path (called by the chart after the bars are drawn)."""
        path = self._path
        if not path:
            return
        p.save()
        for uid, geom in geoms.items():
            kind = path.get(uid)
            if kind is not None:
                paint_path_bar(p, geom, PATH_COLORS[kind])
        p.restore()

    # ------------------------------------------------------------------ wiring

    def _attach(self) -> None:
        view = gantt_view_of(self.window)
        if view is None or view is self._view:
            return
        self._view = view
        view.overlays.append(self.paint)

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self.kinds:
            self.refresh()

    def _on_document_changed(self) -> None:
        if self.kinds:
            self.refresh()  # a new schedule: another link may drive now

    def _on_plan_changed(self, change: Change) -> None:
        structural = change.entity in (Entity.LINK, Entity.OUTLINE)
        if structural or (change.entity is Entity.TASK and change.kind is not ChangeKind.CHANGED):
            self._index = None


def _swatch(color: QColor) -> QIcon:
    """A small square of the path's colour for its menu item (the legend on screen)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


def highlight_of(window: QObject) -> TaskPathHighlight | None:
    """The window's Task Path highlights, once its menu is built."""
    return window.findChild(TaskPathHighlight, "task_path")


# Driving Predecessors keeps the D; Driven Successors takes the V of its own.
_MENU_TEXTS = {PathKind.DRIVEN_SUCCESSORS: "Dri&ven Successors"}


def add_task_path_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create Format > Task Path and its actions; returns the submenu's id."""
    highlight = TaskPathHighlight(window)
    menu = QMenu("Task &Path", window)
    menu.setObjectName("task_path_menu")
    for kind in MENU_ORDER:
        action = actions.add(ACTION_IDS[kind], _MENU_TEXTS.get(kind, f"&{kind.value}"))
        action.setCheckable(True)
        action.setIcon(_swatch(PATH_COLORS[kind]))
        action.toggled.connect(lambda on, kind=kind: highlight.set_kind(kind, on))
        highlight.actions[kind] = action
        menu.addAction(action)
    menu.addSeparator()
    remove = actions.add("task_path_remove", "&Remove Highlighting", highlight.remove_highlighting)
    menu.addAction(remove)
    entry = actions.add("task_path_menu", "Task &Path")
    entry.setMenu(menu)
    entry.setIcon(_swatch(PATH_COLORS[PathKind.DRIVING_PREDECESSORS]))
    return ["task_path_menu"]
