"""The chart's View-menu actions: zoom, fit, scroll to task, the show/hide toggles, and
View > Tracking Gantt.

Added to the window's View menu by app/ui/actions.py. The Gantt view is built
when first shown, so each action finds it on the window when triggered.

Tracking Gantt is MS Project's view of that name made of what the Gantt already
has: the Tracking table on the sheet (app/ui/sheet_tables.py), the baseline bars
under the task bars, the critical path in red, and each bar's % complete written
right of it where the Gantt Chart writes the people, as MS Project's Tracking
Gantt does (on screen and in print: ChartOptions.right_label). View > Gantt Chart
goes back to the Entry table, the toggles and the label as they were before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from app.report.bar_labels import RightLabel
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


# View's letters are few: Show Baseline takes the W of Show; with the outline commands under
# View > Outline, Slack takes its A and Resource Names the H of Show.
_MENU_TEXTS = {
    "gantt_show_baseline": "Sho&w Baseline",
    "gantt_show_slack": "Show Sl&ack",
    "gantt_show_resources": "S&how Resource Names",
}


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
        "gantt_zoom_out", "&Zoom Out", on_view("zoom_out"), QKeySequence.StandardKey.ZoomOut
    )
    actions.add("gantt_fit_project", "Fit Whole &Project", on_view("fit_project"), "Ctrl+0")
    scroll = actions.add(
        "gantt_scroll_to_task", "Scro&ll to Task", on_view("scroll_to_task"), "Ctrl+Shift+F5"
    )
    scroll.setShortcuts(
        [QKeySequence("Ctrl+Shift+F5"), QKeySequence("Ctrl+Shift+J")]
    )  # MS Project's, ours
    actions.add("gantt_go_to_start", "Go to Pro&ject Start", on_view("scroll_to_start"), "Alt+Home")
    actions.add(
        "gantt_go_to_finish", "Go to Project Fi&nish", on_view("scroll_to_finish"), "Alt+End"
    )
    timescale = actions.add("gantt_timescale", "Ti&mescale")
    menu = QMenu("Ti&mescale", window)
    for level in ZOOM_LEVELS:
        item = actions.add(
            f"gantt_zoom_{level.name}", "&" + level.name.capitalize(), on_view_zoom(level.name)
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
        action = actions.add(action_id, _MENU_TEXTS.get(action_id, text))
        action.setCheckable(True)
        action.setChecked(bool(getattr(defaults, flag)))

        def toggled(checked: bool, flag: str = flag) -> None:
            view = gantt_view_of(window)
            if view is not None:
                view.set_option(flag, checked)

        action.toggled.connect(toggled)
        ids.append(action_id)
    return ids


TRACKING_GANTT = "view_tracking_gantt"
# The toggles Tracking Gantt switches on: MS Project's tracking bars over the baseline's.
TRACKING_TOGGLES = ("gantt_show_baseline", "gantt_show_critical")
TRACKING_LABEL: RightLabel = "percent"  # written right of each bar, as MS Project's


class TrackingGantt(QObject):
    """View > Tracking Gantt: a preset of the Tracking table and the chart's toggles, undone
    by View > Gantt Chart (the Entry table, the toggles as they were)."""

    def __init__(self, window: MainWindow, actions: ActionCollection) -> None:
        super().__init__(window)
        self.setObjectName("tracking_gantt")
        self.window = window
        self.actions = actions
        self.active = False
        self._before: dict[str, bool] = {}  # the toggles as they were, by action id
        self._label_before: RightLabel | None = "people"  # the bar label as it was

    def enter(self) -> None:
        """Show the Gantt with the Tracking table, baseline bars and the critical path."""
        from app.ui.sheet_tables import TRACKING
        from app.ui.table_menu import controller_of

        self.window.show_view("gantt")
        self._switch_on()
        tables = controller_of(self.window)
        if tables is not None:
            tables.apply(TRACKING)

    def leave(self) -> None:
        """Back from Tracking Gantt: the Entry table and the toggles as before it."""
        from app.ui.sheet_tables import ENTRY
        from app.ui.table_menu import controller_of

        if not self.active:
            return
        self.active = False
        for action_id, checked in self._before.items():
            self.actions[action_id].setChecked(checked)
        self._before = {}
        view = gantt_view_of(self.window)
        if view is not None:
            view.set_right_label(self._label_before)
        self.actions["view_gantt"].setChecked(True)
        tables = controller_of(self.window)
        if tables is not None:
            tables.apply(ENTRY)

    def restore(self) -> None:
        """A plan left in Tracking Gantt reopens in it, its sheet's columns as they were
        left (the toggles' earlier states are the defaults then: the window keeps none)."""
        self._switch_on()

    def _switch_on(self) -> None:
        view = gantt_view_of(self.window)
        if not self.active:
            self._before = {
                action_id: self.actions[action_id].isChecked()
                for action_id in TRACKING_TOGGLES
                if action_id in self.actions
            }
            if view is not None:
                self._label_before = view.options.right_label
        for action_id in TRACKING_TOGGLES:
            if action_id in self.actions:
                self.actions[action_id].setChecked(True)
        self.active = True
        self._label_percent(view)
        self.actions[TRACKING_GANTT].setChecked(True)

    @staticmethod
    def _label_percent(view: GanttView | None) -> None:
        """% complete right of the bars (a chart built later takes it from
        :meth:`on_gantt_checked`, when the window first shows the Gantt)."""
        if view is not None:
            view.set_right_label(TRACKING_LABEL)

    def on_gantt_checked(self, checked: bool) -> None:
        """Gantt Chart ticked by showing the Gantt page (a group picked, the window opened):
        still the Tracking Gantt until the user picks Gantt Chart itself (:meth:`leave`)."""
        if checked and self.active:
            self._label_percent(gantt_view_of(self.window))
            self.actions[TRACKING_GANTT].setChecked(True)


def tracking_gantt_of(window: QObject | None) -> TrackingGantt | None:
    """The window's Tracking Gantt preset, once its action is built."""
    if window is None:
        return None
    return window.findChild(TrackingGantt, "tracking_gantt")


def add_tracking_gantt_action(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Tracking Gantt, checked among the views; returns its id.

    Called right after the views' actions: it joins their group, and Gantt Chart
    chosen afterwards leaves the preset.
    """
    preset = TrackingGantt(window, actions)
    action = actions.add(TRACKING_GANTT, "Trac&king Gantt", preset.enter)
    action.setCheckable(True)
    action.setStatusTip("The Gantt with the Tracking table, baseline bars and the critical path")
    gantt = actions["view_gantt"]
    group = gantt.actionGroup()
    if group is not None:
        group.addAction(action)
    gantt.toggled.connect(preset.on_gantt_checked)
    gantt.triggered.connect(lambda _checked=False: preset.leave())
    return [TRACKING_GANTT]
