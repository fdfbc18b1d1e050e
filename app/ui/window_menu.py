"""The Window menu: the plans open in this process (a check mark on this window's, &1 to &9
on the first nine), Ctrl+F6 and Ctrl+Shift+F6 to go to the next or previous one, and Arrange
All to tile them side by side on the screen (MS Project's Switch Windows and Arrange All).

The list is filled each time the menu opens, from the session's windows, so it follows
plans opening and closing without each window telling the others.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from app.ui.action_collection import ActionCollection, Layout

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

_PLAN_ITEM = "window_plan"  # object name of the menu's plan items (they are not in the collection)


def window_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Window: next and previous plan, Arrange All (the plans are listed above them)."""
    actions.add(
        "next_window",
        "&Next Window",
        lambda: activate(step(window, 1)),
        "Ctrl+F6",
        tip="Go to the next open plan",
    )
    actions.add(
        "previous_window",
        "&Previous Window",
        lambda: activate(step(window, -1)),
        "Ctrl+Shift+F6",
        tip="Go to the previous open plan",
    )
    actions.add(
        "arrange_all",
        "&Arrange All",
        lambda: arrange_all(open_windows(window)),
        tip="Tile the open plans side by side on the screen",
    )
    return ["next_window", "previous_window", None, "arrange_all"]


def follow_windows(window: MainWindow, menu: QMenu) -> None:
    """List the open plans at the top of ``menu`` each time it opens."""
    menu.aboutToShow.connect(lambda: fill(window, menu))


def open_windows(window: MainWindow) -> list[MainWindow]:
    """The session's windows still on screen, in the order they opened."""
    return [w for w in window.session.windows if w.isVisible()]


def plan_label(window: MainWindow) -> str:
    """What the menu calls a window's plan: its file's name, or the plan's name if unsaved."""
    path = window.document.path
    name = Path(path).name if path is not None else window.document.plan.project.name
    return name or "Untitled"


def fill(window: MainWindow, menu: QMenu) -> list[QAction]:
    """Put one checkable item per open plan at the top of ``menu`` (replacing the last
    list); the one of ``window`` is checked. Returns the items."""
    for old in menu.actions():
        if old.objectName() in (_PLAN_ITEM, _PLAN_ITEM + "_separator"):
            menu.removeAction(old)
            old.deleteLater()
    others = open_windows(window)
    first = menu.actions()[0] if menu.actions() else None
    items: list[QAction] = []
    for number, other in enumerate(others, start=1):
        label = plan_label(other).replace("&", "&&")
        text = f"&{number} {label}" if number <= 9 else label
        item = QAction(text, menu)
        item.setObjectName(_PLAN_ITEM)
        item.setCheckable(True)
        item.setChecked(other is window)
        item.setStatusTip(str(other.document.path or label))
        item.triggered.connect(lambda _checked=False, target=other: activate(target))
        menu.insertAction(first, item) if first is not None else menu.addAction(item)
        items.append(item)
    if items and first is not None:
        separator = menu.insertSeparator(first)
        separator.setObjectName(_PLAN_ITEM + "_separator")
    several = len(others) > 1
    for action in menu.actions():
        if action.objectName() in ("next_window", "previous_window", "arrange_all"):
            action.setEnabled(several)
    return items


def step(window: MainWindow, by: int) -> MainWindow | None:
    """The open window ``by`` places after ``window`` (going round), or None if it is alone."""
    others = open_windows(window)
    if len(others) < 2:
        return None
    here = others.index(window) if window in others else 0
    return others[(here + by) % len(others)]


def activate(window: MainWindow | None) -> None:
    """Bring a window to the front and give it the keyboard (restored if minimized)."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def tiles(area: QRect, count: int) -> list[QRect]:
    """``count`` rectangles filling ``area``: side by side up to three, then a grid
    (columns left to right, then the next row)."""
    if count < 1:
        return []
    columns = count if count <= 3 else math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    width, height = area.width() // columns, area.height() // rows
    return [
        QRect(area.x() + (i % columns) * width, area.y() + (i // columns) * height, width, height)
        for i in range(count)
    ]


def arrange_all(windows: list[MainWindow]) -> None:
    """Tile the windows on the screen of the first one, each frame in its own cell."""
    if not windows:
        return
    screen = windows[0].screen() or QGuiApplication.primaryScreen()
    for window, cell in zip(windows, tiles(screen.availableGeometry(), len(windows)), strict=True):
        if window.isMaximized() or window.isMinimized() or window.isFullScreen():
            window.showNormal()
        frame = window.frameGeometry().size() - window.geometry().size()  # title bar, borders
        window.resize(
            max(cell.width() - frame.width(), window.minimumWidth()),
            max(cell.height() - frame.height(), window.minimumHeight()),
        )
        window.move(cell.topLeft())  # a top-level window's move places its frame
