"""The task sheet header's context menu, as MS Project's column header menu.

It holds "Insert Column" (the fields grouped as MS Project's column picker groups them,
app/ui/column_catalog.py), "Hide Column" and "Field Settings…" (app/ui/field_settings.py);
the header's sections are dragged to reorder.
Which columns show, in which order and how wide, the settings keep per user
(app/ui/sheet_layout.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QMenu, QTableView, QWidgetAction

from app.domain.custom_fields import FIELD_COUNTS, FIELD_NAMES, fields_in_use, kind_of
from app.domain.quoting import NAME_LIMIT, quoted
from app.ui.column_catalog import COLUMN_GROUPS, NESTED_GROUPS, insertable
from app.ui.column_placement import hide_column, insert_column
from app.ui.field_settings import field_settings
from app.ui.models.custom_columns import CUSTOM_COUNT, CUSTOM_FIRST, custom_column
from app.ui.models.task_edits import DEFAULT_COLUMNS, HEADERS, Column

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView


def header_menu(view: TaskTreeView, section: int = -1) -> QMenu:
    """The header's context menu for the column at ``section`` (-1: right of the last one).

    "Insert Column" starts with a line to find a column by typing part of its
    name, then lists every column the sheet can show, grouped; those already
    shown are ticked and greyed. "Hide Column" hides the clicked one.
    The default columns follow as check boxes, as the menu offered before, then
    View > Tables as a submenu; on the ID column's title (the sheet's top-left
    corner) the tables come first, as MS Project's select-all button lists them.
    """
    menu = QMenu(view)
    tables = _table_controller(view)
    corner = section == Column.ID  # the sheet's top-left title: MS Project's select-all button
    if tables is not None and corner:
        tables.fill_menu(menu)  # as MS Project's right-click on the select-all button
        menu.addSeparator()
    available = insertable(view)
    insert = menu.addMenu("Insert Column")
    insert.setObjectName("insert_column")
    before = section if section >= 0 else None

    def add(target: QMenu, column: Column) -> None:
        _add_inserter(target, HEADERS[column], column.name, view, column, before)

    insert.addAction(_column_finder(view, insert, menu, available, before))
    insert.addSeparator()
    for group, columns in COLUMN_GROUPS.items():
        offered = [c for c in columns if c in available]
        if not offered:
            continue
        sub = insert.addMenu(group)
        nested = NESTED_GROUPS.get(group)  # Baselines 1-10: a submenu per baseline
        for label, parts in (nested or {"": tuple(offered)}).items():
            target = sub.addMenu(label) if nested else sub
            for column in parts:
                add(target, column)
    sheet = insert.addMenu("Sheet")
    for column in DEFAULT_COLUMNS:
        if column is not Column.NAME and column in available:
            add(sheet, column)
    _custom_menu(view, insert.addMenu("Custom Fields"), before)
    clicked: int | None = section if 0 <= section < CUSTOM_FIRST + CUSTOM_COUNT else None
    title = "Hide Column"
    if clicked is not None:
        shown = (
            HEADERS[Column(clicked)]
            if clicked < CUSTOM_FIRST
            else view.model().headerData(clicked, Qt.Orientation.Horizontal)
        )
        title = f"Hide Column {quoted(str(shown), NAME_LIMIT)}"
    hide = menu.addAction(title)
    hide.setObjectName("hide_column")
    hide.setEnabled(clicked is not None and clicked != Column.NAME)
    if clicked is not None:
        hide.triggered.connect(lambda: hide_column(view, clicked))
    settings = menu.addAction("&Field Settings…")  # MS Project's, as Alt+F3 opens it
    settings.setObjectName("header_field_settings")
    settings.setEnabled(clicked is not None)
    if clicked is not None:
        settings.triggered.connect(lambda: field_settings(view, clicked))
    menu.addSeparator()
    for column in DEFAULT_COLUMNS:
        if column is Column.NAME or column not in available:
            continue  # the outline needs its name column
        action = menu.addAction(HEADERS[column])
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(column))
        action.toggled.connect(lambda on, c=column: view.setColumnHidden(c, not on))
    if tables is not None and not corner:
        menu.addSeparator()
        sub = menu.addMenu("Tables")
        sub.setObjectName("header_tables")
        tables.fill_menu(sub)
    return menu


def _table_controller(view: QTableView) -> Any:
    """The window's View > Tables controller (app/ui/table_menu.py), None before it is
    built or in a sheet of its own; found by name: that module builds on this one."""
    return view.window().findChild(QObject, "table_controller")


def _custom_menu(view: QTableView, menu: QMenu, before: int | None) -> None:
    """Insert Column > Custom Fields: the fields renamed or holding values first, each by
    its alias, then every field kind by kind (MS Project's Text1..30, Flag1..20...)."""
    menu.setObjectName("insert_custom")
    model = view.model()

    def add(target: QMenu, name: str) -> None:
        column = custom_column(name)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        label = title if title == name else f"{title} ({name})"
        _add_inserter(target, label, name, view, column, before)

    for name in _fields_in_use(view):
        add(menu, name)
    menu.addSeparator()
    for kind in FIELD_COUNTS:
        sub = menu.addMenu(kind.label)
        for name in FIELD_NAMES:
            if kind_of(name) is kind:
                add(sub, name)


def _fields_in_use(view: QTableView) -> list[str]:
    """The custom fields the plan renames or holds values of, in field order."""
    document = getattr(view.model(), "document", None)
    return [] if document is None else fields_in_use(document.plan)


def find_column(text: str, columns: list[Column]) -> Column | None:
    """The column whose title is ``text`` (any case), else the first whose title holds it."""
    typed = " ".join(text.split()).lower()
    if not typed:
        return None
    for column in columns:
        if HEADERS[column].lower() == typed:
            return column
    return next((c for c in columns if typed in HEADERS[c].lower()), None)


def _column_finder(
    view: QTableView, insert: QMenu, menu: QMenu, available: list[Column], before: int | None
) -> QWidgetAction:
    """A line at the top of Insert Column where a column is found by typing part of its name
    (MS Project's "Type Column Name"); Enter or a completion inserts it."""
    hidden = [c for c in available if view.isColumnHidden(c)]
    finder = QLineEdit()
    finder.setObjectName("find_column")
    finder.setPlaceholderText("Type a column name")
    completer = QCompleter([HEADERS[c] for c in hidden], finder)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    finder.setCompleter(completer)

    def chosen(text: str) -> None:
        column = find_column(text, hidden)
        if column is not None:
            insert_column(view, column, before)
            menu.close()

    completer.activated.connect(chosen)
    finder.returnPressed.connect(lambda: chosen(finder.text()))
    action = QWidgetAction(insert)
    action.setDefaultWidget(finder)
    return action


def _add_inserter(
    target: QMenu, label: str, name: str, view: QTableView, column: int, before: int | None
) -> None:
    """An Insert Column entry ``insert_<name>``: ticked and greyed when the column shows."""
    action = target.addAction(label)
    action.setObjectName(f"insert_{name.lower()}")
    shown = not view.isColumnHidden(column)
    action.setCheckable(True)
    action.setChecked(shown)
    action.setEnabled(not shown)
    action.triggered.connect(_inserter(view, column, before))


def _inserter(view: QTableView, column: int, before: int | None) -> Callable[[], None]:
    return lambda: insert_column(view, column, before)
