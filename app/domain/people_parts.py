"""How a People cell is cut into people, the window's and a sheet's alike: ``,``, ``;`` and
line breaks separate people, but not inside brackets (``Ana[12,5%]``), nor the decimal comma
of one person's units typed outside them (``Ana (12,5%)``, ``Ana 12,5%``)."""

from __future__ import annotations

import re

from app.domain.errors import InputError
from app.domain.quoting import quoted

# Ana, Ana[50%] (MS Project's way), and as clients also write it: Ana (50%), Ana 50%
PERSON_RE = re.compile(
    r"^\s*(?P<name>[^\[\]]+?)\s*(?:\[\s*(?P<units>[\d.,]+)\s*(?P<pct>%?)\s*\]"
    r"|\[\s*(?P<qty>[\d.,]+)\s*(?P<label>[^\]\d%\s][^\]]*?)\s*\]"  # Concrete[12.5 m³]
    r"|\(\s*(?P<round>[\d.,]+)\s*%\s*\)|\s(?P<bare>[\d.,]+)\s*%)?\s*$"
)

# , ; and line breaks outside [..]: "Ana[12,5%]" is one person, as the window reads it;
# kept by the split (a group), so that a cell can be put together again
_SEPARATORS = re.compile(r"([,;\n])(?![^\[\n]*\])")
# a part of a People cell that is only a percentage: "5%)" of "Ana (12,5%)" cut at its comma
_PERCENT_ONLY = re.compile(r"^\s*[(\[]?\s*[\d.,]+\s*%\s*[)\]]?\s*$")


def people_parts(text: str, strict: bool = True) -> list[str]:
    """The people of a People cell and the separators between them, alternating (as
    ``re.split`` with the separator kept gives them: ``"".join`` is ``text`` again).

    ``,``, ``;`` and line breaks separate people, but not inside brackets, and not the
    decimal comma of one person's units as a German client types them outside brackets:
    ``Ana (12,5%)`` and ``Ana 12,5%`` are one person (a comma between two digits whose
    second half is only a percentage, the whole reading as one person). A part that is
    only a percentage otherwise (``Ana, 50%``, ``Ana 12, 5%``) names no one and could be
    someone's units: ``strict`` refuses it (InputError), else it is left a part of its own.
    """
    pieces = _SEPARATORS.split(text)
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        sep, part = pieces[k], pieces[k + 1]
        if not _PERCENT_ONLY.match(part):
            out += [sep, part]
            continue
        joined = out[-1] + sep + part
        if sep == "," and out[-1][-1:].isdigit() and part[:1].isdigit() and _one_person(joined):
            out[-1] = joined
        elif strict:  # Bob, 7,5%: the whole 7,5% names no one
            shown = joined if sep == "," and out[-1].strip().isdigit() else part
            raise InputError(
                f"{quoted(text.strip())}: {quoted(shown.strip())} names no one; if it is "
                "someone's units, write them in brackets (Ana[50%], Ana[12,5%])"
            )
        else:
            out += [sep, part]
    return out


def bracketed(part: str) -> str:
    """One person of a People cell with units typed outside brackets (``Ana (12,5%)``,
    ``Ana 12,5%``) as MS Project writes them, ``Ana[12,5%]``; any other part as it is."""
    m = PERSON_RE.match(part)
    units = None if m is None else m.group("round") or m.group("bare")
    return part if m is None or not units else f"{m.group('name')}[{units}%]"


def _one_person(part: str) -> bool:
    """Whether ``part`` reads as one person at units in round brackets or after a space."""
    m = PERSON_RE.match(part)
    return m is not None and bool(m.group("round") or m.group("bare"))
