"""MSPDI task rows made into the plan's Tasks, with their links and baselines.

Checks what a row alone cannot: UIDs used twice or negative, and outline
levels that skip a level.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from operator import itemgetter
from typing import Any

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.errors import FileFormatError
from app.domain.link import Link
from app.domain.progress import Progress, part, report
from app.domain.task import Task
from app.io.mspdi_baselines import add_baseline_entry, baselines
from app.io.mspdi_fast import RowReader, UnusualRowError
from app.io.mspdi_links import built_links, read_link
from app.io.mspdi_task_fields import Row
from app.io.mspdi_values import Reader
from app.io.negative_uids import negative_uid

_BLOCK = 4096  # rows between two progress reports while links are read (~30 ms)
_BUILD_BLOCK = 8192  # rows made into Tasks between two progress reports (~40 ms)


def read_tasks(
    read: list[Row],
    fast: RowReader,
    ghosts: set[int],
    progress: Progress | None = None,
    negative: tuple[int, int] | None = None,
) -> tuple[list[Task], list[Link], dict[int, Baseline], list[tuple[int, datetime | None]]]:
    """Tasks (by row id), links, baselines and the cross-project links of the rows ``read``.

    ``negative`` is the (position, UID) of a row left out with a negative UID;
    ``progress`` hears the Tasks made, then the links read.
    """
    if progress is None:
        rows = _built(read)
    else:  # a block of Tasks at a time (0.5 s at 100k tasks), the bar's first half
        n = len(read)
        rows = []
        for first in range(0, n, _BUILD_BLOCK):
            report(progress, first, 2 * n)
            rows += _built(read[first : first + _BUILD_BLOCK])
        progress = part(progress, n, 2 * n, 2 * n)  # the links: its second half
    rows.sort(key=itemgetter(0))
    uids = {row[1].uid for row in rows}
    if negative is not None or (uids and min(uids) < 0):
        _refuse_negative_uid(rows, negative)
    if len(uids) != len(rows):
        seen: set[int] = set()
        for row in rows:
            uid = row[1].uid
            if uid in seen:
                raise FileFormatError(f"{row[2]}: <UID> {uid} is used twice")
            seen.add(uid)
    tasks: list[Task] = [row[1] for row in rows]
    _check_outline(rows)
    links: list[Link | tuple[Any, ...]] = []
    external: list[tuple[int, datetime | None]] = []
    entries: dict[int, list[BaselineEntry]] = {}
    for _, task, where, _, link_elems, baseline_elems, start in _reporting(rows, progress):
        for lk_elem in link_elems:
            try:
                links.append(fast.link(lk_elem, task.uid, uids, ghosts))
                continue
            except (UnusualRowError, ValueError, KeyError, TypeError):
                pass
            link = read_link(Reader(lk_elem, where), task.uid, uids, ghosts, external, start)
            if link is not None:
                links.append(link)
        for b_elem in baseline_elems:
            add_baseline_entry(entries, b_elem, where, task.uid)
    return tasks, built_links(links), baselines(entries), external


def _built(rows: list[Row]) -> list[Row]:
    """The rows with the fast path's field values made into Tasks, in one bulk call."""
    made = iter(Task.of_many([row[1] for row in rows if type(row[1]) is tuple]))
    return [(row[0], next(made), *row[2:]) if type(row[1]) is tuple else row for row in rows]


def _reporting(rows: list[Row], progress: Progress | None) -> Iterable[Row]:
    """``rows``; with ``progress``, one block at a time, reporting (rows done, all rows)."""
    if progress is None:
        return rows  # the command line: nothing in between
    return _in_blocks(rows, progress)


def _in_blocks(rows: list[Row], progress: Progress) -> Iterator[Row]:
    total = len(rows)
    for first in range(0, total, _BLOCK):
        report(progress, first, total)
        yield from rows[first : first + _BLOCK]
    report(progress, total, total)


def _refuse_negative_uid(rows: list[Row], negative: tuple[int, int] | None) -> None:
    """FileFormatError naming the first task row (in file order) with a negative UID."""
    found = [(row[3], row[1].uid) for row in rows if row[1].uid < 0]
    if negative is not None:
        found.append(negative)
    n, uid = min(found)
    raise negative_uid(f"Tasks/Task[{n}]/UID", uid)


def _check_outline(rows: list[Row]) -> None:
    prev = 0
    for row in rows:
        level = row[1].outline_level
        if level < 1 or level > prev + 1:
            raise FileFormatError(f"{row[2]}: <OutlineLevel> {level} cannot follow level {prev}")
        prev = level
