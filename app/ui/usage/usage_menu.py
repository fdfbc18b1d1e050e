"""The Usage view's own choices as menu items, for the keyboard: Resource Usage or Task Usage,
Days/Weeks/Months, Expand All and Collapse All. The same items sit in the rows' context menu
(Shift+F10 or the Menu key) and in View > Usage: Show, Timescale, Expand (the view's head row
of boxes and buttons is reached with Tab or its access keys too)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMenu, QWidget

from app.domain.usage import Scale
from app.ui.action_collection import ActionCollection, Layout
from app.ui.usage.rows import Mode

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

MODE_TEXT = {Mode.RESOURCES: "&Resource Usage", Mode.TASKS: "Tas&k Usage"}
SCALE_TEXT = {Scale.DAYS: "&Days", Scale.WEEKS: "&Weeks", Scale.MONTHS: "&Months"}


def fill_usage_menu(menu: QMenu, view: Any) -> None:
    """Add the Show, timescale and expand items acting on ``view`` (a UsageView) to ``menu``,
    the ones in force checked."""
    for mode, text in MODE_TEXT.items():
        action = menu.addAction(text, partial(view.set_mode, mode))
        action.setCheckable(True)
        action.setChecked(view.mode is mode)
    menu.addSeparator()
    for scale, text in SCALE_TEXT.items():
        action = menu.addAction(text, partial(view.set_scale, scale))
        action.setCheckable(True)
        action.setChecked(view.scale is scale)
    menu.addSeparator()
    menu.addAction("E&xpand All", view.expand_all)
    menu.addAction("Co&llapse All", view.collapse_all)


def _usage_view(window: MainWindow) -> Any:
    window.show_view("usage")
    return window.views["usage"]


def _show_mode(window: MainWindow, mode: Mode) -> None:
    _usage_view(window).set_mode(mode)


def _show_scale(window: MainWindow, scale: Scale) -> None:
    _usage_view(window).set_scale(scale)


def _fill_from_window(menu: QMenu, window: MainWindow) -> None:
    """Each item opens the Usage view (built on first use), then acts on it."""
    menu.clear()
    view = window.views.get("usage")
    for mode, text in MODE_TEXT.items():
        item = menu.addAction(text, partial(_show_mode, window, mode))
        item.setCheckable(True)
        item.setChecked(getattr(view, "mode", Mode.RESOURCES) is mode)
    menu.addSeparator()
    for scale, text in SCALE_TEXT.items():
        item = menu.addAction(text, partial(_show_scale, window, scale))
        item.setCheckable(True)
        item.setChecked(getattr(view, "scale", Scale.WEEKS) is scale)
    menu.addSeparator()
    menu.addAction("E&xpand All", lambda: _usage_view(window).expand_all())
    menu.addAction("Co&llapse All", lambda: _usage_view(window).collapse_all())


def add_usage_menu_action(window: MainWindow, actions: ActionCollection) -> Layout:
    """View > Usage: Show, Timescale, Expand: Resource/Task Usage, Days/Weeks/Months,
    Expand All and Collapse All, each opening the Usage view (MS Project has Task Usage and
    Resource Usage on its View tab)."""
    parent: QWidget = window
    menu = QMenu("Usage: Show, Timescale, E&xpand", parent)
    menu.setObjectName("usage_menu")
    menu.aboutToShow.connect(lambda: _fill_from_window(menu, window))
    _fill_from_window(menu, window)
    action = actions.add(
        "view_usage_layout",
        "Usage: Show, Timescale, E&xpand",
        tip="Resource or Task Usage, by days, weeks or months, every row open or closed",
    )
    action.setMenu(menu)
    return ["view_usage_layout"]
