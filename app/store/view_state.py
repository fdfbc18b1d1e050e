"""The task sheet's table, filter, sort and group in a .gantry file (schema v20).

:class:`~app.domain.view_state.SheetView` <-> the ``views``, ``view_columns``,
``view_folded_groups``, ``user_tables`` and ``user_table_columns`` tables. Task Usage's
own sort and group are a second row of ``views`` (``task_usage``, its sort and group
columns alone), which a version that reads only the sheet's row passes over. A
file without a row in ``views`` (every file before v20) keeps no view: the
window then shows the plan as the user's settings left it. A filter, sort or
group this version cannot read (a field a later one added) is left off, and the
plan opens without it rather than not at all.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from app.domain.errors import AppError
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, parse_group
from app.domain.sorting import TaskSort, parse_sort
from app.domain.usage_detail_rows import Detail
from app.domain.view_state import RESOURCE_USAGE, SHEET, TASK_USAGE, SheetView
from app.store.convert import dt_in, dt_out, flag, opt_int
from app.store.table_looks_rows import read_table_looks, table_looks_rows
from app.store.text_repair import repaired_row

# The tables a view lives in, emptied before it is written again.
VIEW_TABLES = (
    "views",
    "view_columns",
    "view_folded_groups",
    "user_tables",
    "user_table_columns",
    "view_table_looks",
)

Rows = Callable[[str], Sequence[sqlite3.Row]]
V = TypeVar("V")


def read_view(rows: Rows) -> SheetView | None:
    """The sheet view the file keeps (None: none kept); ``rows`` runs a SELECT."""
    found = rows(f"SELECT * FROM views WHERE view = '{SHEET}'")
    if not found:
        return None
    r = found[0]
    columns = tuple(
        (c["key"], int(c["width"]))
        for c in rows(f"SELECT * FROM view_columns WHERE view = '{SHEET}' ORDER BY seq")
    )
    names = rows("SELECT * FROM user_tables ORDER BY position")
    keys: dict[int, list[str]] = defaultdict(list)
    for c in rows("SELECT * FROM user_table_columns ORDER BY table_position, seq"):
        keys[c["table_position"]].append(c["key"])
    tables = tuple((t["name"], tuple(keys[t["position"]])) for t in names if t["name"])
    labels: dict[int, list[str]] = defaultdict(list)
    for g in rows(f"SELECT * FROM view_folded_groups WHERE view = '{SHEET}' ORDER BY seq, depth"):
        labels[g["seq"]].append(g["label"])
    usage = rows(f"SELECT * FROM views WHERE view = '{TASK_USAGE}'")
    details = rows(f"SELECT * FROM views WHERE view = '{RESOURCE_USAGE}'")
    return SheetView(
        table=r["table_key"],
        columns=columns,
        tables=tables,
        task_filter=_readable(lambda: _filter(r)),
        task_sort=_readable(lambda: _sort(r)),
        task_group=_readable(lambda: _group(r)),
        folded_groups=frozenset(tuple(path) for path in labels.values()),
        usage_sort=_readable(lambda: _sort(usage[0])) if usage else None,
        usage_group=_readable(lambda: _group(usage[0])) if usage else None,
        usage_details=_details(details[0]["table_key"]) if details else (),
        table_looks=read_table_looks(rows),
    )


def _details(text: str) -> tuple[Detail, ...]:
    """The Usage view's detail rows, kept as their words; one this version lacks is left off."""
    known = {d.value: d for d in Detail}
    return tuple(known[w] for w in text.split(",") if w in known)


def _readable(read: Callable[[], V]) -> V | None:
    """A part of the view, None when this version cannot read it."""
    try:
        return read()
    except AppError:
        return None


def _filter(r: sqlite3.Row) -> TaskFilter | None:
    if r["filter_kind"] is None:
        return None
    return TaskFilter(
        FilterKind.from_name(r["filter_kind"]),
        opt_int(r["filter_resource_uid"]),
        dt_in(r["filter_from"]),
        dt_in(r["filter_to"]),
        r["filter_text"],
        r["filter_field"],
    )


def _sort(r: sqlite3.Row) -> TaskSort | None:
    if not r["sort_keys"]:
        return None
    return TaskSort(parse_sort(r["sort_keys"]), flag(r["sort_keep_outline"]))


def _group(r: sqlite3.Row) -> GroupBy | None:
    if not r["group_keys"]:
        return None
    keys = parse_group(r["group_keys"])
    return GroupBy(keys, flag(r["group_keep_hierarchy"]), r["group_name"])


def write_view(conn: sqlite3.Connection, view: SheetView | None) -> None:
    """Put ``view`` in the file in place of the one it kept (None: keep none); the caller
    runs it inside a transaction."""
    for table in VIEW_TABLES:
        conn.execute(f"DELETE FROM {table}")
    if view is None:
        return
    f = view.task_filter
    rows = [
        (
            SHEET,
            view.table,
            None if f is None else f.kind.value,
            None if f is None else f.resource_uid,
            None if f is None else dt_out(f.date_from),
            None if f is None else dt_out(f.date_to),
            "" if f is None else f.text,
            "" if f is None else f.field,
            *_arranged(view.task_sort, view.task_group),
        )
    ]
    if view.usage_sort is not None or view.usage_group is not None:  # Task Usage's own
        arranged = _arranged(view.usage_sort, view.usage_group)
        rows.append((TASK_USAGE, "", None, None, None, None, "", "", *arranged))
    if view.usage_details:  # the Usage view's detail rows, by their words
        words = ",".join(d.value for d in view.usage_details)
        plain = _arranged(None, None)
        rows.append((RESOURCE_USAGE, words, None, None, None, None, "", "", *plain))
    _insert(conn, "views", rows)
    _insert(conn, "view_columns", [(SHEET, i, k, w) for i, (k, w) in enumerate(view.columns)])
    _insert(conn, "user_tables", [(i, name) for i, (name, _k) in enumerate(view.tables)])
    _insert(
        conn,
        "user_table_columns",
        [(i, n, k) for i, (_name, keys) in enumerate(view.tables) for n, k in enumerate(keys)],
    )
    _insert(conn, "view_table_looks", table_looks_rows(view.table_looks))
    folds = sorted(view.folded_groups)
    _insert(
        conn,
        "view_folded_groups",
        [(SHEET, i, d, label) for i, path in enumerate(folds) for d, label in enumerate(path)],
    )


def _arranged(s: TaskSort | None, g: GroupBy | None) -> tuple[object, ...]:
    """A view row's sort and group columns: keys, keep outline, group keys, name, hierarchy."""
    return (
        "" if s is None else ",".join(k.text() for k in s.keys),
        1 if s is None or s.keep_outline else 0,
        "" if g is None else g.text(),
        "" if g is None else g.name,
        int(g is not None and g.keep_hierarchy),
    )


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[tuple[object, ...]]) -> None:
    rows = list(rows)
    if not rows:
        return
    sql = f"INSERT INTO {table} VALUES ({', '.join('?' for _ in rows[0])})"
    try:
        conn.executemany(sql, rows)
    except UnicodeEncodeError:  # a lone surrogate in a label: stored as U+FFFD (text_repair)
        conn.execute(f"DELETE FROM {table}")  # what went in before it
        conn.executemany(sql, [repaired_row(r) for r in rows])
