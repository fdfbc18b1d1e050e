"""MSPDI predecessor links: the checked read of a <PredecessorLink> and cross-project ones.

A link to a task of another project (<CrossProject>1, or a predecessor row MS Project marks
<ExternalTask>1) has no place in the plan: Gantry keeps its effect as a Start No Earlier Than
at the successor's start in the file, and tells it (mspdi_left_out) naming the task, the other
project and task as <CrossProjectName> gives them ("C:\\plans\\other.mpp\\2": its task ID 2),
and what was kept instead. The link itself is not written back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any, NamedTuple

from app.domain.errors import FileFormatError
from app.domain.link import Link, LinkType
from app.domain.quoting import quoted
from app.domain.task import ConstraintType, DurationUnit, Task
from app.io.mspdi_left_out import LeftOut
from app.io.mspdi_values import (
    ELAPSED_FORMATS,
    ESTIMATED_FORMATS,
    LAG_LIMIT_PERCENT,
    LAG_LIMIT_TENTHS,
    PERCENT_FORMATS,
    Reader,
    duration_unit,
)


class ExternalLink(NamedTuple):
    """A link from a task of another project, as the file gives it."""

    successor: int
    start: datetime | None  # the successor's <Start> in the file
    predecessor: int  # its <PredecessorUID>: the other project's task as this file knows it
    name: str  # <CrossProjectName>: the other project's path and task ID; "" when absent
    type: LinkType = LinkType.FS
    lag: int = 0  # <LinkLag> and <LagFormat> as the file gives them (kept: mspdi_external)
    lag_format: int = 7
    path: str = ""  # <CrossProjectName> as the file gives it (written back so)


def read_link(
    r: Reader,
    successor: int,
    uids: set[int],
    ghosts: set[int],
    external: list[ExternalLink],
    start: datetime | None,
    estimated: set[tuple[int, int]] | None = None,
) -> Link | None:
    """A predecessor row read by the checked Reader (``start``: the successor's stored Start;
    ``estimated`` hears the link when its lag is an estimated one, ``1d?``)."""
    r.where += " <PredecessorLink>"
    pred = r.uid("PredecessorUID")  # within 32 bits, as the task UIDs it names
    if r.flag("CrossProject") or pred in ghosts:
        # The external task is not in the file; keep its effect as a start-no-earlier
        # constraint at the successor's stored start (apply_external_links).
        kind = _TYPES.get((r.text("Type") or "").strip(), LinkType.FS)
        path = r.text("CrossProjectName") or ""
        lag = r.integer("LinkLag", 0) or 0
        fmt = r.integer("LagFormat", 7) or 7
        name = " ".join(path.split())
        external.append(ExternalLink(successor, start, pred, name, kind, lag, fmt, path))
        return None
    if pred not in uids:
        raise FileFormatError(f"{r.where}: <PredecessorUID> {pred} names no task in the file")
    if pred == successor:
        raise FileFormatError(f"{r.where}: the task is its own predecessor")
    code = r.integer("Type", 1)
    if code not in (0, 1, 2, 3):
        raise FileFormatError(f"{r.where}: <Type> {code} is not 0..3")
    lag = r.integer("LinkLag", 0) or 0
    fmt = r.integer("LagFormat", 7) or 7
    if estimated is not None and fmt in ESTIMATED_FORMATS:
        estimated.add((pred, successor))
    if fmt in PERCENT_FORMATS:
        if abs(lag) > LAG_LIMIT_PERCENT:
            raise FileFormatError(
                f"{r.where}: <LinkLag> {lag_text(lag)} % is beyond ±{LAG_LIMIT_PERCENT:,} %"
            )
        # 20 (52 estimated): MS Project's elapsed percentage (50e%), in calendar time
        elapsed = fmt in ELAPSED_FORMATS
        return Link(pred, successor, LinkType(code), lag_percent=float(lag), lag_elapsed=elapsed)
    if abs(lag) > LAG_LIMIT_TENTHS:
        raise FileFormatError(
            f"{r.where}: <LinkLag> {lag_text(lag)} (tenths of a minute) is longer than"
            " MS Project's calendar (1984-2149) can hold"
        )
    return Link(
        pred,
        successor,
        LinkType(code),
        lag_minutes=round(lag / 10),
        lag_elapsed=fmt in ELAPSED_FORMATS,
        lag_unit=lag_unit(fmt, lag),
    )


def lag_unit(fmt: int, lag: int) -> DurationUnit | None:
    """The unit a LagFormat code keeps (``3FS+1w``, ``3FS+0.5d``): the schema's duration
    format codes, minutes to elapsed months, estimated ones (+32) alike; None for the codes
    that name no unit (21, 53: Gantry picks one from the length). ``lag``: <LinkLag>; a link
    without one has no unit, though MS Project writes its default, days (7, 8), on it."""
    if lag == 0 and fmt in _DAYS:
        return None
    return duration_unit(fmt)


_DAYS = frozenset({7, 8})  # MS Project's LagFormat on every link typed without a unit


def lag_text(lag: int) -> str:
    """A lag quoted in a message, cut short when it runs to many digits."""
    text = str(lag)
    return text if len(text) <= 24 else f"{text[:20]}… ({len(text)} digits)"


def built_links(links: list[Link | tuple[Any, ...]]) -> list[Link]:
    """The links with the fast path's field values made into Links, in one bulk call."""
    if all(type(lk) is tuple for lk in links):  # the common case: every link on the fast path
        return Link.of_many(links)  # type: ignore[arg-type]
    made = iter(Link.of_many([lk for lk in links if type(lk) is tuple]))
    return [next(made) if type(lk) is tuple else lk for lk in links]  # type: ignore[misc]


