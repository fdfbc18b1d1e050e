"""The task sheet's columns beyond the default ten, as MS Project's Insert Column offers them.

The header's context menu holds "Insert Column" (the fields grouped as MS
Project's column picker groups them) and "Hide Column"; the header's sections
are dragged to reorder. Which columns show, in which order and how wide, is
the header's state, kept per user in the settings (TREE_HEADER_STATE):
:func:`restore_header` reads a state saved by an older build (fewer columns:
the ones it did not know stay hidden, but for default ones, such as Indicators,
which show where a fresh sheet has them) or a newer one (more columns: those
this build lacks are dropped) as well as this build's own.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QWidgetAction,
)

from app.domain.cost_accrual import ACCRUAL_NAMES
from app.domain.custom_fields import FIELD_COUNTS, FIELD_NAMES, FieldKind, kind_of
from app.ui.custom_value_delegate import CustomValueDelegate
from app.ui.hyperlink_delegate import HyperlinkDelegate
from app.ui.indicator_delegate import IndicatorDelegate, width_for
from app.ui.models.custom_columns import (
    CUSTOM_COUNT,
    CUSTOM_FIRST,
    custom_column,
    custom_name,
)
from app.ui.models.task_edits import (
    CONSTRAINT_NAMES,
    DEFAULT_COLUMNS,
    HEADERS,
    SUMMARY_CONSTRAINT_NAMES,
    TASK_TYPE_NAMES,
    YES_NO,
    Column,
)
from app.ui.models.task_model_tracking import TRACKING_COLUMNS, TRACKING_KEYS
from app.ui.task_delegates import ChoiceDelegate, OptionalDateDelegate, PriorityDelegate

if TYPE_CHECKING:
    from app.ui.task_tree import TaskTreeView

# Insert Column's submenus, as MS Project's field list groups them.
COLUMN_GROUPS: dict[str, tuple[Column, ...]] = {
    "Schedule": (
        Column.TOTAL_SLACK,
        Column.FREE_SLACK,
        Column.EARLY_START,
        Column.EARLY_FINISH,
        Column.LATE_START,
        Column.LATE_FINISH,
        Column.REMAINING_DURATION,
    ),
    "Baseline and variance": (
        Column.BASELINE_START,
        Column.BASELINE_FINISH,
        Column.FINISH_VARIANCE,
        Column.BASELINE_COST,
        Column.COST_VARIANCE,
    ),
    "Tracking": (Column.ACTUAL_START, Column.ACTUAL_FINISH),
    "Constraints": (Column.CONSTRAINT_TYPE, Column.CONSTRAINT_DATE, Column.DEADLINE),
    "Cost and work": (Column.WORK, Column.FIXED_COST),
    "Task": (
        Column.SUCCESSORS,
        Column.NOTES,
        Column.TASK_TYPE,
        Column.EFFORT_DRIVEN,
        Column.PRIORITY,
    ),
    "Hyperlink": (Column.HYPERLINK, Column.HYPERLINK_ADDRESS, Column.HYPERLINK_SUB_ADDRESS),
}

# Widths in pixels the optional columns open with.
OPTIONAL_WIDTHS: dict[Column, int] = {
    Column.TOTAL_SLACK: 72,
    Column.FREE_SLACK: 72,
    Column.BASELINE_START: 118,
    Column.BASELINE_FINISH: 118,
    Column.FINISH_VARIANCE: 84,
    Column.WORK: 72,
    Column.ACTUAL_START: 118,
    Column.ACTUAL_FINISH: 118,
    Column.CONSTRAINT_TYPE: 150,
    Column.CONSTRAINT_DATE: 118,
    Column.DEADLINE: 118,
    Column.SUCCESSORS: 96,
    Column.NOTES: 180,
    Column.TASK_TYPE: 112,  # a summary's bold "Fixed duration"
    Column.EFFORT_DRIVEN: 96,
    Column.PRIORITY: 60,
    Column.EARLY_START: 118,
    Column.EARLY_FINISH: 118,
    Column.LATE_START: 118,
    Column.LATE_FINISH: 118,
    Column.FIXED_COST: 90,
    Column.BASELINE_COST: 90,
    Column.COST_VARIANCE: 90,
    Column.REMAINING_DURATION: 80,
    Column.HYPERLINK: 160,
    Column.HYPERLINK_ADDRESS: 200,
    Column.HYPERLINK_SUB_ADDRESS: 130,
}

# MS Project's Tracking, Variance, Cost and Work tables' fields (task_model_tracking.py),
# added to the groups where its column picker lists them, and Fixed Cost Accrual.
COLUMN_GROUPS["Baseline and variance"] += (
    Column.START_VARIANCE,
    Column.DURATION_VARIANCE,
    Column.WORK_VARIANCE,
    Column.BASELINE_DURATION,
    Column.BASELINE_WORK,
)
COLUMN_GROUPS["Tracking"] += (
    Column.ACTUAL_DURATION,
    Column.ACTUAL_WORK,
    Column.REMAINING_WORK,
    Column.PERCENT_WORK_COMPLETE,
)
COLUMN_GROUPS["Cost and work"] += (
    Column.ACTUAL_COST,
    Column.REMAINING_COST,
    Column.FIXED_COST_ACCRUAL,
)
OPTIONAL_WIDTHS.update(
    {
        **dict.fromkeys(TRACKING_KEYS, 80),  # "+1.5d", "120h"
        Column.ACTUAL_COST: 90,
        Column.REMAINING_COST: 90,
        Column.PERCENT_WORK_COMPLETE: 64,
        Column.FIXED_COST_ACCRUAL: 84,
    }
)
# Columns read from the document's costs: not offered by a document without them.
_FROM_COSTS = frozenset({Column.COST, Column.WORK, Column.COST_VARIANCE} | TRACKING_COLUMNS)


def prepare_tracking_columns(view: QTableView) -> None:
    """Fixed Cost Accrual is picked from MS Project's list. Actual Duration and Remaining
    Duration are typed as text in the view's own line editor ("2d", "1.5ed" for an elapsed
    task), as Duration is; the other tracking figures are computed (typing on one names
    what it follows in the status bar)."""
    accruals = ChoiceDelegate(list(ACCRUAL_NAMES.values()), view)
    view.setItemDelegateForColumn(Column.FIXED_COST_ACCRUAL, accruals)


_CUSTOM_WIDTHS = {
    FieldKind.TEXT: 120,
    FieldKind.NUMBER: 72,
    FieldKind.FLAG: 60,
    FieldKind.DATE: 118,
    FieldKind.COST: 90,
    FieldKind.DURATION: 72,
}


# The widest a sheet column opens or comes back (pixels): a 100,000-character alias asked
# for a 1,018,754 px column, and the layout kept that width by name for later plans.
MAX_COLUMN_WIDTH = 600


def fitted_width(width: int) -> int:
    """A column width no wider than :data:`MAX_COLUMN_WIDTH`."""
    return min(width, MAX_COLUMN_WIDTH)


def _width(column: int) -> int:
    """The width a column opens with."""
    name = custom_name(column)
    if name is not None:
        return _CUSTOM_WIDTHS[kind_of(name)]
    return OPTIONAL_WIDTHS.get(Column(column), 100)


# Columns shown by default that were added after a header state could be saved, each with
# the column it shows right of: a state saved before it existed shows it there.
NEW_DEFAULTS: dict[Column, Column] = {Column.INDICATORS: Column.ID}
INDICATORS_WIDTH = width_for(2) + 4  # two icons and a half: a third shows cut, as a hint

_STATE_MARKER = 0xFF  # QHeaderViewPrivate::VersionMarker, first in a saved state
_OPTIONAL_DATES = (
    Column.ACTUAL_START,
    Column.ACTUAL_FINISH,
    Column.CONSTRAINT_DATE,
    Column.DEADLINE,
)


def prepare_optional_columns(view: QTableView) -> None:
    """Give the optional columns their widths and editors, and hide them (the default);
    the Indicators column shows, right of ID."""
    prepare_indicators(view)
    for column, width in OPTIONAL_WIDTHS.items():
        view.setColumnWidth(column, width)
        view.setColumnHidden(column, True)
    dates = OptionalDateDelegate(view)
    for column in _OPTIONAL_DATES:
        view.setItemDelegateForColumn(column, dates)
    constraints = list(CONSTRAINT_NAMES.values())
    view.setItemDelegateForColumn(
        Column.CONSTRAINT_TYPE, ChoiceDelegate(constraints, view, SUMMARY_CONSTRAINT_NAMES)
    )
    view.setItemDelegateForColumn(
        Column.TASK_TYPE, ChoiceDelegate(list(TASK_TYPE_NAMES.values()), view)
    )
    view.setItemDelegateForColumn(Column.EFFORT_DRIVEN, ChoiceDelegate(list(YES_NO.values()), view))
    view.setItemDelegateForColumn(Column.PRIORITY, PriorityDelegate(view))
    view.setItemDelegateForColumn(Column.HYPERLINK, HyperlinkDelegate(view))  # Ctrl+click opens
    prepare_tracking_columns(view)
    prepare_custom_columns(view, dates)


def prepare_custom_columns(view: QTableView, dates: OptionalDateDelegate) -> None:
    """The custom field columns: hidden, flags picked from Yes/No, any other from the
    field's value list when it has one (else dates typed as dates, the rest as text)."""
    flags = ChoiceDelegate(["Yes", "No"], view)
    listed = CustomValueDelegate(view)
    listed_dates = CustomValueDelegate(view, fallback=dates)
    for name in FIELD_NAMES:
        column = custom_column(name)
        view.setColumnWidth(column, _CUSTOM_WIDTHS[kind_of(name)])
        view.setColumnHidden(column, True)
        if kind_of(name) is FieldKind.FLAG:
            view.setItemDelegateForColumn(column, flags)
        elif kind_of(name) is FieldKind.DATE:
            view.setItemDelegateForColumn(column, listed_dates)
        else:
            view.setItemDelegateForColumn(column, listed)


