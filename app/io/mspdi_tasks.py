"""MSPDI task rows made into the plan's Tasks, with their links and baselines.

Checks what a row alone cannot: UIDs used twice or negative, and outline
levels that skip a level.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice, pairwise
from operator import attrgetter
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element

from app.domain.errors import FileFormatError
from app.domain.link import Link
from app.domain.plan_outline import outline_numbers
from app.domain.progress import Progress, part, report
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi_baselines import add_baseline_entry, baselines
from app.io.mspdi_fast import RowReader, ordinary_link
from app.io.mspdi_links import ExternalLink, built_links, read_link
from app.io.mspdi_plain import link_element
from app.io.mspdi_task_fields import Row
from app.io.mspdi_values import Reader
from app.io.negative_uids import negative_uid

if TYPE_CHECKING:  # built by app.io.mspdi_baselines, for a file that holds baselines
    from app.domain.baseline import Baseline, BaselineEntry

_WBS = attrgetter("wbs")
_BLOCK = 4096  # rows between two progress reports while links are read (~30 ms)
_BUILD_BLOCK = 8192  # rows made into Tasks between two progress reports (~40 ms)


def read_tasks(
    read: list[Row],
    fast: RowReader,
    ghosts: set[int],
    progress: Progress | None = None,
    negative: tuple[int, int] | None = None,
    estimated: set[tuple[int, int]] | None = None,
) -> tuple[list[Task], list[Link], dict[int, Baseline], list[ExternalLink]]:
    """Tasks (by row id), links, baselines and the cross-project links of the rows ``read``
    (``estimated`` hears the links whose lag is an estimated one).

    ``negative`` is the (position, UID) of a row left out with a negative UID;
    ``progress`` hears the Tasks made, then the links read.
    """
    if progress is None:
        tasks = _built(read)
    else:  # a block of Tasks at a time (0.5 s at 100k tasks), the bar's first half
        n = len(read)
        tasks = []
        for first in range(0, n, _BUILD_BLOCK):
            report(progress, first, 2 * n)
            tasks += _built(read[first : first + _BUILD_BLOCK])
        progress = part(progress, n, 2 * n, 2 * n)  # the links: its second half
    rows = read
    ids = [row[0] for row in rows]
    if any(a > b for a, b in pairwise(ids)):  # by row id (a stable sort, as the file has them)
        order = sorted(range(len(ids)), key=ids.__getitem__)
        rows = [rows[i] for i in order]
        tasks = [tasks[i] for i in order]
    uids = {t.uid for t in tasks}
    if negative is not None or (uids and min(uids) < 0):
        _refuse_negative_uid(rows, tasks, negative)
    if len(uids) != len(rows):
        seen: set[int] = set()
        for row, task in zip(rows, tasks, strict=True):
            uid = task.uid
            if uid in seen:
                raise FileFormatError(f"{row[2]}: <UID> {uid} is used twice")
            seen.add(uid)
    _check_outline(rows, tasks)
    tasks = file_numbering(own_wbs_codes(tasks), fast.numbers)
    links: list[Link | tuple[Any, ...]] = []
    external: list[ExternalLink] = []
    entries: dict[int, list[BaselineEntry]] = {}
    for (_, _, where, _, pre_links, baseline_elems, start), task in _reporting(
        rows, tasks, progress
    ):
        for values, lk_elem in pre_links:
            if values is not None and ordinary_link(values, uids, ghosts):
                links.append(values)
                continue
            # a plain row's link has its texts (app.io.mspdi_plain)
            elem = lk_elem if isinstance(lk_elem, Element) else link_element(lk_elem)
            reader = Reader(elem, where)
            link = read_link(reader, task.uid, uids, ghosts, external, start, estimated)
            if link is not None:
                links.append(link)
        for b_elem in baseline_elems:
            add_baseline_entry(entries, b_elem, where, task.uid)
    return tasks, built_links(links), baselines(entries), external


def with_can_split(project: Project, fast: RowReader) -> Project:
    """``project`` with "Leveling can create splits in remaining work" off when every task
    row read says <LevelingCanSplit> 0 (MSPDI has the choice only per task; absent is 1)."""
    texts = fast.can_split_texts
    if not texts or any((text or "").strip() not in ("0", "false") for text in texts):
        return project
    return replace(project, leveling=replace(project.leveling, split_remaining=False))


def own_wbs_codes(tasks: list[Task]) -> list[Task]:
    """``tasks`` without a WBS code that is only their outline number in the plan (a row
    with no <OutlineNumber> to tell, mspdi_fast.wbs_code): such a code follows the task as
    MS Project's automatic one does. Costs one look per task when no task has a code."""
    if not any(map(_WBS, tasks)):
        return tasks
    numbers = outline_numbers(tasks)
    return [
        replace(t, wbs="") if t.wbs and t.wbs == number else t
        for t, number in zip(tasks, numbers, strict=True)
    ]


