"""The Indicators of a person's row (the Usage view's, as MS Project's Resource Usage shows
them): the over-allocation mark, its tooltip naming when, and the note mark.

The marks are app/report/indicators.py's (the task sheet's kinds, icons and note
tooltip), so a person's row and a task's say the same things the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.overallocation import Overallocation
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, clipped
from app.domain.resource import Resource
from app.report.indicators import Indicator, Mark, indicator_date, note_tip

_WHEN_NAMED = 3  # the over-allocation mark names this many stretches, then how many more


def person_marks(resource: Resource, over: Sequence[Overallocation]) -> tuple[Mark, ...]:
    """A person's marks in the order shown (problems first, the note last): over-allocated
    (``over``: their stretches beyond Max Units, in time order), has notes."""
    marks: list[Mark] = []
    if over:
        marks.append(Mark(Indicator.OVERALLOCATED, over_tip(resource.name, over)))
    if resource.notes.strip():
        marks.append(Mark(Indicator.NOTE, note_tip(resource.notes)))
    return tuple(marks)


def over_tip(name: str, over: Sequence[Overallocation]) -> str:
    """'Ana is over-allocated: Mon 2026-03-02 to Wed 2026-03-04 (150% of 100%)', one
    stretch a line ('Sat 2026-03-07 (works on a day off)' for work in their non-working
    time), the first three and how many more."""
    lines = [f"{clipped(name, NAME_LIMIT)} is over-allocated:"]
    for o in over[:_WHEN_NAMED]:
        first, last = indicator_date(o.start), indicator_date(o.finish)
        when = first if first == last else f"{first} to {last}"
        lines.append(f"{when} ({o.reason})")
    more = len(over) - _WHEN_NAMED
    if more > 0:
        lines.append(f"and {counted(more, 'other time')}")
    return "\n".join(lines)