def prepare_indicators(view: QTableView) -> None:
    """The Indicators column: narrow, its icons drawn by their delegate, right of ID."""
    view.setItemDelegateForColumn(Column.INDICATORS, IndicatorDelegate(view))
    view.setColumnWidth(Column.INDICATORS, INDICATORS_WIDTH)
    _place_after(view.horizontalHeader(), Column.INDICATORS, NEW_DEFAULTS[Column.INDICATORS])


def _place_after(header: QHeaderView, column: int, anchor: int) -> None:
    """Move ``column``'s section right of ``anchor``'s."""
    source = header.visualIndex(column)
    target = header.visualIndex(anchor) + 1
    if source > target - 1:
        header.moveSection(source, target)
    elif source < target - 1:
        header.moveSection(source, target - 1)


def insertable(view: TaskTreeView) -> list[Column]:
    """Columns the sheet can show (People and Cost only when the document has them)."""
    model = view.task_model()
    out = []
    for column in Column:
        if column is Column.RESOURCES and not model.people_available():
            continue
        if column in _FROM_COSTS and not model.costs_available():
            continue
        out.append(column)
    return out


def insert_column(view: QTableView, column: int, before: int | None = None) -> None:
    """Show ``column`` left of the column ``before`` (a logical index), as MS Project's
    Insert Column puts it where the header was clicked; at the end without one."""
    header = view.horizontalHeader()
    view.setColumnHidden(column, False)
    if header.sectionSize(column) <= 0:
        view.setColumnWidth(column, _width(column))
    if header.sectionSize(column) < fitted_width(header.sectionSizeHint(column)):
        # Room for the whole title ("Finish Variance" read "nish Variance", right-aligned).
        view.setColumnWidth(column, fitted_width(header.sectionSizeHint(column)))
    source = header.visualIndex(column)
    if source == 0 and not header.isFirstSectionMovable():
        return  # the ID column, hidden and shown again: it stays first
    if before is None or before < 0 or before == column:
        target = header.count() - 1
    else:
        target = header.visualIndex(before)
        if source < target:
            target -= 1  # the column leaves its place left of ``before`` first
    if target == 0 and not header.isFirstSectionMovable():
        target = 1  # the ID column stays first
    if source != target:
        header.moveSection(source, target)


