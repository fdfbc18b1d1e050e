"""The main window: menus, the views of one document (Gantt, Team, Budget, Risks, Usage), and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.report.locale_dates import local_date
from app.ui import settings as keys
from app.ui.actions import VIEWS, ActionCollection, build_actions
from app.ui.budget.money import money
from app.ui.command_states import CommandStates
from app.ui.context_key import install_context_key
from app.ui.dialog_fit import install_dialog_fit
from app.ui.document import Document
from app.ui.edit_menu import EditMenu
from app.ui.filter_menu import filter_counts
from app.ui.greyed_key import off_view, say_greyed_key
from app.ui.hyperlink_menu import hyperlink_submenu
from app.ui.locale_follow import restate_figures
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.other_plans_pool import pool_of
from app.ui.plan_view import (
    restore_current,
    restore_folds,
    restore_rows,
    restore_scale,
    restore_task_path,
    restore_top_row,
    view_of,
)
from app.ui.readable_colors import ISSUES_TEXT
from app.ui.refusal_said import install_refusal_said
from app.ui.settings import Settings
from app.ui.sheet_layout import layout_of, restore_layout
from app.ui.sheet_view_keeper import keep_now, kept_view, start_keeping
from app.ui.status_ahead import ahead_text
from app.ui.status_fit import StatusFit, set_status_text
from app.ui.status_overallocation import overallocated_text
from app.ui.status_said import SaidStatusBar
from app.ui.task_tree import TaskTreeView
from app.ui.team.auto_leveling import AutoLeveler
from app.ui.unsaved_plan import UnsavedWatch, title_mark
from app.ui.window_fit import first_geometry

if TYPE_CHECKING:
    from app.ui.app import Session

_TASK_ACTIONS = (
    "cut_tasks",
    "copy_tasks",
    "paste_tasks",
    "find_task",
    "replace_task",
    "find_next",
    "find_previous",
    "go_to",
    "insert_task",
    "delete_task",
    "indent_task",
    "outdent_task",
    "move_up",
    "move_down",
    "link_tasks",
    "unlink_tasks",
    "task_information",
)
_TOOLBAR_ACTIONS = (
    "insert_task",
    "delete_task",
    "indent_task",
    "outdent_task",
    "move_up",
    "move_down",
    "link_tasks",
    "unlink_tasks",
)
_READING_ACTIONS = {
    "copy_tasks",
    "find_task",
    "find_next",
    "find_previous",
    "go_to",
    "task_information",
}  # fine on read-only files


class _Unavailable(QLabel):
    """Stands in for a view whose code is not in this checkout."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)


