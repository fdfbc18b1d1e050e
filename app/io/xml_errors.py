"""What is wrong with an XML file the parser refused, in the user's words.

expat says "not well-formed (invalid token): line 4, column 13" both for a stray '<' and
for a byte that is not in the file's encoding, the commonest damage of a client's file:
an 'é' saved as Windows-1252 (byte 0xE9) in a file whose declaration says UTF-8. That
one is said as what it is (:func:`parse_failure`).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

# expat's message: "not well-formed (invalid token): line 4, column 13"
_EXPAT = re.compile(r"^not well-formed \((?P<why>[^)]*)\): (?P<where>.*)$", re.DOTALL)
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_UTF8 = (b"utf-8", b"utf8")


def parse_failure(path: Path, error: Exception) -> str:
    """The one line for ``path`` refused by the parser with ``error`` (an ExpatError or
    ElementTree's ParseError, whose ``code`` and ``position`` expat gave)."""
    line = _not_utf8(path, error)
    if line:
        return f"{path.name}: {line}"
    text = str(error)
    found = _EXPAT.match(text)
    if found is not None:  # "not well-formed" said once
        return f"{path.name}: not well-formed XML ({found['why']}: {found['where']})"
    return f"{path.name}: not well-formed XML ({text})"


def encoding_failure(path: Path, error: Exception) -> str:
    """What :func:`parse_failure` says of a byte not in the file's encoding, without the
    file's name; "" when the parser stopped for another reason (a reader that says the rest
    in words of its own)."""
    return _not_utf8(path, error)


def _not_utf8(path: Path, error: Exception) -> str:
    """ "byte 0xE9 at line 4, column 13 is not UTF-8, as the file declares; ..." when the
    parser stopped at a byte a UTF-8 file cannot hold; else ""."""
    if getattr(error, "code", None) != expat.errors.codes[expat.errors.XML_ERROR_INVALID_TOKEN]:
        return ""
    position = getattr(error, "position", None)
    if position is None:
        position = (getattr(error, "lineno", 0), getattr(error, "offset", 0))
    number, column = position
    try:
        with path.open("rb") as file:
            head = file.read(4096)
            declared = _DECLARED.match(head)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
                declared is not None and declared.group(1).strip().lower() not in _UTF8
            ):
                return ""  # not read as UTF-8
            file.seek(0)
            for _ in range(number - 1):
                file.readline()
            text = file.readline()
    except OSError:
        return ""
    try:
        text.decode("utf-8")
    except UnicodeDecodeError as bad:
        byte = text[bad.start]
        where = len(text[: bad.start].decode("utf-8"))
        if column not in (where, bad.start):  # the parser stopped elsewhere: not this byte
            return ""
        said = "as the file declares" if declared is not None else "as XML without a declaration is"
        return (
            f"byte 0x{byte:02X} at line {number}, column {column} is not UTF-8, {said}; "
            "was it saved as Windows-1252 (or another encoding)?"
        )
    return ""