def show_columns(
    view: TaskTreeView, columns: tuple[int, ...], widths: dict[int, int] | None = None
) -> list[int]:
    """Show exactly ``columns``, left to right, and hide every other one (View > Tables).

    A column the document cannot fill (People without people, Cost without costs) stays
    hidden. A column shown already keeps its width; one that shows again gets ``widths``'
    one, else the width it last had (or its default one), an optional column widened to
    its title as Insert Column does. The first column stays first (the header keeps ID
    there, hidden when ``columns`` lack it: a user's table saved without it). Returns
    the columns shown, in order.
    """
    header = view.horizontalHeader()
    available = set(insertable(view)) | {
        c for c in columns if custom_name(c) is not None and c < header.count()
    }
    shown = [c for c in dict.fromkeys(columns) if c in available and c < header.count()]
    if Column.NAME not in shown:
        shown.insert(min(1, len(shown)), Column.NAME)  # the outline needs its name column
    first = header.logicalIndex(0)
    pinned = not header.isFirstSectionMovable()  # the header keeps ID first, shown or not
    if pinned and first in shown and shown[0] != first:
        shown = [first, *(c for c in shown if c != first)]
    order = [first, *shown] if pinned and first not in shown else shown
    hidden_before = {c for c in shown if view.isColumnHidden(c)}
    for visual, column in enumerate(order):
        if header.visualIndex(column) != visual:
            header.moveSection(header.visualIndex(column), visual)
    hidden = set(range(header.count())) - set(shown)
    for column in hidden:
        if not view.isColumnHidden(column):
            view.setColumnHidden(column, True)
    for column in shown:
        view.setColumnHidden(column, False)
        wanted = (widths or {}).get(column, 0)
        if wanted > 0:
            view.setColumnWidth(column, fitted_width(wanted))
        elif column in hidden_before or header.sectionSize(column) <= 0:
            fitted = header.sectionSize(column) or _width(column)  # the width it last had
            if column not in DEFAULT_COLUMNS:  # the sheet's own are narrow by design
                fitted = max(fitted, fitted_width(header.sectionSizeHint(column)))
            view.setColumnWidth(column, fitted)
    return shown


