"""MSPDI predecessor links: the checked read of a <PredecessorLink> and cross-project ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.errors import FileFormatError
from app.domain.link import Link, LinkType
from app.domain.task import ConstraintType, DurationUnit, Task
from app.io.mspdi_values import (
    ELAPSED_FORMATS,
    LAG_LIMIT_PERCENT,
    LAG_LIMIT_TENTHS,
    PERCENT_FORMATS,
    Reader,
    duration_unit,
)


def read_link(
    r: Reader,
    successor: int,
    uids: set[int],
    ghosts: set[int],
    external: list[tuple[int, datetime | None]],
    start: datetime | None,
) -> Link | None:
    """A predecessor row read by the checked Reader (``start``: the successor's stored Start)."""
    r.where += " <PredecessorLink>"
    pred = r.uid("PredecessorUID")  # within 32 bits, as the task UIDs it names
    if r.flag("CrossProject") or pred in ghosts:
        # The external task is not in the file; keep its effect as a start-no-earlier
        # constraint at the successor's stored start.
        external.append((successor, start))
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
    tasks: list[Task], external: list[tuple[int, datetime | None]]
) -> list[Task]:
    """Tasks with a cross-project predecessor pinned Start No Earlier Than their stored start.

    Only a task still As Soon As Possible gets the pin; with several such
    links the latest start wins.
    """
    if not external:
        return tasks
    bound: dict[int, datetime] = {}
    for uid, start in external:
        if start is not None:
            bound[uid] = max(start, bound.get(uid, start))
    out = []
    for t in tasks:
        when = bound.get(t.uid)
        if when is not None and t.constraint_type is ConstraintType.ASAP:
            t = replace(t, constraint_type=ConstraintType.SNET, constraint_date=when)
        out.append(t)
    return out
