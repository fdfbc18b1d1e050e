"""Texts of an MS Project XML longer than MS Project itself keeps: cut, and said.

A damaged or generated file can hold a task <Name> of fifty million characters. MS
Project's schema (mspdi_pj12.xsd) allows 512 characters in a task's <Name>, and MS
Project keeps 255 of a resource's (mspdi_resources cuts those); a <Notes> element has no
limit in the schema, so Gantry keeps 65,535 characters of one, some thirty printed pages
of plain text, well past any note a plan holds. Past that a text is damage, not a plan
field: it is cut (a name to the schema's 512, ending in an ellipsis so it shows cut) and
the read says so, with the length the file held, rather than refusing the whole plan for
one field or carrying fifty megabytes into every cell, undo text and file written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TypeVar

from app.domain.plural_words import counted, verb
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.mspdi_write_limits import MAX_LONG_NAME, fit_name

NAME_LIMIT = MAX_LONG_NAME  # characters of a task's or the project's <Name> (the schema's)
NOTES_LIMIT = 65_535  # characters of a <Notes> kept

_T = TypeVar("_T", Task, Resource, Assignment, Project)
_LIMITS = (("name", NAME_LIMIT), ("notes", NOTES_LIMIT))


@dataclass(slots=True)
class LongTexts:
    """The texts cut while reading one file: how many, and the first as a note shows it."""

    count: int = 0
    first: str = ""

    def fitted(self, value: _T, kind: str) -> _T:
        """``value`` (a ``kind``: "task", "the project") with its name and notes cut to what
        is kept (itself when they fit)."""
        changes: dict[str, str] = {}
        for attr, element in (("name", "Name"), ("notes", "Notes")):
            text = getattr(value, attr, "")
            limit = NAME_LIMIT if attr == "name" else NOTES_LIMIT
            if len(text) <= limit:
                continue
            changes[attr] = _cut(text, limit)
            self.count += 1
            if not self.first:
                uid = getattr(value, "uid", None)
                where = kind if uid is None else f"{kind} {uid}"
                self.first = f"{where}'s <{element}> holds {len(text):,} characters"
                self.first += f", kept to {limit:,}"
        return replace(value, **changes) if changes else value  # type: ignore[arg-type]

    def fitted_all(self, values: list[_T], kind: str) -> list[_T]:
        """``[self.fitted(v, kind) for v in values]`` (values of one type): when every name
        and note fits, as in nearly every file, found by C-level passes over their lengths
        (10k tasks: ~1 ms against ~8 ms a value at a time), the values themselves."""
        try:
            fits = all(
                max(map(len, map(attrgetter(attr), values)), default=0) <= limit
                for attr, limit in _LIMITS
                if values and hasattr(values[0], attr)  # fitted reads a missing one as ""
            )
        except (AttributeError, TypeError):  # a value of another type, a text of None
            fits = False
        if fits:
            return list(values)
        return [self.fitted(v, kind) for v in values]

    def note(self) -> str:
        """The one line saying what was cut (the file's name goes before it); "" when
        nothing was."""
        if not self.count:
            return ""
        return (
            f"{counted(self.count, 'text')} longer than MS Project keeps "
            f"{verb(self.count)} cut (names to {NAME_LIMIT}, notes to {NOTES_LIMIT:,} "
            f"characters; the first: {self.first}): a damaged or generated file?"
        )


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the last an ellipsis to show it was cut."""
    return fit_name(text, limit - 1).rstrip() + "\u2026"