def hide_column(view: QTableView, column: int) -> bool:
    """Hide a column (never the task name: the outline needs it); whether it was hidden."""
    if column == Column.NAME:
        return False
    view.setColumnHidden(column, True)
    return True


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
        action = target.addAction(HEADERS[column])
        action.setObjectName(f"insert_{column.name.lower()}")
        shown = not view.isColumnHidden(column)
        action.setCheckable(True)
        action.setChecked(shown)
        action.setEnabled(not shown)
        action.triggered.connect(_inserter(view, column, before))

    insert.addAction(_column_finder(view, insert, menu, available, before))
    insert.addSeparator()
    for group, columns in COLUMN_GROUPS.items():
        offered = [c for c in columns if c in available]
        if offered:
            sub = insert.addMenu(group)
            for column in offered:
                add(sub, column)
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
        title = f"Hide Column '{shown}'"
    hide = menu.addAction(title)
    hide.setObjectName("hide_column")
    hide.setEnabled(clicked is not None and clicked != Column.NAME)
    if clicked is not None:
        hide.triggered.connect(lambda: hide_column(view, clicked))
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
        action = target.addAction(label)
        action.setObjectName(f"insert_{name.lower()}")
        shown = not view.isColumnHidden(column)
        action.setCheckable(True)
        action.setChecked(shown)
        action.setEnabled(not shown)
        action.triggered.connect(_inserter(view, column, before))

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
    if document is None:
        return []
    plan = document.plan
    names = {f.name for f in plan.project.custom_fields}
    for task in plan.tasks:
        if task.custom:
            names.update(name for name, _ in task.custom)
    return [n for n in FIELD_NAMES if n in names]


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


