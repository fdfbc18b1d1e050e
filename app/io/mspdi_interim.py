"""Interim plans in MS Project XML: a task's Start1..10/Finish1..10 (app/domain/interim.py).

MSPDI holds them as the task's ``<ExtendedAttribute>`` values of MS Project's Start N and
Finish N fields (FieldIDs of its PjField numbering: Start1-5/Finish1-5 sit beside Text1-5,
Start6-10/Finish6-10 after Duration10), each defined once under the project's
``<ExtendedAttributes>`` (CFType 1: a date). Every task holding either value of interim
plan N is in that plan; ``NA`` (or no value) reads as none. The schema has no element for
when an interim plan was set (nor for a baseline's): one read from it has ``saved_at`` None,
and one written to it loses its time (Set Baseline's lists then count its tasks).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from xml.etree.ElementTree import Element

from app.domain.errors import FileFormatError
from app.domain.interim_plan import INTERIM_COUNT, InterimEntry, InterimPlan
from app.domain.quoting import quoted
from app.domain.task import Task
from app.io.mspdi_values import Q

_BASE = 188743680  # task fields, as app/io/mspdi_custom_fields.py numbers them


def _start_offset(number: int) -> int:
    """Start N's offset from _BASE (Finish N is the next): 52, 55, .. 64, then 282, 284, .."""
    return 52 + 3 * (number - 1) if number <= 5 else 282 + 2 * (number - 6)


# interim plan number -> (Start N's FieldID, Finish N's)
FIELD_IDS: dict[int, tuple[int, int]] = {
    n: (_BASE + _start_offset(n), _BASE + _start_offset(n) + 1) for n in range(1, INTERIM_COUNT + 1)
}
# FieldID text -> (interim plan number, a finish)
_BY_ID: dict[str, tuple[int, bool]] = {
    str(fid): (n, k == 1) for n, ids in FIELD_IDS.items() for k, fid in enumerate(ids)
}
INTERIM_FIELD_IDS = frozenset(_BY_ID)
_FIELD_ID = Q + "FieldID"
_VALUE = Q + "Value"


def read_interims(tasks: Iterable[Task], found: dict[int, list[Element]]) -> dict[int, InterimPlan]:
    """The interim plans the tasks' ``<ExtendedAttribute>`` values hold, in task order."""
    entries: dict[int, list[InterimEntry]] = {}
    for task in tasks:
        elems = found.get(task.uid)
        if not elems:
            continue
        dates: dict[int, list[datetime | None]] = {}
        for attr in elems:
            fid = (attr.findtext(_FIELD_ID) or "").strip()
            which = _BY_ID.get(fid)
            if which is None:
                continue
            moment = _date(attr.findtext(_VALUE), task.uid, which)
            if moment is not None:
                dates.setdefault(which[0], [None, None])[int(which[1])] = moment
        for n, (start, finish) in dates.items():
            entries.setdefault(n, []).append(InterimEntry(task.uid, start, finish))
    return {n: InterimPlan(n, tuple(found_)) for n, found_ in sorted(entries.items())}


def _date(text: str | None, uid: int, which: tuple[int, bool]) -> datetime | None:
    raw = (text or "").strip()
    if not raw or raw.upper() == "NA":
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        field = f"{'Finish' if which[1] else 'Start'}{which[0]}"
        raise FileFormatError(
            f"Task UID {uid}: {field} {quoted(raw)} is not a date (YYYY-MM-DDThh:mm:ss)"
        ) from None


def interim_definitions_xml(interims: dict[int, InterimPlan]) -> str:
    """The ``<ExtendedAttribute>`` definitions of the Start N/Finish N fields the plan uses."""
    out: list[str] = []
    for n in sorted(interims):
        if not interims[n].entries:
            continue
        for name, fid in zip((f"Start{n}", f"Finish{n}"), FIELD_IDS[n], strict=True):
            out.append(
                f"<ExtendedAttribute><FieldID>{fid}</FieldID><FieldName>{name}</FieldName>"
                "<CFType>1</CFType></ExtendedAttribute>"
            )
    return "".join(out)


def task_interims(interims: dict[int, InterimPlan]) -> dict[int, list[tuple[int, InterimEntry]]]:
    """Each task's entries, by task uid: (interim plan number, entry), in number order."""
    out: dict[int, list[tuple[int, InterimEntry]]] = {}
    for n in sorted(interims):
        for e in interims[n].entries:
            out.setdefault(e.task_uid, []).append((n, e))
    return out


def interim_values_xml(entries: Iterable[tuple[int, InterimEntry]]) -> str:
    """One task's Start N/Finish N as ``<ExtendedAttribute>`` values (a missing one left out)."""
    out: list[str] = []
    for n, e in entries:
        for fid, moment in zip(FIELD_IDS[n], (e.start, e.finish), strict=True):
            if moment is not None:
                text = moment.replace(microsecond=0).isoformat(timespec="seconds")
                out.append(
                    f"<ExtendedAttribute><FieldID>{fid}</FieldID><Value>{text}</Value>"
                    "</ExtendedAttribute>"
                )
    return "".join(out)