def apply_external_links(
    tasks: list[Task], external: list[ExternalLink], left_out: LeftOut | None = None
) -> list[Task]:
    """Tasks with a cross-project predecessor pinned Start No Earlier Than their stored start.

    Only a task still As Soon As Possible gets the pin; with several such
    links the latest start wins. ``left_out`` hears the links, to tell them.
    """
    if not external:
        return tasks
    bound: dict[int, datetime] = {}
    for uid, start, *_ in external:
        if start is not None:
            bound[uid] = max(start, bound.get(uid, start))
    out = []
    for t in tasks:
        when = bound.get(t.uid)
        if when is not None and t.constraint_type is ConstraintType.ASAP:
            t = replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
        out.append(t)
    if left_out is not None:
        first = external[0]
        before = next(t for t in tasks if t.uid == first.successor)
        after = next(t for t in out if t.uid == first.successor)
        left_out.cross_project(len(external), _described(first, before), _kept(before, after))
    return out


_TYPES = {"0": LinkType.FF, "1": LinkType.FS, "2": LinkType.SF, "3": LinkType.SS}
_TYPE_WORDS = {
    LinkType.FF: "finish-to-finish",
    LinkType.FS: "finish-to-start",
    LinkType.SF: "start-to-finish",
    LinkType.SS: "start-to-start",
}


def other_task(name: str, predecessor: int) -> str:
    """The other project's task as <CrossProjectName> names it ("C:\\plans\\other.mpp\\2":
    "task 2 of 'other.mpp'"; MS Project puts the task's ID after the project's path), else
    as the file knows it (an <ExternalTask> row's UID)."""
    path, _, tail = name.rpartition("\\")
    if not tail.isdigit():
        path, tail = name, ""
    project = path.replace("/", "\\").rpartition("\\")[2]
    if tail and project:
        return f"task {tail} of {quoted(project)}"
    if project:
        return f"a task of {quoted(project)} (UID {predecessor} in this file)"
    return f"external task UID {predecessor}"


def _described(link: ExternalLink, task: Task) -> str:
    """'Task1' (UID 1) follows task 2 of 'other.mpp', finish-to-start."""
    return (
        f"{quoted(task.name)} (UID {task.uid}) follows "
        f"{other_task(link.name, link.predecessor)}, {_TYPE_WORDS[link.type]}"
    )


def _kept(before: Task, after: Task) -> str:
    """What the plan keeps of the link in its place, for the note."""
    name = quoted(before.name)
    if after.constraint_type is not before.constraint_type and after.constraint_date is not None:
        return (
            f"in its place {name} is constrained Start No Earlier Than "
            f"{after.constraint_date:%Y-%m-%d %H:%M}, its start in the file as MS Project "
            "scheduled it (the other project's dates are not in the file)"
        )
    if before.constraint_type is not ConstraintType.ASAP:
        return f"{name} keeps its own constraint, nothing else in its place"
    return f"nothing is kept in its place ({name} has no start in the file)"