class MainWindow(EditMenu):
    """One document in one window: Gantt, Team, Budget and Risks views."""

    def __init__(
        self,
        document: Document,
        session: Session | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        said = SaidStatusBar(self)  # messages as sentences, gone at the user's next move
        self.setStatusBar(said)
        if session is None:
            from app.ui.app import Session

            session = Session(settings)
        self.session = session
        self.settings = settings or session.settings
        self.document = document
        session.adopt(self)

        self.model = TaskTreeModel(document, self)
        self.model.sig_error.connect(self.show_error)
        self.model.sig_notice.connect(self.show_error)  # the same one line in the status bar
        self.model.sig_filter_changed.connect(self._refresh_status)
        self.model.sig_sort_changed.connect(self._refresh_status)  # a flat sort counts leaves
        self.tree = TaskTreeView(self.model, self)  # moves into the Gantt page when it is built
        self.tree.hide()
        self.tree.sig_task_activated.connect(self._on_task_activated)
        said.follow(self.tree, document.undo_stack)

        self.stack = QStackedWidget(self)
        self.views: dict[str, QWidget] = {}
        self.gantt: QWidget | None = None
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)

        self.action_collection: ActionCollection = build_actions(self, self.menuBar())
        self.recent_menu().aboutToShow.connect(self._fill_recent_menu)
        self._build_tree_menu()
        install_context_key()  # Shift+F10 opens the focused pane's context menu
        install_dialog_fit()  # a dialog larger than the screen scrolls, OK and Cancel in view
        install_refusal_said()  # a greyed menu command, reached by key, says why in the status bar
        self._build_toolbar()
        self._build_status_bar()

        self._warned_gone = False
        self.unsaved_watch = UnsavedWatch(self)  # a write that failed: said, title *, Save
        document.sig_changed.connect(self._refresh_status)
        pool_of(document).sig_changed.connect(self._refresh_status)  # other plans included
        document.sig_changed.connect(self._warn_if_file_gone)
        document.sig_changed.connect(self._update_title)
        # Leveling Options' "Leveling calculations: Automatic": levels after each edit
        self.auto_leveler = AutoLeveler(document, self, editing=self._cell_being_edited)
        self.auto_leveler.sig_leveled.connect(said.showMessage)
        self._restore_state()
        # the plan as this file's window was left (folds now, zoom when the Gantt is built)
        self._kept_view = kept_view(self.settings, document)  # the plan's table, filter, group
        self._top_restored = False
        if self._kept_view is not None:
            restore_folds(self.model, self._kept_view)
            restore_rows(self, self._kept_view)
            restore_current(self.tree, self._kept_view)
        start_keeping(self)  # the plan's folded groups, then its view kept as it changes
        self._update_title()
        self._refresh_status()
        self.show_view(self.settings.get(keys.LAST_VIEW))
        self._command_states = CommandStates(self, self._update_actions)  # greys what is refused
        self._update_actions()

    # ------------------------------------------------------------------ layout

    def _build_toolbar(self) -> None:
        views = QToolBar("Views", self)
        views.setObjectName("views_toolbar")
        views.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name, _text in VIEWS:
            views.addAction(self.action_collection[f"view_{name}"])
        self.addToolBar(views)
        edit = QToolBar("Tasks", self)
        edit.setObjectName("tasks_toolbar")
        for action_id in ("undo", "redo", None, *_TOOLBAR_ACTIONS):
            if action_id is None:
                edit.addSeparator()
            else:
                edit.addAction(self.action_collection[action_id])
        self.addToolBar(edit)

    def _build_tree_menu(self) -> None:
        """Right-click on tasks offers the task actions."""
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        groups = [
            ("task_information",),
            ("insert_task", "delete_task"),
            ("cut_tasks", "copy_tasks", "paste_tasks"),
            ("indent_task", "outdent_task", "move_up", "move_down"),
            ("link_tasks", "unlink_tasks", "page_break"),
            ("mark_on_track", "update_tasks"),  # MS Project's Task tab, app/ui/mark_on_track.py
            ("insert_column_here", "hide_column_here", "field_settings"),  # Format's, for keys
        ]
        for n, group in enumerate(groups):
            if n:
                separator = QAction(self.tree)
                separator.setSeparator(True)
                self.tree.addAction(separator)
            for action_id in group:
                self.tree.addAction(self.action_collection[action_id])
        links = hyperlink_submenu(self)  # Hyperlink ▸ Edit, Open, Remove (the Insert menu's)
        if links is not None:
            separator = QAction(self.tree)
            separator.setSeparator(True)
            self.tree.addActions([separator, links])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_finish = QLabel()
        self.status_tasks = QLabel()
        self.status_filter = QLabel()  # "Filter: Critical (12 of 340 tasks)" while one is on
        self.status_cost = QLabel()
        self.status_overallocated = QLabel()
        self.status_ahead = QLabel()  # progress dated after the status date (status_ahead.py)
        self.status_issues = QLabel()
        self.status_issues.setStyleSheet(f"color: {ISSUES_TEXT}")  # 4.5:1 at least
        self.status_read_only = QLabel("Read-only")
        self.status_read_only.setStyleSheet("color: #b00020; font-weight: bold")
        for label in (
            self.status_filter,
            self.status_issues,
            self.status_finish,
            self.status_tasks,
            self.status_cost,
            self.status_overallocated,
            self.status_ahead,
            self.status_read_only,
        ):
            bar.addPermanentWidget(label)
        self.status_read_only.setVisible(self.document.read_only)
        # on a narrow window they share the room in shorter forms, in full in the tooltip
        self.status_fit = StatusFit(bar)

    def _make_view(self, name: str) -> QWidget:
        """Build a view on first use; a view missing from this checkout becomes a note."""
        try:
            if name == "gantt":
                return self._make_gantt_page()
            if name == "team":
                from app.ui.team.view import TeamView

                team = TeamView(self.document)
                # The Leveling drop-down lists Project > Leveling Options… too, as MS
                # Project's Level group does.
                team.toolbar.add_to_leveling(self.action_collection["leveling_options"])
                return team
            if name == "budget":
                from app.ui.budget.view import BudgetView

                return BudgetView(self.document)
            if name == "risks":
                from app.ui.risks.view import RiskView

                return RiskView(self.document)
            if name == "usage":
                from app.ui.usage.view import UsageView

                usage = UsageView(self.document, sheet=self.model)  # Task Usage follows its filter
                usage.sig_task_activated.connect(self._on_task_activated)
                return usage
        except ImportError as exc:
            return _Unavailable(f"The {name} view is not part of this build ({exc.name}).")
        raise ValueError(f"unknown view {name}")

    def _make_gantt_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("gantt_splitter")
        splitter.addWidget(self.tree)
        self.tree.show()
        if not self.document.plan.tasks:
            # An empty plan opens with the cursor where its first task is typed.
            self.tree.setCurrentIndex(self.model.blank_index())
            self.tree.setFocus()
        try:
            from app.ui.gantt.filter_follow import FilterFollow
            from app.ui.gantt.view import GanttView

            view = GanttView(self.document, self.tree)
            FilterFollow(view, self.model)  # a filter applied: its rows' bars brought in view
            chart: QWidget = view
            chart.setAccessibleName("Gantt chart")
        except ImportError as exc:
            chart = _Unavailable(f"The Gantt chart is not part of this build ({exc.name}).")
        self.gantt = chart
        if self._kept_view is not None:
            restore_scale(chart, self._kept_view)
            restore_task_path(self, self._kept_view)
        activated = getattr(chart, "sig_task_activated", None)
        if activated is not None:
            activated.connect(self._on_task_activated)
        refused = getattr(chart, "sig_error", None)
        if refused is not None:
            refused.connect(self.show_error)
        # The tree's scroll bar drives both panes: the chart shows none of its own.
        for area in [chart, *chart.findChildren(QAbstractScrollArea)]:
            if isinstance(area, QAbstractScrollArea):
                area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(chart)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        state = self.settings.get(keys.SPLITTER_STATE)
        if not state.isEmpty():
            splitter.restoreState(state)
        else:
            splitter.setSizes([660, 840])
        self.splitter = splitter
        return splitter

    def _view(self, name: str) -> QWidget:
        view = self.views.get(name)
        if view is None:
            view = self._make_view(name)
            self.views[name] = view
            self.stack.addWidget(view)
        return view

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A greyed command's key (Ctrl+V on the Usage view) says why it is greyed, as
        landing on it in its menu does; Qt passes a disabled command's key on unheard."""
        if not say_greyed_key(self, event):
            super().keyPressEvent(event)

    def show_view(self, name: str) -> None:
        """Switch the central area to one of gantt, team, budget, risks."""
        if name not in dict(VIEWS):
            name = "gantt"
        view = self._view(name)
        self.stack.setCurrentWidget(view)
        if view.focusProxy() is not None:  # Ctrl+2, Ctrl+5: the keys then act on its table
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.action_collection[f"view_{name}"].setChecked(True)
        self.current_view = name
        self._update_actions()

    def show_outline_level(self, level: int | None) -> None:
        """Show the task table down to an outline level (None: everything)."""
        self.show_view("gantt")
        self.tree.show_outline_level(level)

    # ------------------------------------------------------------------ title, status, state

    def _update_title(self) -> None:
        path = self.document.path
        name = Path(path).name if path is not None else self.document.plan.project.name
        suffix = " [read-only]" if self.document.read_only else ""
        self.setWindowTitle(f"{title_mark(self)}{name} — Gantry{suffix}")

    def _warn_if_file_gone(self) -> None:
        """Say once, loudly, that edits no longer reach a file anyone can open."""
        gone = getattr(self.document.file, "is_gone", None)
        if self._warned_gone or gone is None or not gone():
            return
        self._warned_gone = True
        name = self.document.path.name if self.document.path else "The plan"
        self.show_warning(
            f"{name} was moved, renamed or deleted while open",
            f"{name} is no longer where it was opened, so your edits are not saved in any "
            "file you can open. Use File > Save a Copy As to keep them.",
        )

    def show_warning(self, title: str, text: str) -> None:
        """A message the user must see (tests replace it)."""
        QMessageBox.warning(self, title, text)

    def changeEvent(self, event: QEvent) -> None:
        """The user's locale changed: every figure shown is written in it again."""
        if event.type() == QEvent.Type.LocaleChange and hasattr(self, "status_cost"):
            self._refresh_status()
            restate_figures(self, self.views)
        super().changeEvent(event)

    def _refresh_status(self) -> None:
        plan = self.document.plan
        schedule = self.document.schedule
        finish = local_date(schedule.finish) if plan.tasks else "—"  # the user's locale's
        day = local_date(schedule.finish, weekday=False) if plan.tasks else finish
        set_status_text(self.status_finish, f"Finish: {finish}", f"Finish: {day}")
        self.status_tasks.setText(f"Tasks: {len(plan.tasks)}")
        row_filter = self.model.row_filter()
        self.status_filter.setVisible(row_filter is not None)
        if row_filter is not None:
            matching, total = filter_counts(row_filter, self.model.row_sort(), plan.tasks)
            title = row_filter.task_filter.title(plan)
            set_status_text(
                self.status_filter,
                f"Filter: {title} ({matching} of {total} tasks)",
                f"Filter: {title} ({matching}/{total})",
                f"Filter: {title}",
            )
        issues = schedule.issues
        self.status_issues.setVisible(bool(issues))
        said = len(issues)
        set_status_text(self.status_issues, f"Scheduling issues: {said}", f"Issues: {said}")
        shown = [i.message for i in issues[:20]]
        more = [f"… and {len(issues) - 20} more"] if len(issues) > 20 else []
        self.status_issues.setToolTip("\n".join(shown + more))
        costs = getattr(self.document, "costs", None)
        self.status_cost.setVisible(costs is not None)
        self.status_overallocated.setVisible(costs is not None)
        if costs is not None:
            self.status_cost.setText(f"Cost: {money(plan.project, costs.total_cost)}")
            over_text, count = overallocated_text(self.document, costs)  # other plans' too
            self.status_overallocated.setText(over_text)
            self.status_overallocated.setStyleSheet("color: #b00020" if count else "")
        ahead = ahead_text(self.document)
        self.status_ahead.setVisible(ahead is not None)
        if ahead is not None:
            set_status_text(self.status_ahead, ahead[0], ahead[1])
            self.status_ahead.setToolTip(ahead[2])
        self.status_fit.fit()  # at once: the full texts just set must not show cut

    def _update_actions(self) -> None:
        read_only = self.document.read_only
        self.action_collection.set_read_only(read_only)
        on_tasks = getattr(self, "current_view", "gantt") == "gantt"
        other_view = "" if on_tasks else off_view(getattr(self, "current_view", "gantt"))
        for action_id in _TASK_ACTIONS:
            editing = action_id not in _READING_ACTIONS
            on = on_tasks and not (editing and read_only)
            self.action_collection.enable(action_id, on, other_view)
        self.action_collection["project_information"].setEnabled(True)
        # Shift+F2 on the Team view opens the selected person's details (Resource Information),
        # greyed on a read-only plan as the Team toolbar's Details is.
        if getattr(self, "current_view", "gantt") == "team":
            self.action_collection.enable("task_information", not read_only)
            # Edit > Paste pastes people there (a roster's Copy in another plan's window)
            self.action_collection.enable("paste_tasks", not read_only)
        if "assign_resources" in self.action_collection:
            assign = self.action_collection["assign_resources"]
            assign.setEnabled(on_tasks and not read_only)

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # most of the screen it opens on (1500 x 860 ran off a 720p screen)
            self.setGeometry(first_geometry(self.screen().availableGeometry()))
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        columns = self.settings.get(keys.TREE_COLUMNS)
        header = self.settings.get(keys.TREE_HEADER_STATE)  # an older build's, read once
        if restore_layout(self.tree, columns, header):  # by name: any build's columns
            # Exactly the columns (and View > Tables table) last shown: only a column this
            # window cannot fill is hidden, never one the table or the user hid shown again.
            if not self.model.costs_available():
                self.tree.setColumnHidden(Column.COST, True)
            if not self.model.people_available():
                self.tree.setColumnHidden(Column.RESOURCES, True)

    def _save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.TREE_COLUMNS, layout_of(self.tree))
        self.settings.reset(keys.TREE_HEADER_STATE)  # now kept by name in TREE_COLUMNS
        if hasattr(self, "splitter"):
            self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.LAST_VIEW, getattr(self, "current_view", "gantt"))
        if self.document.path is not None:
            self.settings.set_plan_view(
                self.document.path, view_of(self.tree, self.gantt, self._kept_view, self)
            )
        keep_now(self)

    def showEvent(self, event: QShowEvent) -> None:
        """On first show, scroll the sheet to the row it was left at (it needs its size)."""
        super().showEvent(event)
        if self._kept_view is not None and not self._top_restored:
            self._top_restored = True
            restore_top_row(self.tree, self._kept_view)

    def _cell_being_edited(self) -> bool:
        """Whether a view of this window has a cell's editor open (leveling waits for it)."""
        editing = QAbstractItemView.State.EditingState
        return any(v.state() is editing for v in self.findChildren(QAbstractItemView))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep a cell still being typed in, remember the layout, release the file, go."""
        self.end_open_edit()  # with no Save to press, closing must not drop what was typed
        if not self.unsaved_watch.may_close():  # a write failed: Save, Discard or Cancel
            event.ignore()
            return
        self._save_state()
        self.model.detach()
        # Free the undo commands now, while the document they point at is alive: left
        # to Python's cycle collector, the stack and its commands can go in either order.
        self.document.undo_stack.clear()
        file = self.document.file
        if file is not None and hasattr(file, "close"):
            file.close()
        self.session.forget(self)
        super().closeEvent(event)

    # ------------------------------------------------------------------ Help menu

    def about(self) -> None:
        """Show the About box."""
        from app.ui.dialogs.about import show_about

        show_about(self)
