"""The task sheet's columns as the settings keep them between sessions: by name, not by
number.

Qt's saved header state knows columns only by their number, and the custom field columns
are numbered after the sheet's own (custom_columns.CUSTOM_FIRST): a sheet column added by
a later build moved every custom column one place, so a restored "Risk level" (Text2)
came back as Text1's column. The layout here lists, in the order shown, each column's key
(a sheet column by its Column name, "duration"; a custom field by its own, "custom:Text1"),
width and hidden flag, so a build with other columns restores the same ones.

A state saved by an older build (the header's bytes) is read once into this form: its
custom columns were the last :data:`CUSTOM_COUNT` sections, the sheet's columns the ones
before (fewer in a build from before custom fields).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from app.domain.custom_fields import FIELD_NAMES, is_field_name
from app.ui.column_catalog import fitted_width
from app.ui.field_settings import looks_as_json, restore_looks
from app.ui.models.custom_columns import CUSTOM_COUNT, custom_column, custom_name
from app.ui.models.task_edits import Column
from app.ui.sheet_header_state import saved_section_count

LAYOUT_VERSION = 1
_CUSTOM = "custom:"

Entry = tuple[str, int, bool]  # key, width in pixels (0: the column's default), hidden


def column_key(column: int) -> str | None:
    """A column's key: "duration" for a sheet column, "custom:Text1" for a custom field."""
    name = custom_name(column)
    if name is not None:
        return _CUSTOM + name
    return Column(column).name.lower() if 0 <= column < len(Column) else None


def column_of(key: str) -> int | None:
    """The column a key names in this build (None: a column it does not have)."""
    if key.startswith(_CUSTOM):
        name = key.removeprefix(_CUSTOM)
        return custom_column(name) if is_field_name(name) else None
    found = Column.__members__.get(key.upper())
    return None if found is None else int(found)


def layout_of(view: QTableView) -> QByteArray:
    """The sheet's columns as the settings keep them (JSON text), with the name of the
    View > Tables table they show, so a plan opened next names its columns rightly."""
    entries = entries_from_state(view.horizontalHeader().saveState(), len(Column))
    tables = _tables(view)
    looks = looks_as_json(view, column_key)  # Field Settings' titles, alignments, wrapping
    return encode(entries or [], tables.current.key if tables is not None else "", looks)


def encode(
    entries: list[Entry], table: str = "", looks: dict[str, Any] | None = None
) -> QByteArray:
    """Entries (and the table they show, "" for none; the columns' looks) as the stored JSON."""
    body: dict[str, Any] = {"version": LAYOUT_VERSION, "columns": [list(e) for e in entries]}
    if table:
        body["table"] = table  # read by this build's restore_layout, passed over by older ones
    if looks:
        body["looks"] = looks  # as "table": older builds pass it over
    return QByteArray(json.dumps(body, separators=(",", ":")).encode("utf-8"))


def table_of(data: QByteArray) -> str:
    """The table key stored with a layout ("" when none is, or it cannot be read)."""
    try:
        body: Any = json.loads(bytes(data.data()).decode("utf-8"))
        table = body.get("table", "")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
    return table if isinstance(table, str) else ""


def _body(data: QByteArray) -> dict[str, Any]:
    """The stored JSON object ({} when there is none or it cannot be read)."""
    try:
        body: Any = json.loads(bytes(data.data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    return body if isinstance(body, dict) else {}


def _tables(view: QTableView) -> Any:
    """The window's View > Tables controller (app/ui/table_menu.py), None without one."""
    return view.window().findChild(QObject, "table_controller")


def decode(data: QByteArray) -> list[Entry] | None:
    """Entries from stored JSON text (None: not a layout this build can read)."""
    try:
        body: Any = json.loads(bytes(data.data()).decode("utf-8"))
        if body.get("version") != LAYOUT_VERSION:
            return None
        return [(str(k), fitted_width(max(0, int(w))), bool(h)) for k, w, h in body["columns"]]
    except (ValueError, TypeError, AttributeError, KeyError, UnicodeDecodeError):
        return None


def entries_from_state(state: QByteArray, standard: int | None = None) -> list[Entry] | None:
    """A saved header state as entries, in the order it shows them (None: not a state).

    ``standard``: how many sheet columns the saving build had; by default what the state's
    length says (its last :data:`CUSTOM_COUNT` sections are custom fields when it has
    them). Hidden columns keep the width they had when shown.
    """
    count = saved_section_count(state)
    if count < 0:
        return None
    if standard is None:
        standard = count - CUSTOM_COUNT if count > CUSTOM_COUNT else count
    probe = QHeaderView(Qt.Orientation.Horizontal)
    model = QStandardItemModel(0, count)
    probe.setModel(model)
    if not probe.restoreState(state):
        return None
    entries: list[Entry] = []
    for visual in range(count):
        logical = probe.logicalIndex(visual)
        key = _saved_key(logical, standard)
        if key is None:
            continue  # a column of a newer build: dropped
        hidden = probe.isSectionHidden(logical)
        probe.showSection(logical)  # a hidden section's size is kept for when it shows
        entries.append((key, fitted_width(probe.sectionSize(logical)), hidden))
    return entries


def _saved_key(logical: int, standard: int) -> str | None:
    if logical >= standard:
        i = logical - standard
        return _CUSTOM + FIELD_NAMES[i] if i < CUSTOM_COUNT else None
    return Column(logical).name.lower() if logical < len(Column) else None


def apply_layout(view: QTableView, entries: list[Entry]) -> None:
    """Show the columns the entries name in their order, widths and hidden flags.

    Columns the entries do not name (added by a later build) keep what the sheet gave
    them: hidden unless shown by default, and beside the column they follow by default
    (Indicators right of ID).
    """
    header = view.horizontalHeader()
    count = header.count()
    known: list[Entry] = []
    columns: list[int] = []
    for key, width, hidden in entries:
        column = column_of(key)
        if column is not None and column < count and column not in columns:
            columns.append(column)
            known.append((key, width, hidden))
    default = [header.logicalIndex(v) for v in range(count)]
    order = list(columns)
    placed = set(order)
    for i, column in enumerate(default):
        if column in placed:
            continue
        before = next((c for c in reversed(default[:i]) if c in placed), None)
        order.insert(0 if before is None else order.index(before) + 1, column)
        placed.add(column)
    if not header.isFirstSectionMovable() and order[0] != default[0]:
        order.remove(default[0])
        order.insert(0, default[0])  # the ID column stays first
    for visual, logical in enumerate(order):
        if header.visualIndex(logical) != visual:
            header.moveSection(header.visualIndex(logical), visual)
    for column, (_key, width, hidden) in zip(columns, known, strict=True):
        view.setColumnHidden(column, False)
        if width > 0:
            view.setColumnWidth(column, fitted_width(width))
        view.setColumnHidden(column, hidden)


def restore_layout(view: QTableView, layout: QByteArray, legacy: QByteArray) -> bool:
    """Restore the sheet's columns from an older build's saved header state when there is
    one, else from the saved layout; False when neither can be read (the sheet keeps its
    defaults).

    The window forgets the older state each time it saves the layout, so one found was
    saved after the layout: by an older build run in between.
    """
    entries = entries_from_state(legacy) if not legacy.isEmpty() else None
    if entries is None and not layout.isEmpty():
        entries = decode(layout)
    if entries is None:
        return False
    apply_layout(view, entries)
    restore_looks(view, _body(layout).get("looks"), column_of)
    tables = _tables(view)
    if tables is not None:
        tables.restore(table_of(layout), tables.user_tables)
    return True
