"""A person named on the command line (``--person``), found the same way by every command:
the exact name, then the name in any case, then the initials, then a first name only one
person has. A name several people answer to at the same step is refused listing them;
one nobody answers to, pointing to ``gantry usage FILE``, which lists everyone."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.errors import InputError
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource

LISTS_PEOPLE = "gantry usage FILE lists them"


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first_name(res: Resource) -> str:
    words = res.name.split()
    return words[0].casefold() if len(words) > 1 else ""


def find_person(people: Sequence[Resource], name: str, option: str = "--person") -> Resource | None:
    """Who of ``people`` ``name`` means, None when no one; InputError naming ``option`` when
    several people answer to it at the first step anyone does (exact name, any case,
    initials, unique first name)."""
    typed = " ".join(name.split())
    key = typed.casefold()
    steps: tuple[Callable[[Resource], bool], ...] = (
        lambda r: r.name == typed,
        lambda r: _folded(r.name) == key,
        lambda r: bool(r.initials) and r.initials.casefold() == key,
        lambda r: _first_name(r) == key,
    )
    for step in steps:
        found = [r for r in people if step(r)]
        if len(found) == 1 or (found and step is steps[0]):
            return found[0]
        if found:
            names = ", ".join(quoted(r.name, NAME_LIMIT) for r in found)
            raise InputError(
                f"{option} {quoted(typed, NAME_LIMIT)} could be {names}: give the full name"
            )
    return None


def person_named(people: Sequence[Resource], name: str, option: str = "--person") -> Resource:
    """:func:`find_person`, InputError when no one answers to ``name``."""
    found = find_person(people, name, option)
    if found is None:
        raise InputError(
            f"{option}: no one called {quoted(' '.join(name.split()), NAME_LIMIT)} in the team "
            f"({LISTS_PEOPLE})"
        )
    return found
