"""A GanttProject file parsed safely, a piece at a time, into its <project> element, or
refused in one line naming why: cut short, not XML (a byte not in its encoding said as the
MS Project XML reader says it), unsafe, not a GanttProject plan."""

from __future__ import annotations

import os
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from app.domain.errors import FileFormatError
from app.domain.progress import Progress, part, report
from app.io.gan_errors import unsafe_text
from app.io.xml_errors import encoding_failure
from app.io.xml_safety import xml_pieces

# The progress of a read, in steps: parsing the file (to PARSED), then building the plan.
PARSE_STEPS = 100
PARSED = 80
CHUNK = 1 << 16  # bytes parsed between two progress reports
# expat's errors at the end of a file whose elements are still open: "no element found",
# "unclosed token" (cut inside a tag)
_CUT_SHORT = (3, 5)


def parse_gan(path: Path, progress: Progress | None) -> Element:
    """The <project> element of ``path``; FileFormatError naming why it cannot be one."""
    try:
        root = _parse(path, progress)
    except _CutShortError as exc:
        raise FileFormatError(
            f"{path.name} ends at line {exc.line}, before its <project> closes: "
            "the file was cut short (a copy or download that stopped?)"
        ) from None
    except ParseError as exc:
        raise FileFormatError(_not_xml(path, exc)) from None
    except DefusedXmlException as exc:
        raise FileFormatError(f"{path.name}: {unsafe_text(exc)}") from None
    except OSError as exc:
        raise FileFormatError(f"{path.name} cannot be read: {exc.strerror}") from None
    if root.tag != "project":
        raise FileFormatError(
            f"{path.name}: the root element is <{root.tag}>, not a GanttProject <project>"
        )
    _refuse_without_plan(root, path.name)
    return root


def _not_xml(path: Path, exc: ParseError) -> str:
    """Why the parser refused ``path``, in the words the MS Project XML reader uses for a
    byte not in the file's encoding (app/io/xml_errors.py: an old Windows-made file saved as
    Windows-1252 while it declares UTF-8); else where it stopped."""
    wrong = encoding_failure(path, exc)
    if wrong:
        return f"{path.name}: {wrong}"
    line, column = getattr(exc, "position", (0, 0))
    try:
        with path.open("rb") as file:
            head = file.read(2)
    except OSError:
        head = b""
    if head in (b"<\x00", b"\x00<"):  # UTF-16 with no byte-order mark: expat reads it as UTF-8
        return (
            f"{path.name} is UTF-16 text without a byte-order mark; save it again as UTF-8 "
            "(GanttProject's own encoding) or as UTF-16 with the mark"
        )
    return f"{path.name} is not valid XML (line {line}, column {column + 1})"


def _refuse_without_plan(root: Element, name: str) -> None:
    """A <project> with none of a plan's parts is not a file GanttProject wrote (it always
    writes <tasks>): say what it holds instead of opening an empty plan."""
    if any(root.find(part) is not None for part in ("tasks", "resources", "calendars")):
        return
    found = list(dict.fromkeys(f"<{child.tag}>" for child in root))
    shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "") if found else "nothing"
    raise FileFormatError(
        f"{name}: no <tasks>, <resources> or <calendars> in its <project> (found {shown}); "
        "not a plan GanttProject wrote"
    )


class _CutShortError(Exception):
    """The file ended with its <project> still open, at ``line``."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _parse(path: Path, progress: Progress | None) -> Element:
    """The root element, parsed safely a piece at a time (what ElementTree.parse does)."""
    parser = SafeET.DefusedXMLParser(target=TreeBuilder())
    parsing = part(progress, 0, PARSED, PARSE_STEPS) if progress is not None else None
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size if parsing is not None else 0
        report(parsing, 0, size)
        try:
            for piece in xml_pieces(file, CHUNK):
                parser.feed(piece)
                report(parsing, min(file.tell(), size), size)
        except DefusedXmlException as exc:  # where it stands, for the message (unsafe_text)
            exc.line = getattr(getattr(parser, "parser", None), "CurrentLineNumber", 0)
            raise
        try:
            root: Element = parser.close()
        except ParseError as exc:  # the end came with elements still open: cut short?
            file.seek(0)
            if exc.code in _CUT_SHORT and b"<project" in file.read(CHUNK):
                raise _CutShortError(exc.position[0]) from None
            raise
    return root
