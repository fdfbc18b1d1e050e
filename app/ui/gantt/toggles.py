"""The chart's View-menu actions: zoom, fit, scroll to task, the show/hide toggles, and
View > Tracking Gantt and Leveling Gantt.

Added to the window's View menu by app/ui/actions.py. The Gantt view is built
when first shown, so each action finds it on the window when triggered.

Tracking Gantt is MS Project's view of that name made of what the Gantt already
has: the Tracking table on the sheet (app/ui/sheet_tables.py), the baseline bars
under the task bars, the critical path in red, and each bar's % complete written
right of it where the Gantt Chart writes the people, as MS Project's Tracking
Gantt does (on screen and in print: ChartOptions.right_label). View > Gantt Chart
goes back to the Entry table, the toggles and the label as they were before.

Leveling Gantt is MS Project's view of that name made the same way: its Delay table
(Leveling Delay, Duration, Start, Finish, Successors, People) and, above each bar, the
task's bar before leveling (ChartOptions.show_preleveled), the delay the thin line the
Gantt draws before a delayed bar. Print and Copy Picture draw what the chart shows.
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
    from app.ui.gantt.scroll_keys import add_scroll_keys  # it reads gantt_view_of from here

    add_scroll_keys(window, actions)  # Alt+Left/Right, Alt+Page Up/Down: keys, no menu item
    return ids


TRACKING_GANTT = "view_tracking_gantt"
# The toggles Tracking Gantt switches on: MS Project's tracking bars over the baseline's.
TRACKING_TOGGLES = ("gantt_show_baseline", "gantt_show_critical")
TRACKING_LABEL: RightLabel = "percent"  # written right of each bar, as MS Project's
LEVELING_GANTT = "view_leveling_gantt"


class GanttPreset(QObject):
    """A view of MS Project's made of what the Gantt has: a View > Tables table on the
    sheet, toggles switched on, the text right of the bars, chart options only it sets.
    Undone by View > Gantt Chart (the Entry table, the toggles as they were); another
    preset picked undoes this one's toggles first."""

    NAME = ""  # the object's name, which finds it on the window
    ACTION = ""  # the View menu action's id
    TABLE = "entry"  # the built-in table it shows (app/report/tables.py)
    TOGGLES: tuple[str, ...] = ()  # View menu toggles it ticks
    LABEL: RightLabel | None = None  # the bar label it writes (None: left as it is)
    OPTIONS: tuple[str, ...] = ()  # ChartOptions flags only it sets (no menu toggle)

    def __init__(self, window: MainWindow, actions: ActionCollection) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.window = window
        self.actions = actions
        self.active = False
        self._before: dict[str, bool] = {}  # the toggles as they were, by action id
        self._label_before: RightLabel | None = "people"  # the bar label as it was

    def enter(self) -> None:
        """Show the Gantt with this view's table, toggles and bars."""
        from app.ui.sheet_tables import built_in
        from app.ui.table_menu import controller_of

        for other in self.window.findChildren(GanttPreset):
            if other is not self and other.active:
                other.switch_off()  # its toggles as they were before it, then ours
        self.window.show_view("gantt")
        self._switch_on()
        tables = controller_of(self.window)
        table = built_in(self.TABLE)
        if tables is not None and table is not None:
            tables.apply(table)

    def leave(self) -> None:
        """Back to the Gantt Chart: the Entry table and the toggles as before this view."""
        from app.ui.sheet_tables import ENTRY
        from app.ui.table_menu import controller_of

        if not self.active:
            return
        self.switch_off()
        self.actions["view_gantt"].setChecked(True)
        tables = controller_of(self.window)
        if tables is not None:
            tables.apply(ENTRY)

    def switch_off(self) -> None:
        """The toggles, bar label and options as they were before this view (the sheet's
        table is the next view's to choose)."""
        self.active = False
        for action_id, checked in self._before.items():
            self.actions[action_id].setChecked(checked)
        self._before = {}
        view = gantt_view_of(self.window)
        if view is not None:
            if self.LABEL is not None:
                view.set_right_label(self._label_before)
            for flag in self.OPTIONS:
                view.set_option(flag, False)

    def restore(self) -> None:
        """A plan left in this view reopens in it, its sheet's columns as they were left
        (the toggles' earlier states are the defaults then: the window keeps none)."""
        self._switch_on()

    def _switch_on(self) -> None:
        view = gantt_view_of(self.window)
        if not self.active:
            self._before = {
                action_id: self.actions[action_id].isChecked()
                for action_id in self.TOGGLES
                if action_id in self.actions
            }
            if view is not None:
                self._label_before = view.options.right_label
        for action_id in self.TOGGLES:
            if action_id in self.actions:
                self.actions[action_id].setChecked(True)
        self.active = True
        self._show_on(view)
        self.actions[self.ACTION].setChecked(True)

    def _show_on(self, view: GanttView | None) -> None:
        """This view's bar label and options on the chart (a chart built later takes them
        from :meth:`on_gantt_checked`, when the window first shows the Gantt)."""
        if view is None:
            return
        if self.LABEL is not None:
            view.set_right_label(self.LABEL)
        for flag in self.OPTIONS:
            view.set_option(flag, True)

    def on_gantt_checked(self, checked: bool) -> None:
        """Gantt Chart ticked by showing the Gantt page (a group picked, the window opened):
        still this view until the user picks Gantt Chart itself (:meth:`leave`)."""
        if checked and self.active:
            self._show_on(gantt_view_of(self.window))
            self.actions[self.ACTION].setChecked(True)