def file_numbering(tasks: list[Task], numbers: dict[int, str]) -> list[Task]:
    """``tasks`` with the file's outline numbers kept as their WBS codes where the plan
    numbers them otherwise (tester s31xm #6): a client's file whose rows start at 2 (its
    row 1 another project's task, or deleted) keeps WBS 2.1, not 1.1, as the client quotes
    it. ``numbers``: UID -> <OutlineNumber> of the rows whose <WBS> was the same. Where the
    plan's numbers agree, as in most files, the codes stay automatic."""
    if not numbers:
        return tasks
    ours = outline_numbers(tasks)
    if all(numbers.get(t.uid, n) == n for t, n in zip(tasks, ours, strict=True)):
        return tasks
    return [
        replace(t, wbs=numbers[t.uid])
        if not t.wbs and t.uid in numbers and numbers[t.uid] != n
        else t
        for t, n in zip(tasks, ours, strict=True)
    ]


def _built(rows: list[Row]) -> list[Task]:
    """The Tasks of the rows, the fast path's field values made into Tasks in one bulk call."""
    values = [row[1] for row in rows]
    if all(type(v) is tuple for v in values):  # the common case: every row on the fast path
        return Task.of_many(values)
    made = iter(Task.of_many([v for v in values if type(v) is tuple]))
    return [next(made) if type(v) is tuple else v for v in values]


def _reporting(
    rows: list[Row], tasks: list[Task], progress: Progress | None
) -> Iterable[tuple[Row, Task]]:
    """Each row with its Task; with ``progress``, one block at a time, reporting (rows done,
    all rows)."""
    pairs = zip(rows, tasks, strict=True)
    if progress is None:
        return pairs  # the command line: nothing in between
    return _in_blocks(pairs, len(rows), progress)


def _in_blocks(
    pairs: Iterator[tuple[Row, Task]], total: int, progress: Progress
) -> Iterator[tuple[Row, Task]]:
    for first in range(0, total, _BLOCK):
        report(progress, first, total)
        yield from islice(pairs, _BLOCK)
    report(progress, total, total)


def _refuse_negative_uid(
    rows: list[Row], tasks: list[Task], negative: tuple[int, int] | None
) -> None:
    """FileFormatError naming the first task row (in file order) with a negative UID."""
    found = [(row[3], t.uid) for row, t in zip(rows, tasks, strict=True) if t.uid < 0]
    if negative is not None:
        found.append(negative)
    n, uid = min(found)
    raise negative_uid(f"Tasks/Task[{n}]/UID", uid)


def _check_outline(rows: list[Row], tasks: list[Task]) -> None:
    prev = 0
    for row, task in zip(rows, tasks, strict=True):
        level = task.outline_level
        if level < 1 or level > prev + 1:
            raise FileFormatError(f"{row[2]}: <OutlineLevel> {level} cannot follow level {prev}")
        prev = level