def _inserter(view: QTableView, column: int, before: int | None) -> Callable[[], None]:
    return lambda: insert_column(view, column, before)


def saved_section_count(state: QByteArray) -> int:
    """How many columns a saved header state describes (-1: not a header state).

    Read from the bytes QHeaderView.saveState writes (Qt 5.0 stream format,
    which Qt 6 still writes): a marker and version, the sort indicator, the
    visual and logical orders, the hidden sections, their sizes, the length
    and then the section count.
    """
    data = bytes(state.data())
    try:
        marker, version = struct.unpack_from(">ii", data, 0)
        at = 8 + 3 * 4 + 1  # orientation, sort order and section, sort indicator shown
        for _ in range(2):  # visual indices, logical indices: QList<int>
            (size,) = struct.unpack_from(">I", data, at)
            at += 4 + 4 * size
        (bits,) = struct.unpack_from(">I", data, at)  # hidden sections: QBitArray
        at += 4 + (bits + 7) // 8
        (size,) = struct.unpack_from(">I", data, at)  # hidden sections' sizes: QHash<int, int>
        at += 4 + 8 * size
        _length, count = struct.unpack_from(">ii", data, at)
    except struct.error:
        return -1
    if marker != _STATE_MARKER or version != 0 or count < 0:
        return -1
    return int(count)


def restore_header(view: QTableView, state: QByteArray) -> bool:
    """Restore the sheet's header from a saved state, whichever build saved it.

    The same columns: as saved. Fewer (an older build): its columns as saved,
    the ones it did not have hidden at their default widths, except the default
    ones of :data:`NEW_DEFAULTS`, shown right of their anchor column (a sheet saved
    before Indicators existed gets it right of ID, every other column in its order). More (a newer
    build, which only ever appends columns): order, widths and hidden flags of
    the columns this build has, the others dropped; Qt alone would keep the
    extra sections and leave the header longer than the model. False (and
    the header untouched) when ``state`` is not a header state.
    """
    ours = view.model().columnCount()
    saved = saved_section_count(state)
    if saved < 0:
        return False
    header = view.horizontalHeader()
    if saved == ours:
        return bool(header.restoreState(state))
    # Never restoreState a header of another length: Qt takes the saved total
    # length as it is and the sheet can end up with a negative width and no rows.
    probe, _model = _probe(saved)
    if not probe.restoreState(state):
        return False
    common = min(saved, ours)
    order = sorted(range(common), key=probe.visualIndex)
    for visual, logical in enumerate(order):
        header.moveSection(header.visualIndex(logical), visual)
    for column in range(common):
        hidden = probe.isSectionHidden(column)
        probe.showSection(column)  # a hidden section's size is kept for when it shows again
        view.setColumnHidden(column, False)
        view.setColumnWidth(column, fitted_width(probe.sectionSize(column)))
        view.setColumnHidden(column, hidden)
    for column in range(common, ours):  # columns the saving build did not have: hidden
        view.setColumnWidth(column, _width(column))
        view.setColumnHidden(column, True)
    for column, anchor in NEW_DEFAULTS.items():  # unless shown by default: where they belong
        if saved <= column < ours:
            view.setColumnHidden(column, False)
            if column is Column.INDICATORS:
                view.setColumnWidth(column, INDICATORS_WIDTH)
            _place_after(header, column, anchor)
    return True


def _probe(columns: int) -> tuple[QHeaderView, QStandardItemModel]:
    """A header over an empty model of ``columns`` columns, to read a saved state on."""
    model = QStandardItemModel(0, columns)
    probe = QHeaderView(Qt.Orientation.Horizontal)
    probe.setModel(model)
    return probe, model
