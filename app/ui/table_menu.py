"""View > Tables: switch the task sheet's columns to one of MS Project's tables.

Picking a table shows exactly its columns (app/ui/sheet_tables.py), each at the
width it last had; the selection, the current task and the scroll stay. The
chart, printing and Copy Picture follow the sheet's columns, so they follow the
table. The status bar names the table ("Table: Cost"); the right-click menu of
the ID column's title (the sheet's top-left corner, MS Project's select-all
button) lists the tables too. Columns inserted or hidden afterwards change the
sheet, not the table's definition: picking the table again shows its own.
"Save Current Columns as Table…" keeps the columns shown as a table of the
user's, with the plan's view (app/ui/plan_view.py), as MS Project's "Save
Fields as a New Table" keeps one in the plan; "Delete Table" drops the current
one of those.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QWidget

from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.column_placement import show_columns
from app.ui.field_settings import looks_of
from app.ui.models.task_edits import Column
from app.ui.sheet_tables import BUILT_IN, ENTRY, SheetTable, find_table, user_table
from app.ui.table_changed import table_changed
from app.ui.table_looks import carry_looks, switch_widths

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection
    from app.ui.main_window import MainWindow

CONTROLLER_NAME = "table_controller"
_MENU_TEXTS = {
    "summary": "S&ummary",  # Schedule has the S
    "earned_value": "Ea&rned Value",  # Entry has the E
    "earned_value_cost": "Earned Value Cost &Indicators",
    "earned_value_schedule": "Earned Value Sc&hedule Indicators",
}


class TableController(QObject):
    """Applies the View > Tables choices of one window to its task sheet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(CONTROLLER_NAME)
        self.window = window
        self.current: SheetTable = ENTRY
        self.user_tables: tuple[SheetTable, ...] = ()
        self.actions: dict[str, QAction] = {}
        self.choices = QActionGroup(self)
        self.choices.setExclusive(True)
        self.menu = QMenu("Tabl&es", window)
        self.menu.setObjectName("tables_menu")
        self.menu.aboutToShow.connect(self._fill)
        self.label = QLabel()  # "Table: Cost" in the status bar
        self.label.setObjectName("status_table")
        self.label.setToolTip("The sheet's columns (View > Tables)")
        window.statusBar().addPermanentWidget(self.label)
        # the table is the task sheet's: named while the Gantt view is shown, not over Team
        window.stack.currentChanged.connect(self._on_view_changed)
        self.save_action: QAction | None = None
        # a column inserted, hidden or moved marks the table changed, once the header settles
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(0)
        self._recheck.timeout.connect(self._show)
        header = window.tree.horizontalHeader()
        header.sectionMoved.connect(self._recheck.start)
        header.sectionResized.connect(self._recheck.start)  # hiding or showing one resizes it
        self._show()

    # ------------------------------------------------------------------ choosing

    def apply(self, table: SheetTable) -> list[int]:
        """Show the table's columns on the sheet; returns the columns shown, in order.

        The selected rows, the current row and the vertical scroll stay as they were;
        a current cell in a column the table hides moves to the task name.
        """
        tree = self.window.tree
        scroll = tree.verticalScrollBar().value()
        shown = show_columns(tree, table.columns, switch_widths(tree, self.current.key, table.key))
        current = tree.currentIndex()
        if current.isValid() and tree.isColumnHidden(current.column()):
            tree.selectionModel().setCurrentIndex(
                current.siblingAtColumn(Column.NAME),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        tree.verticalScrollBar().setValue(scroll)
        self.current = table
        looks_of(tree).show()  # the table's own Field Settings
        self._show()
        return shown

    def apply_key(self, key: str) -> bool:
        """Apply the built-in or user table of that key; False when there is none."""
        table = find_table(key, self.user_tables)
        if table is None:
            return False
        self.apply(table)
        return True

    def restore(self, key: str, users: tuple[SheetTable, ...] = ()) -> None:
        """Take the table name and user tables a plan's view kept, without touching the
        columns (those are restored as they were left, tweaks included)."""
        self.user_tables = users
        self.current = find_table(key, users) or ENTRY
        self._show()

    def shown_columns(self) -> tuple[int, ...]:
        """The sheet's visible columns, left to right."""
        tree = self.window.tree
        header = tree.horizontalHeader()
        order = sorted(range(header.count()), key=header.visualIndex)
        return tuple(c for c in order if not tree.isColumnHidden(c))

    def save_as(self) -> bool:
        """Save Current Columns as Table…: ask a name, keep the shown columns as a table of
        the user's (replacing one of the same name) and make it current; False when
        cancelled or refused."""
        name = self.ask_name(self.window, self.current.name if self.current.is_user else "")
        if name is None:
            return False
        name = " ".join(name.split())
        if not name:
            self.window.show_error("Type a name for the table")
            return False
        if any(t.name.lower() == name.lower() for t in BUILT_IN):
            self.window.show_error(
                f"{quoted(name, NAME_LIMIT)} is a built-in table: choose another name"
            )
            return False
        table = user_table(name, self.shown_columns())
        kept = tuple(t for t in self.user_tables if t.key.lower() != table.key.lower())
        self.user_tables = (*kept, table)
        carry_looks(self.window.tree, self.current.key, table.key)
        self.current = table
        self._show()
        return True

    def delete_current(self) -> bool:
        """Delete the current table when it is the user's own; the sheet goes back to Entry
        (False: a built-in table, which cannot be deleted)."""
        table = self.current
        if not table.is_user:
            return False
        self.user_tables = tuple(t for t in self.user_tables if t.key != table.key)
        self.apply(ENTRY)
        return True

    @classmethod
    def ask_name(cls, parent: QWidget, suggested: str) -> str | None:
        """Ask the new table's name (None: cancelled); tests replace it."""
        text, ok = QInputDialog.getText(
            parent, "Save Current Columns as Table", "Table name:", text=suggested
        )
        return text if ok else None

    # ------------------------------------------------------------------ menus

    def fill_menu(self, menu: QMenu) -> None:
        """Add the tables (current one ticked) and Save Current Columns as Table… to a menu."""
        self._refresh_actions()
        for table in BUILT_IN:
            menu.addAction(self.actions[table.key])
        users = [self.actions[t.key] for t in self.user_tables if t.key in self.actions]
        if users:
            menu.addSeparator()
            menu.addActions(users)
        if self.save_action is not None:
            menu.addSeparator()
            menu.addAction(self.save_action)
        if users:
            title = (
                f"Delete Table {quoted(self.current.name, NAME_LIMIT)}"
                if self.current.is_user
                else "Delete Table"
            )
            delete = menu.addAction(title.replace("&", "&&"))
            delete.setObjectName("table_delete")
            delete.setEnabled(self.current.is_user)  # the built-in ones stay
            delete.triggered.connect(lambda _checked=False: self.delete_current())

    def _fill(self) -> None:
        self.menu.clear()
        self.fill_menu(self.menu)

    def _refresh_actions(self) -> None:
        """One checkable action per table (user tables come and go)."""
        wanted = {t.key for t in (*BUILT_IN, *self.user_tables)}
        for key in [k for k in self.actions if k not in wanted]:
            action = self.actions.pop(key)
            self.choices.removeAction(action)
            action.deleteLater()
        for table in self.user_tables:
            if table.key not in self.actions:
                self.add_choice(table.key, table.name.replace("&", "&&"))
        self._show()

    def add_choice(self, key: str, text: str) -> QAction:
        """The checkable menu item picking the table of ``key``."""
        action = QAction(text, self.window)
        action.setObjectName(f"table_{key}")
        action.setCheckable(True)
        action.triggered.connect(partial(self._on_chosen, key))
        self.choices.addAction(action)
        self.actions[key] = action
        return action

    def _on_chosen(self, key: str, _checked: bool = False) -> None:
        if self.apply_key(key):
            self.window.show_view("gantt")  # the tables act on the task sheet

    def _on_view_changed(self, _index: int) -> None:
        gantt = self.window.views.get("gantt")
        self.label.setVisible(gantt is not None and self.window.stack.currentWidget() is gantt)

    def _show(self) -> None:
        changed = " (changed)" if table_changed(self.window.tree, self.current) else ""
        self.label.setText(f"Table: {self.current.name}{changed}")
        for key, action in self.actions.items():
            action.setChecked(key == self.current.key)


def controller_of(window: QObject | None) -> TableController | None:
    """The window's table controller, once its menu is built."""
    if window is None:
        return None
    return window.findChild(TableController, CONTROLLER_NAME)


def add_table_actions(window: MainWindow, actions: ActionCollection) -> list[str | None]:
    """Create View > Tables and its actions; returns the submenu's id for the View menu."""
    controller = TableController(window)
    for table in BUILT_IN:
        text = _MENU_TEXTS.get(table.key, "&" + table.name)
        action = controller.add_choice(table.key, text)
        actions.put(f"table_{table.key}", action)
    controller.save_action = actions.add(
        "table_save_as", "Save Current Columns &as Table…", controller.save_as
    )
    controller._show()
    entry = actions.add("tables_menu", "Tabl&es")
    entry.setMenu(controller.menu)
    return ["tables_menu"]