class TrackingGantt(GanttPreset):
    """View > Tracking Gantt: a preset of the Tracking table and the chart's toggles, undone
    by View > Gantt Chart (the Entry table, the toggles as they were)."""

    NAME = "tracking_gantt"
    ACTION = TRACKING_GANTT
    TABLE = "tracking"
    TOGGLES = TRACKING_TOGGLES
    LABEL = TRACKING_LABEL


class LevelingGantt(GanttPreset):
    """View > Leveling Gantt, MS Project's: the Delay table (Leveling Delay, Duration, Start,
    Finish...) and each task's bar before leveling above its leveled bar, the delay a thin
    line before it (app/report/bar_paint.py)."""

    NAME = "leveling_gantt"
    ACTION = LEVELING_GANTT
    TABLE = "delay"
    OPTIONS = ("show_preleveled",)


def tracking_gantt_of(window: QObject | None) -> TrackingGantt | None:
    """The window's Tracking Gantt preset, once its action is built."""
    if window is None:
        return None
    return window.findChild(TrackingGantt, "tracking_gantt")


def leveling_gantt_of(window: QObject | None) -> LevelingGantt | None:
    """The window's Leveling Gantt preset, once its action is built."""
    if window is None:
        return None
    return window.findChild(LevelingGantt, "leveling_gantt")


# View menu: each preset's text and status tip, in menu order under Gantt Chart.
_PRESETS: tuple[tuple[type[GanttPreset], str, str], ...] = (
    (
        TrackingGantt,
        "Trac&king Gantt",
        "The Gantt with the Tracking table, baseline bars and the critical path",
    ),
    (
        LevelingGantt,
        "Le&veling Gantt",
        "The Gantt with the Delay table and each task's bar before leveling above its own",
    ),
)


def add_tracking_gantt_action(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Tracking Gantt and Leveling Gantt, checked among the views; returns
    their ids.

    Called right after the views' actions: they join their group, and Gantt Chart
    chosen afterwards leaves the preset.
    """
    gantt = actions["view_gantt"]
    group = gantt.actionGroup()
    ids: list[str | None] = []
    for kind, text, tip in _PRESETS:
        preset = kind(window, actions)
        action = actions.add(kind.ACTION, text, preset.enter)
        action.setCheckable(True)
        action.setStatusTip(tip)
        if group is not None:
            group.addAction(action)
        gantt.toggled.connect(preset.on_gantt_checked)
        gantt.triggered.connect(lambda _checked=False, p=preset: p.leave())
        ids.append(kind.ACTION)
    return ids
