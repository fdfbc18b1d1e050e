"""Turn plan changes into row writes: only the rows a change touched are written.

The writer keeps the positions it stored for every ordered list, so a change
of order (an inserted row, an indent, a move) rewrites only the rows whose
position or level really moved. Callers own the transaction.

Writing a whole plan (:meth:`PlanWriter.write_rows`) can report how many rows
it has written to a progress callback (:mod:`app.domain.progress`) and stops
with CancelledError when told; the caller's transaction then holds half a plan
and must be rolled back or its file dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from app.domain.events import Change, ChangeKind, Entity
from app.domain.kept_links import KeptLinks
from app.domain.plan import Plan
from app.domain.progress import Progress, report
from app.store.actual_day_rows import TABLE as ACTUAL_DAYS_TABLE
from app.store.actual_day_rows import actual_day_rows
from app.store.baseline_assignment_rows import PIECES_TABLE as BASELINE_PIECES_TABLE
from app.store.baseline_assignment_rows import TABLE as BASELINE_ASSIGNMENTS_TABLE
from app.store.baseline_assignment_rows import assignment_rows as baseline_assignment_rows
from app.store.baseline_assignment_rows import piece_rows as baseline_piece_rows
from app.store.baseline_writes import HeldBaselines
from app.store.custom_rows import field_rows, list_rows, value_rows
from app.store.edited_work_rows import TABLE as EDITED_TABLE
from app.store.edited_work_rows import piece_rows
from app.store.interim_rows import (
    INTERIM_TABLE,
    INTERIM_TIMES_TABLE,
    interim_rows,
    interim_time_rows,
)
from app.store.kept_links_rows import write_kept
from app.store.rows import (
    Row,
    RowSet,
    assignment_row,
    baseline_rows,
    calendar_rows,
    link_row,
    project_row,
    recurrence_row,
    resource_rows,
    risk_rows,
    split_rows,
    task_row,
)
from app.store.text_repair import repaired_row
from app.store.view_state import write_view
from app.store.work_week_rows import TABLES as WORK_WEEK_TABLES

# Parent table first, then child tables with the column that points at the parent.
_FAMILIES: dict[str, tuple[tuple[str, str], ...]] = {
    "calendars": (
        ("calendars", "uid"),
        ("calendar_days", "calendar_uid"),
        ("calendar_hours", "calendar_uid"),
        ("calendar_exceptions", "calendar_uid"),
        ("calendar_exception_hours", "calendar_uid"),
        *((table, "calendar_uid") for table in WORK_WEEK_TABLES),
    ),
    "resources": (
        ("resources", "uid"),
        ("resource_skills", "resource_uid"),
        ("resource_availability", "resource_uid"),
        ("resource_rates", "resource_uid"),
    ),
    "risks": (("risks", "uid"), ("risk_tasks", "risk_uid")),
}

# Fewer shifted rows than this are updated one by one.
_RANGE_UPDATE_MIN = 32
# Rows built and inserted between two progress reports (~50 ms of tasks).
_CHUNK = 4096

V = TypeVar("V")


class _Written:
    """Rows written so far out of ``total``, told to a progress callback (if any)."""

    __slots__ = ("_progress", "_total", "done")

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = total
        self.done = 0

    def add(self, rows: int) -> None:
        """Count ``rows`` more; raise CancelledError if the callback says stop."""
        self.done += rows
        report(self._progress, self.done, self._total)


def row_count(plan: Plan) -> int:
    """How many rows :meth:`PlanWriter.write_rows` reports in all (a calendar, person or risk
    counts as one, a baseline as one plus its entries)."""
    baselines = sum(1 + len(b.entries) for b in plan.baselines.values())
    return (
        1
        + len(plan.tasks)
        + len(plan.links)
        + len(plan.calendars)
        + len(plan.resources)
        + len(plan.assignments)
        + baselines
        + len(plan.risks)
    )


class PlanWriter:
    """Writes a plan, whole or change by change, into an open .gantry connection."""

    def __init__(self, conn: sqlite3.Connection, plan: Plan) -> None:
        self._conn = conn
        self._plan = plan
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}
        self._task_pos: dict[int, tuple[int, int]] = {}
        self._pos: dict[str, dict[Hashable, int]] = {}
        self._dirty: set[str] = set()
        # Tasks with rows in task_splits: an edit rewrites them only for these and split ones.
        self._split_uids: set[int] = set()
        # Recurring summaries with a row in task_recurrences (schema v9).
        self._recurring_uids: set[int] = set()
        # Tasks with rows in task_custom (schema v11): most tasks have none to rewrite.
        self._custom_uids: set[int] = set()
        # Assignments with work typed period by period (schema v28): most have none.
        self._edited_uids: set[int] = set()
        # Assignments with actual work kept day by day: most have none.
        self._actual_uids: set[int] = set()
        # What the file holds of the baselines and interim plans (written by difference).
        self._held = HeldBaselines(conn, self._put_many)

    # ------------------------------------------------------------------ whole plan

    def write_all(self, progress: Progress | None = None) -> None:
        """Write every table from scratch (the file's tables must be empty) and keep
        the plan's order as the file's, for the changes written after it."""
        self.write_rows(progress)
        self.remember_positions()

    def write_rows(self, progress: Progress | None = None) -> None:
        """Write every table from scratch (the file's tables must be empty).

        ``progress`` hears the rows written out of :func:`row_count` every few
        thousand rows; when it answers False the write stops with CancelledError,
        part of the plan written.
        """
        plan = self._plan
        total = row_count(plan)
        report(progress, 0, total)
        written = _Written(progress, total)
        self._put(project_row(plan.project), "project")
        self._put_many("custom_fields", field_rows(plan.project))
        self._put_many("custom_field_values", list_rows(plan.project))
        written.add(1)
        self._put_chunks("tasks", plan.tasks, task_row, written)
        self._put_many("task_custom", [r for t in plan.tasks if t.custom for r in value_rows(t)])
        self._put_many("task_splits", [r for t in plan.tasks if t.splits for r in split_rows(t)])
        self._put_many(
            "task_recurrences", [recurrence_row(u, rec) for u, rec in plan.recurrences.items()]
        )
        self._put_chunks("links", plan.links, link_row, written)
        for i, cal in enumerate(plan.calendars.values()):
            self._put_set(calendar_rows(cal, i))
        written.add(len(plan.calendars))
        for i, res in enumerate(plan.resources):
            self._put_set(resource_rows(res, i))
        written.add(len(plan.resources))
        self._put_chunks("assignments", plan.assignments, assignment_row, written)
        self._put_many(EDITED_TABLE, [r for a in plan.assignments for r in piece_rows(a)])
        self._edited_uids.update(a.uid for a in plan.assignments if a.edited_work)
        self._put_many(ACTUAL_DAYS_TABLE, [r for a in plan.assignments for r in actual_day_rows(a)])
        self._actual_uids.update(a.uid for a in plan.assignments if a.actual_days)
        for b in plan.baselines.values():
            rows = baseline_rows(b)
            self._put_many("baselines", rows.tables.get("baselines", []))
            written.add(1)
            entries = rows.tables.get("baseline_entries", [])
            for start in range(0, len(entries), _CHUNK):
                chunk = entries[start : start + _CHUNK]
                self._put_many("baseline_entries", chunk)
                written.add(len(chunk))
            self._put_many(BASELINE_ASSIGNMENTS_TABLE, baseline_assignment_rows(b))  # v41
            self._put_many(BASELINE_PIECES_TABLE, baseline_piece_rows(b))
        for interim in plan.interims.values():  # Start1..10/Finish1..10 (schema v34)
            self._put_many(INTERIM_TABLE, interim_rows(interim))
            self._put_many(INTERIM_TIMES_TABLE, interim_time_rows(interim))  # when set (v37)
        for i, risk in enumerate(plan.risks):
            self._put_set(risk_rows(risk, i))
        written.add(len(plan.risks))
        if plan.view is not None:  # how the task sheet is shown (schema v20)
            write_view(self._conn, plan.view)
        if plan.kept_links != KeptLinks():  # an MS Project file's link marks (schema v23)
            write_kept(self._conn, plan.kept_links)

    def _put_chunks(
        self, table: str, values: Sequence[V], row: Callable[[V, int], Row], written: _Written
    ) -> None:
        """Insert one row per value (at its position), a chunk at a time, counting them."""
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            self._put_many(table, [row(v, start + k) for k, v in enumerate(chunk)])
            written.add(len(chunk))

    def remember_positions(self) -> None:
        """Take the plan's current order as what the file holds (after a load or write)."""
        self._task_pos = {t.uid: (i, t.outline_level) for i, t in enumerate(self._plan.tasks)}
        self._split_uids = {t.uid for t in self._plan.tasks if t.splits}
        self._recurring_uids = set(self._plan.recurrences)
        self._custom_uids = {t.uid for t in self._plan.tasks if t.custom}
        self._held.remember(self._plan.baselines, self._plan.interims)
        for table, keys in self._orders().items():
            self._pos[table] = {k: i for i, k in enumerate(keys())}
        self._dirty.clear()

    # ------------------------------------------------------------------ one change

    def apply(self, change: Change) -> None:
        """Write the rows one change touched (positions wait for :meth:`flush`)."""
        handler = {
            Entity.PROJECT: self._project,
            Entity.TASK: self._tasks,
            Entity.OUTLINE: self._outline,
            Entity.LINK: self._links,
            Entity.RESOURCE: self._resources,
            Entity.ASSIGNMENT: self._assignments,
            Entity.CALENDAR: self._calendars,
            Entity.RISK: self._risks,
            Entity.BASELINE: self._baselines,
        }[change.entity]
        handler(change)

    def flush(self) -> None:
        """Store the new positions (and outline levels) of lists whose order changed, and
        the rows of the baselines and interim plans changed since the last flush."""
        self._held.write(self._plan.baselines, self._plan.interims)
        if "tasks" in self._dirty:
            self._flush_task_positions()
        orders = self._orders()
        for table in sorted(self._dirty - {"tasks"}):
            stored = self._pos.setdefault(table, {})
            key_cols = ("predecessor", "successor") if table == "links" else ("uid",)
            where = " AND ".join(f"{c} = ?" for c in key_cols)
            updates: list[tuple[object, ...]] = []
            for i, key in enumerate(orders[table]()):
                if stored.get(key) != i:
                    stored[key] = i
                    parts = key if isinstance(key, tuple) else (key,)
                    updates.append((i, *parts))
            if updates:
                self._conn.executemany(f"UPDATE {table} SET position = ? WHERE {where}", updates)
        self._dirty.clear()

    def _flush_task_positions(self) -> None:
        """Rewrite the rows whose position or level moved.

        A block of rows that all shift by the same amount (an insert or delete
        above them) is moved by one range UPDATE instead of row by row. Blocks
        go through negative positions first so that one block landing on
        another's old range is not moved twice; new rows wait at a negative
        position anyway and are placed by uid.
        """
        moved: list[tuple[int, int, int]] = []
        shifts: dict[int, list[tuple[int, int]]] = {}
        for i, t in enumerate(self._plan.tasks):
            old = self._task_pos.get(t.uid)
            if old == (i, t.outline_level):
                continue
            if old is not None and old[0] >= 0 and old[1] == t.outline_level:
                shifts.setdefault(i - old[0], []).append((old[0], t.uid))
            else:
                moved.append((i, t.outline_level, t.uid))
            self._task_pos[t.uid] = (i, t.outline_level)
        ranges: list[tuple[int, int, int]] = []
        for delta, rows in shifts.items():
            low, high = rows[0][0], rows[-1][0]  # old positions ascend with the row order
            if len(rows) >= _RANGE_UPDATE_MIN and high - low + 1 == len(rows):
                ranges.append((delta, low, high))
            else:
                level = self._task_pos
                moved.extend((old + delta, level[uid][1], uid) for old, uid in rows)
        if len(ranges) == 1:
            self._conn.execute(
                "UPDATE tasks SET position = position + ? WHERE position BETWEEN ? AND ?",
                ranges[0],
            )
        elif ranges:
            self._conn.executemany(
                "UPDATE tasks SET position = -1 - (position + ?) WHERE position BETWEEN ? AND ?",
                ranges,
            )
            self._conn.execute("UPDATE tasks SET position = -1 - position WHERE position < 0")
        if moved:
            self._conn.executemany(
                "UPDATE tasks SET position = ?, outline_level = ? WHERE uid = ?", moved
            )

    # ------------------------------------------------------------------ handlers

    def _orders(self) -> dict[str, Callable[[], Iterable[Hashable]]]:
        plan = self._plan
        return {
            "links": lambda: (lk.key for lk in plan.links),
            "calendars": lambda: iter(plan.calendars),
            "resources": lambda: (r.uid for r in plan.resources),
            "assignments": lambda: (a.uid for a in plan.assignments),
            "risks": lambda: (r.uid for r in plan.risks),
        }

    def _project(self, change: Change) -> None:
        self._put(project_row(self._plan.project), "project")
        self._conn.execute("DELETE FROM custom_fields")
        self._put_many("custom_fields", field_rows(self._plan.project))
        self._conn.execute("DELETE FROM custom_field_values")
        self._put_many("custom_field_values", list_rows(self._plan.project))

    def _tasks(self, change: Change) -> None:
        uids = [int(str(k)) for k in change.keys]
        if change.kind is ChangeKind.REMOVED:
            self._delete("tasks", "uid", uids)
            self._delete("task_splits", "task_uid", [u for u in uids if u in self._split_uids])
            self._split_uids.difference_update(uids)
            self._delete(
                "task_recurrences", "task_uid", [u for u in uids if u in self._recurring_uids]
            )
            self._recurring_uids.difference_update(uids)
            self._delete("task_custom", "task_uid", [u for u in uids if u in self._custom_uids])
            self._custom_uids.difference_update(uids)
            for uid in uids:
                self._task_pos.pop(uid, None)
            self._dirty.add("tasks")
            return
        plan = self._plan
        rows = []
        splits: list[Row] = []
        custom: list[Row] = []
        for uid in uids:
            task = plan.task(uid)
            if task.custom or uid in self._custom_uids:
                self._delete("task_custom", "task_uid", [uid])
                custom += value_rows(task)
                if task.custom:
                    self._custom_uids.add(uid)
                else:
                    self._custom_uids.discard(uid)
            if task.splits or uid in self._split_uids:
                self._delete("task_splits", "task_uid", [uid])
                splits += split_rows(task)
                if task.splits:
                    self._split_uids.add(uid)
                else:
                    self._split_uids.discard(uid)
            stored = self._task_pos.get(uid)
            if stored is None:
                # A new row waits at a unique negative position until flush() places it.
                stored = (-1 - uid, task.outline_level)
                self._dirty.add("tasks")
            rows.append(task_row(task, stored[0]))
            self._task_pos[uid] = (stored[0], task.outline_level)
            if stored[1] != task.outline_level:
                self._dirty.add("tasks")
        self._put_many("tasks", rows)
        self._put_many("task_splits", splits)
        self._put_many("task_custom", custom)
        self._recurrence_rows(uids)

    def _recurrence_rows(self, uids: list[int]) -> None:
        """Write (or drop) the patterns of the recurring summaries among ``uids``."""
        recurrences = self._plan.recurrences
        if not recurrences and not self._recurring_uids:
            return
        gone = [u for u in uids if u in self._recurring_uids and u not in recurrences]
        self._delete("task_recurrences", "task_uid", gone)
        self._recurring_uids.difference_update(gone)
        kept = [u for u in uids if u in recurrences]
        self._put_many("task_recurrences", [recurrence_row(u, recurrences[u]) for u in kept])
        self._recurring_uids.update(kept)

    def _outline(self, change: Change) -> None:
        self._dirty.add("tasks")

    def _links(self, change: Change) -> None:
        for key in change.keys:
            assert isinstance(key, tuple)
            pred, succ = key
            if change.kind is ChangeKind.REMOVED:
                self._conn.execute(
                    "DELETE FROM links WHERE predecessor = ? AND successor = ?", (pred, succ)
                )
                self._pos.setdefault("links", {}).pop(key, None)
                continue
            link = self._plan.find_link(pred, succ)
            if link is None:
                continue
            pos = self._pos.setdefault("links", {}).get(key, len(self._plan.links) - 1)
            self._put(link_row(link, pos), "links")
            self._dirty.add("links")

    def _resources(self, change: Change) -> None:
        self._family(change, "resources", lambda uid: self._resource_rows(uid))

    def _resource_rows(self, uid: int) -> RowSet | None:
        for i, r in enumerate(self._plan.resources):
            if r.uid == uid:
                return resource_rows(r, i)
        return None

    def _assignments(self, change: Change) -> None:
        uids = [int(str(k)) for k in change.keys]
        self._delete("assignments", "uid", uids)
        edited = self._edited_uids
        self._delete(EDITED_TABLE, "assignment_uid", [u for u in uids if u in edited])
        edited.difference_update(uids)
        done = self._actual_uids
        self._delete(ACTUAL_DAYS_TABLE, "assignment_uid", [u for u in uids if u in done])
        done.difference_update(uids)
        days: list[dict[str, object]] = []
        if change.kind is not ChangeKind.REMOVED:
            # Looked up by the plan's index: a dict of every assignment cost 0.3 s an edit at 100k.
            plan, rows, pieces = self._plan, [], []
            for u in uids:
                i = plan.assignment_row(u)
                if i is not None:
                    a = plan.assignments[i]
                    rows.append(assignment_row(a, i))
                    if a.edited_work:
                        pieces.extend(piece_rows(a))
                        edited.add(u)
                    if a.actual_days:
                        days.extend(actual_day_rows(a))
                        done.add(u)
            self._put_many("assignments", rows)
            self._put_many(EDITED_TABLE, pieces)
            self._put_many(ACTUAL_DAYS_TABLE, days)
        self._dirty.add("assignments")

    def _calendars(self, change: Change) -> None:
        def rows(uid: int) -> RowSet | None:
            cal = self._plan.calendars.get(uid)
            if cal is None:
                return None
            return calendar_rows(cal, list(self._plan.calendars).index(uid))

        self._family(change, "calendars", rows)

    def _risks(self, change: Change) -> None:
        def rows(uid: int) -> RowSet | None:
            for i, r in enumerate(self._plan.risks):
                if r.uid == uid:
                    return risk_rows(r, i)
            return None

        self._family(change, "risks", rows)

    def _baselines(self, change: Change) -> None:
        keys = [int(str(k)) for k in change.keys]
        # only the rows that differ are written, at flush (once for a paste of many cells)
        self._held.mark([k for k in keys if k >= 0], [-k for k in keys if k < 0])  # interim_key

    def _family(self, change: Change, family: str, rows: Callable[[int], RowSet | None]) -> None:
        """Rewrite a value stored over several tables: delete its rows, insert the new ones."""
        uids = [int(str(k)) for k in change.keys]
        for table, column in _FAMILIES[family]:
            self._delete(table, column, uids)
        if change.kind is not ChangeKind.REMOVED:
            for uid in uids:
                found = rows(uid)
                if found is not None:
                    self._put_set(found)
        self._dirty.add(family)

    # ------------------------------------------------------------------ SQL

    def _insert_sql(self, table: str, cols: tuple[str, ...]) -> str:
        sql = self._sql.get((table, cols))
        if sql is None:
            marks = ", ".join("?" for _ in cols)
            sql = f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({marks})"
            self._sql[(table, cols)] = sql
        return sql

    def _put(self, row: Row, table: str) -> None:
        cols = tuple(row)
        try:
            self._conn.execute(self._insert_sql(table, cols), tuple(row.values()))
        except UnicodeEncodeError:  # a lone surrogate: stored as U+FFFD (text_repair)
            self._conn.execute(self._insert_sql(table, cols), repaired_row(row.values()))

    def _put_many(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        cols = tuple(rows[0])
        sql = self._insert_sql(table, cols)
        try:
            self._conn.executemany(sql, [tuple(r.values()) for r in rows])
        except UnicodeEncodeError:  # a lone surrogate: stored as U+FFFD (text_repair); every
            # table has a primary key, so the rows written before it are replaced, not doubled
            self._conn.executemany(sql, [repaired_row(r.values()) for r in rows])

    def _put_set(self, rows: RowSet) -> None:
        for table, table_rows in rows.tables.items():
            self._put_many(table, table_rows)

    def _delete(self, table: str, column: str, keys: list[int]) -> None:
        if keys:
            self._conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(k,) for k in keys])
