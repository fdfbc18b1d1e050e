"""Every setting the window keeps, declared once with its type and default.

Preferences (what the user chose) live under ``prefs/``; window state (what
the window remembers about itself) lives under ``state/``, so that resetting
one never touches the other. QSettings does the storage; tests point it at a
temporary folder with ``QSettings.setPath``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.domain.errors import AppError
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, parse_group
from app.domain.sorting import TaskSort, parse_sort
from app.domain.task_path import PathKind
from app.domain.view_state import LookRow
from app.ui.sheet_tables import look_rows_from

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Key(Generic[T]):
    """A settings key: its name, the type of its value and the value when unset."""

    name: str
    kind: type[T]
    default: T


# Preferences.
RECENT_LIMIT: Key[int] = Key("prefs/recent_limit", int, 10)
# Open/Import: the Notes dialog shows what reading left out (app/ui/dialogs/read_notes_dialog.py).
SHOW_READ_NOTES: Key[bool] = Key("prefs/show_read_notes", bool, True)

# Remembered state.
RECENT_FILES: Key[list[str]] = Key("state/recent_files", list, [])
LAST_FOLDER: Key[str] = Key("state/last_folder", str, "")
LAST_VIEW: Key[str] = Key("state/last_view", str, "gantt")
WINDOW_GEOMETRY: Key[QByteArray] = Key("state/window_geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("state/window_state", QByteArray, QByteArray())
SPLITTER_STATE: Key[QByteArray] = Key("state/gantt_splitter", QByteArray, QByteArray())
# Qt's header state, by column number: read once into TREE_COLUMNS, then forgotten.
TREE_HEADER_STATE: Key[QByteArray] = Key("state/task_tree_header", QByteArray, QByteArray())
# The sheet's columns by name (app/ui/sheet_layout.py): a new column moves none of the others.
TREE_COLUMNS: Key[QByteArray] = Key("state/task_tree_columns", QByteArray, QByteArray())
# How each plan was left (see PlanView), newest first: the plans' keys under state/plans/.
PLAN_VIEW_ORDER: Key[list[str]] = Key("state/plan_view_order", list, [])
# File > Export's last choice of what a client workbook carries (app/ui/exchange/
# export_choice_dialog.py: "team=1,costs=0,...,people=names"; empty: everything).
EXPORT_CHOICE: Key[str] = Key("state/export_choice", str, "")
PLAN_VIEWS_KEPT = 50  # plans whose view is remembered; the oldest is forgotten past that


@dataclass(frozen=True, slots=True)
class PlanView:
    """How a plan's window was left, to show it so again when the same file reopens.

    MS Project reopens a plan with its outline as it was left. Kept per file in the
    user's settings: what belongs to one person's screen (zoom, the first row, the
    selection, folded summaries, Task Path, Tracking Gantt) stays here only, so a plan
    sent to a colleague opens fully expanded for them. The table and its columns, filter,
    sort and group are also kept in the plan itself (``Plan.view``, .gantry schema v20, as
    MS Project keeps them in its file): when the plan keeps a view it wins over these
    (app/ui/sheet_view_keeper.py's ``kept_view``), and these give the whole view only
    for a plan that keeps none (a file from before v20, or never grouped, filtered,
    sorted, given a table nor other columns than Entry's). ``px_per_day`` 0 means the
    Gantt was never shown.
    """

    zoom: str = ""  # the Gantt's zoom level name (days, weeks, ...)
    px_per_day: float = 0.0  # its exact scale (Fit Project gives one between levels)
    left: datetime | None = None  # the moment at the chart's left edge
    top_uid: int | None = None  # the task in the sheet's first visible row
    collapsed: frozenset[int] = field(default_factory=frozenset)  # collapsed summaries
    task_sort: TaskSort | None = None  # View > Sort as left (None: by ID)
    task_filter: TaskFilter | None = None  # View > Filter as left (None: All Tasks)
    task_group: GroupBy | None = None  # View > Group by as left (None: No Group)
    current_uid: int | None = None  # the selected task (the sheet's current row)
    task_path: frozenset[PathKind] = frozenset()  # Format > Task Path's paths switched on
    # View > Tables (app/ui/table_menu.py): the current table's key ("": Entry), the sheet's
    # shown columns left to right as (key, width) (app/ui/sheet_layout.py's keys; none: the
    # window's own layout), the user's saved tables as (name, column keys), and whether
    # View > Tracking Gantt (or Leveling Gantt) was on.
    table: str = ""
    columns: tuple[tuple[str, int], ...] = ()
    tables: tuple[tuple[str, tuple[str, ...]], ...] = ()
    tracking_gantt: bool = False
    leveling_gantt: bool = False
    # Field Settings per table (app/ui/table_looks.py); None: kept before tables had their own
    table_looks: tuple[LookRow, ...] | None = None


def _plan_key(path: Path) -> str:
    """A settings key for a file: INI keys cannot hold every character a path can."""
    text = str(Path(path).resolve())
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:20]


def _runs(uids: frozenset[int]) -> str:
    """``1-5,9,12-14``: a sorted set of uids, short even for 10k collapsed summaries."""
    out: list[str] = []
    ordered = sorted(uids)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return ",".join(out)


def _read_runs(text: str) -> frozenset[int]:
    uids: set[int] = set()
    for part in text.split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        uids.update(range(int(first), int(last or first) + 1))
    return frozenset(uids)


def _sort_data(task_sort: TaskSort | None) -> dict[str, Any] | None:
    if task_sort is None or task_sort.is_id:
        return None
    keys = ",".join(k.text() for k in task_sort.keys)
    return {"keys": keys, "keep_outline": task_sort.keep_outline}


def _sort_from(data: object) -> TaskSort | None:
    if not isinstance(data, dict) or not data.get("keys"):
        return None
    return TaskSort(parse_sort(str(data["keys"])), bool(data.get("keep_outline", True)))


def _group_data(task_group: GroupBy | None) -> dict[str, Any] | None:
    if task_group is None or task_group.is_none:
        return None
    return {
        "keys": task_group.text(),
        "keep_hierarchy": task_group.keep_hierarchy,
        "name": task_group.name,
    }


def _group_from(data: object) -> GroupBy | None:
    if not isinstance(data, dict) or not data.get("keys"):
        return None
    keys = parse_group(str(data["keys"]))
    return GroupBy(keys, bool(data.get("keep_hierarchy", False)), str(data.get("name", "")))


def _filter_data(task_filter: TaskFilter | None) -> dict[str, Any] | None:
    if task_filter is None or task_filter.is_all:
        return None
    f = task_filter
    return {
        "kind": f.kind.value,
        "resource_uid": f.resource_uid,
        "date_from": f.date_from.isoformat() if f.date_from is not None else None,
        "date_to": f.date_to.isoformat() if f.date_to is not None else None,
        "text": f.text,
        "field": f.field,
    }


def _filter_from(data: object) -> TaskFilter | None:
    if not isinstance(data, dict):
        return None
    start, end, person = data.get("date_from"), data.get("date_to"), data.get("resource_uid")
    return TaskFilter(
        FilterKind.from_name(str(data.get("kind", ""))),
        person if isinstance(person, int) else None,
        datetime.fromisoformat(start) if isinstance(start, str) else None,
        datetime.fromisoformat(end) if isinstance(end, str) else None,
        str(data.get("text", "")),
        str(data.get("field") or ""),
    )


def _columns_from(data: object) -> tuple[tuple[str, int], ...]:
    if not isinstance(data, list):
        return ()
    return tuple(
        (str(item[0]), int(item[1]))
        for item in data
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], int)
    )


def _tables_from(data: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(data, list):
        return ()
    return tuple(
        (str(item[0]), tuple(str(key) for key in item[1]))
        for item in data
        if isinstance(item, list) and len(item) == 2 and isinstance(item[1], list) and item[0]
    )


def _view_from(data: dict[str, Any]) -> PlanView:
    left = data.get("left")
    top = data.get("top_uid")
    current = data.get("current_uid")
    paths = data.get("task_path")
    try:
        task_sort, task_filter = _sort_from(data.get("sort")), _filter_from(data.get("filter"))
    except AppError:  # a field or filter this version does not know: the rows as in the plan
        task_sort, task_filter = None, None
    try:
        task_group = _group_from(data.get("group"))
    except AppError:  # a field this version does not know: not grouped
        task_group = None
    return PlanView(
        zoom=str(data.get("zoom", "")),
        px_per_day=float(data.get("px_per_day", 0.0)),
        left=datetime.fromisoformat(left) if isinstance(left, str) else None,
        top_uid=top if isinstance(top, int) else None,
        collapsed=_read_runs(str(data.get("collapsed", ""))),
        task_sort=task_sort,
        task_filter=task_filter,
        task_group=task_group,
        current_uid=current if isinstance(current, int) else None,
        task_path=frozenset(
            PathKind[name]
            for name in (paths if isinstance(paths, list) else ())
            if name in PathKind.__members__
        ),
        table=str(data.get("table") or ""),
        columns=_columns_from(data.get("columns")),
        tables=_tables_from(data.get("tables")),
        tracking_gantt=data.get("tracking_gantt") is True,
        leveling_gantt=data.get("leveling_gantt") is True,
        table_looks=look_rows_from(data.get("table_looks")),
    )


class Settings:
    """Typed access to QSettings (organisation and application "Gantry", INI format)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Gantry", "Gantry"
        )

    def get(self, key: Key[T]) -> T:
        """The stored value, or the key's default when unset or unreadable."""
        raw = self._store.value(key.name)
        if raw is None:
            return key.default
        if key.kind is list:
            # INI storage turns a one-item list into a plain string.
            items = raw if isinstance(raw, list) else [raw]
            return [str(v) for v in items if v]  # type: ignore[return-value]
        if key.kind is bool:  # INI storage gives back "true"/"false" as text
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")  # type: ignore[return-value]
        if key.kind is int:
            try:
                return int(raw)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return key.default
        if isinstance(raw, key.kind):
            return raw
        return key.default

    def set(self, key: Key[T], value: T) -> None:
        """Store a value."""
        self._store.setValue(key.name, value)

    def reset(self, key: Key[T]) -> None:
        """Forget a value (the default applies again)."""
        self._store.remove(key.name)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """Recently opened plans, newest first, that still exist."""
        return [Path(p) for p in self.get(RECENT_FILES) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put a plan at the top of the recent list and remember its folder."""
        text = str(Path(path).resolve())
        items = [p for p in self.get(RECENT_FILES) if p != text]
        items.insert(0, text)
        self.set(RECENT_FILES, items[: max(1, self.get(RECENT_LIMIT))])
        self.set(LAST_FOLDER, str(Path(text).parent))

    def last_folder(self) -> Path:
        """Folder of the last plan opened or saved (home when none)."""
        folder = self.get(LAST_FOLDER)
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    # ------------------------------------------------------------------ per-plan view

    def plan_view(self, path: Path) -> PlanView | None:
        """How ``path``'s window was left (None: never, or forgotten since)."""
        key = _plan_key(path)
        raw = self._store.value(f"state/plans/{key}")
        if not isinstance(raw, str):
            return None
        try:
            data = json.loads(raw)
            if data.get("path") != str(Path(path).resolve()):
                return None  # another file whose key collides: not this plan's view
            return _view_from(data)
        except (ValueError, TypeError, AttributeError):
            return None  # written by hand or by another version: start as new

    def set_plan_view(self, path: Path, view: PlanView) -> None:
        """Remember how ``path``'s window is left; the least recent past the limit is dropped."""
        key = _plan_key(path)
        data = {
            "path": str(Path(path).resolve()),
            "zoom": view.zoom,
            "px_per_day": view.px_per_day,
            "left": view.left.isoformat() if view.left is not None else None,
            "top_uid": view.top_uid,
            "collapsed": _runs(view.collapsed),
            "sort": _sort_data(view.task_sort),
            "filter": _filter_data(view.task_filter),
            "group": _group_data(view.task_group),
            "current_uid": view.current_uid,
            "task_path": sorted(kind.name for kind in view.task_path),
            "table": view.table,
            "columns": [list(entry) for entry in view.columns],
            "tables": [[name, list(keys)] for name, keys in view.tables],
            "tracking_gantt": view.tracking_gantt,
            "leveling_gantt": view.leveling_gantt,
        }
        if view.table_looks is not None:
            data["table_looks"] = [list(row) for row in view.table_looks]
        self._store.setValue(f"state/plans/{key}", json.dumps(data))
        order = [k for k in self.get(PLAN_VIEW_ORDER) if k != key]
        order.insert(0, key)
        for old in order[PLAN_VIEWS_KEPT:]:
            self._store.remove(f"state/plans/{old}")
        self.set(PLAN_VIEW_ORDER, order[:PLAN_VIEWS_KEPT])

    def forget_plan_view(self, path: Path) -> None:
        """Forget how ``path``'s window was left: a new plan written there opens as new."""
        key = _plan_key(path)
        self._store.remove(f"state/plans/{key}")
        self.set(PLAN_VIEW_ORDER, [k for k in self.get(PLAN_VIEW_ORDER) if k != key])
