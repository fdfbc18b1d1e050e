"""Parse untrusted XML safely: no DTDs, no entities, no external references.

A bare ``<!DOCTYPE name>`` (no internal subset, no SYSTEM or PUBLIC id) declares nothing
and is accepted; every other document type declaration is refused.

Every refusal or parse failure becomes one FileFormatError naming the file, so
an XXE or billion-laughs payload is reported, never expanded.

Entities (and so XXE and entity expansion) can only be declared in a DTD.
Each piece of the file is first scanned with expat, which refuses any
document type declaration, entity declaration or external reference (the
same rules as defusedxml's ``forbid_dtd``/``forbid_entities``/
``forbid_external``, raising defusedxml's own exceptions), and only then fed
to ElementTree's C parser, an order of magnitude faster than defusedxml's
pure-Python tree builder on a 10 MB project file.

A large file whose rows are plain (see :func:`parse_xml`) has its rows'
container skipped by expat: its text goes to the row reader, which splits
plain rows itself and has any other row parsed by ElementTree on its own.
Nothing in that text is expanded: an entity or character reference, a
comment or anything else that is not a plain element sends its row to the
parser; a row the parser refuses sends the whole file back to the ordinary
parse, which reports it as it always did.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn, Protocol
from xml.etree.ElementTree import Element, ParseError, XMLParser
from xml.parsers import expat

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden

from app.domain.errors import FileFormatError
from app.domain.progress import Progress, report
from app.io.xml_errors import parse_failure

_REFUSED = (
    "refused: the file declares a DTD or entities, which project files never need "
    "(possible XXE or entity-expansion attack)"
)


# Read and parsed in pieces of this size: ~10 % faster on a 12 MB file than one
# call with all of it (the parser's working buffers stay in the CPU cache), and
# the file's bytes are never all in memory at once (fewer fresh pages to fault in).
_CHUNK = 1 << 16


def _forbid_dtd(name: str, sysid: str | None, pubid: str | None, has_internal: int) -> None:
    """Refuse a document type declaration, but a bare one (``<!DOCTYPE Project>``, as some
    exporters write): with no internal subset and no SYSTEM or PUBLIC id it can declare no
    entity and load nothing, so it is as harmless as a comment (tester s31xm #8)."""
    if sysid is not None or pubid is not None or has_internal:
        raise DTDForbidden(name, sysid, pubid)


def _forbid_entity(name: str, *rest: object) -> NoReturn:
    raise EntitiesForbidden(name, None, None, None, None, None)


class _RootReachedError(Exception):
    """The scan saw the root element: no declaration can follow."""


def _stop(name: str, attributes: object) -> NoReturn:
    raise _RootReachedError


class _DeclarationScan:
    """Refuses DTDs and entity declarations in a document given piece by piece.

    A document type declaration can only come before the root element, so the
    scan stops at the root's start tag; later pieces are not looked at.
    """

    __slots__ = ("_done", "_scan")

    def __init__(self) -> None:
        scan = expat.ParserCreate()
        scan.StartDoctypeDeclHandler = _forbid_dtd
        scan.EntityDeclHandler = _forbid_entity
        scan.UnparsedEntityDeclHandler = _forbid_entity
        scan.ExternalEntityRefHandler = _forbid_entity
        scan.StartElementHandler = _stop
        self._scan = scan
        self._done = False

    def feed(self, piece: bytes, final: bool = False) -> None:
        """Scan the next piece (raises DefusedXmlException or ExpatError)."""
        if self._done:
            return
        try:
            self._scan.Parse(piece, final)
        except _RootReachedError:
            self._done = True


# The encoding a file's XML declaration names, to be rewritten when the text is transcoded.
_DECLARED = re.compile(rb"""^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*(["'])""")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def xml_pieces(file: BinaryIO, size: int = _CHUNK) -> Iterator[bytes]:
    """The bytes of an XML file in pieces, a UTF-16 one (byte-order mark) as UTF-8.

    Notepad's "Unicode" re-save of a project file writes UTF-16 with a mark but keeps
    ``encoding="UTF-8"`` in the declaration, which expat refuses; the mark is what
    the bytes are, so the text is read by it and the declaration made to say UTF-8.
    So is a file whose declaration names a legacy encoding (ISO-8859-1...) while its
    text is UTF-8 (see :func:`mislabelled_utf8`): read as declared, every accented
    name would come out garbled ('JosÃ©').
    """
    head = file.read(size)
    if not head.startswith(_UTF16_MARKS):
        if _legacy_declared(head) is not None:
            data = head + file.read()
            if _is_utf8_text(data):
                data = _DECLARED.sub(rb"\1\2UTF-8\3", data, count=1)
            for start in range(0, len(data), size):
                yield data[start : start + size]
            return
        if head:
            yield head
        while piece := file.read(size):
            yield piece
        return
    text = (head + file.read()).decode("utf-16")
    data = _DECLARED.sub(rb"\1\2UTF-8\3", text.encode("utf-8"), count=1)
    for start in range(0, len(data), size):
        yield data[start : start + size]


# The encoding named in an XML declaration.
_DECLARED_NAME = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_UNICODE = ("utf-8", "utf8", "utf-16", "utf16", "utf-32", "ucs-2", "ucs2")


def _legacy_declared(head: bytes) -> str | None:
    """The encoding a file's declaration names when it is not a Unicode one (else None)."""
    found = _DECLARED_NAME.match(head)
    if found is None:
        return None
    name = found.group(1).decode("ascii", "replace").strip()
    return None if name.lower().startswith(_UNICODE) else name


def _is_utf8_text(data: bytes) -> bool:
    """Bytes beyond ASCII that are all valid UTF-8: text written as UTF-8.

    Legacy 8-bit text almost never is: an accented letter there is one byte
    above 0x7F, which UTF-8 allows only in pairs or longer sequences of a set shape.
    """
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def mislabelled_utf8(path: Path) -> str:
    """The note for an XML file declaring a legacy encoding whose text is UTF-8 (else "").

    Such a file is read as UTF-8 (:func:`xml_pieces`); callers say so once.
    """
    try:
        with Path(path).open("rb") as file:
            head = file.read(_CHUNK)
            declared = _legacy_declared(head)
            if declared is None or not _is_utf8_text(head + file.read()):
                return ""
    except OSError:
        return ""
    return f"{Path(path).name} declares {declared} but its text is UTF-8; read it as UTF-8"


def check_declarations(data: bytes) -> None:
    """Refuse DTDs and entity declarations (raises DefusedXmlException or ExpatError)."""
    _DeclarationScan().feed(data, True)


def parse_xml(
    path: Path, rows: RowStream | None = None, progress: Progress | None = None
) -> Element:
    """The root element of an XML file, refusing DTDs and entity declarations.

    The file is read, scanned and parsed in pieces: each piece is scanned for
    declarations before the parser sees it, so a refused document never gets
    past its document type declaration. With ``rows``, the children of one
    container are handed over while the parser goes on (see :class:`RowStream`).
    With ``progress``, each piece reports ``(bytes parsed, file size)`` and a
    False answer stops the parse with CancelledError (the file is closed).
    """
    if rows is not None and rows.text is not None:
        plain = _plain_parse(path, rows, rows.text, progress)
        if plain is not None:
            return plain
        rows.text.restart()  # rows read so far are read again below
    scan = _DeclarationScan()
    parser = XMLParser()
    watch = _Watch(parser, rows) if rows is not None else None
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size if progress is not None else 0
            fed = 0
            report(progress, 0, size)
            for piece in xml_pieces(file):
                scan.feed(piece)
                parser.feed(piece)
                if watch is not None:
                    watch.step()
                if progress is not None:
                    fed += len(piece)
                    report(progress, min(fed, size), size)
        scan.feed(b"", True)
        root: Element = parser.close()
    except OSError as exc:
        raise FileFormatError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    except DefusedXmlException as exc:
        raise FileFormatError(f"{path.name}: {_REFUSED}") from exc
    except (expat.ExpatError, ParseError) as exc:
        raise FileFormatError(parse_failure(path, exc)) from exc
    if watch is not None:
        watch.finish()
    return root


class FragmentError(Exception):
    """A piece of the rows' text is not well-formed on its own: parse the whole file."""


def parse_fragment(text: str, namespace: str) -> list[Element]:
    """The elements of a piece of the rows' container text (``namespace`` the default, as
    in the file), for a row the plain reader leaves to the parser.

    Raises FragmentError for a piece that is not well-formed alone (an undeclared prefix
    too). A DTD cannot start inside an element, so nothing here can declare an entity.
    """
    parser = XMLParser()
    try:
        parser.feed(f'<r xmlns="{namespace}">')
        parser.feed(text)
        parser.feed("</r>")
        return list(parser.close())
    except (expat.ExpatError, ParseError) as exc:
        raise FragmentError(str(exc)) from exc


class PlainRows(Protocol):
    """Reads the text of a rows' container (see :func:`parse_xml`)."""

    row: str  # the local name of a row element: the text is handed over in whole rows

    def take_text(self, text: str) -> None:
        """Read the rows in ``text``, a piece of the container's text ending with a row's
        end tag (or the last piece), holding no control character XML refuses.
        Raises FragmentError for a piece not well-formed alone."""

    def restart(self) -> None:
        """Forget every row read: the file is parsed again the ordinary way."""


@dataclass(frozen=True, slots=True)
class RowStream:
    """Where the rows of a large file are and who reads them as they are parsed.

    ``take`` is given the complete children of the root's first ``container``
    child, in document order and in batches, which are then removed from the
    tree: their memory is reused for the rest of the file instead of holding
    the whole document at once (a 12 MB project file is ~60 MB as a tree, and
    each fresh page costs a fault). ``take`` must not raise for a row it cannot
    read yet: a file found not well-formed later is reported as such.
    """

    container: str
    take: Callable[[list[Element]], None]
    text: PlainRows | None = None


class _Watch:
    """Finds the container while parsing, then hands its finished children over."""

    __slots__ = ("_container", "_events", "_parser", "_root", "_rows")

    def __init__(self, parser: XMLParser, rows: RowStream) -> None:
        self._parser = parser
        self._rows = rows
        self._events: deque[tuple[str, Element]] = deque()
        self._root: Element | None = None
        self._container: Element | None = None
        # Start events only until the container opens (the hook XMLPullParser uses).
        parser._setevents(self._events, ("start",))  # type: ignore[attr-defined]

    def step(self) -> None:
        """After a piece was parsed: hand over the container's children that are complete."""
        container = self._container
        if container is None:
            container = self._find()
            if container is None:
                return
        done = len(container) - 1  # the last child may still be open
        if done > 0:
            finished = container[:done]
            del container[:done]
            self._rows.take(finished)

    def finish(self) -> None:
        """After the document closed: hand over the rest."""
        container = self._container
        if container is not None and len(container):
            rest = container[:]
            del container[:]
            self._rows.take(rest)

    def _find(self) -> Element | None:
        events = self._events
        tag = self._rows.container
        while events:
            _, elem = events.popleft()
            if self._root is None:
                self._root = elem
            elif elem.tag == tag and self._root.find(tag) is elem:
                self._container = elem
                events.clear()
                self._parser._setevents(events, ())  # type: ignore[attr-defined]
                return elem
        return None


# Control characters XML does not allow (tab, line feed and carriage return are allowed):
# mapped to 0 by :data:`_CONTROLS`, every other byte to 1.
_CONTROLS = bytes(0 if b < 0x20 and b not in (0x09, 0x0A, 0x0D) else 1 for b in range(256))
# Every byte but '<', '>' and the controls: deleted to see the marks in turn.
_NOT_MARKS = bytes(b for b in range(256) if b not in b"<>" and _CONTROLS[b])
_NOT_CHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE and U+FFFF in UTF-8
_CONTROL_BYTES = tuple(bytes([b]) for b in range(256) if not _CONTROLS[b])
_WINDOW = 1 << 16  # the rows' text is handed over in pieces of about this size
_UTF8_NAMES = (b"utf-8", b"utf8")


def _plain_parse(
    path: Path, rows: RowStream, plain: PlainRows, progress: Progress | None
) -> Element | None:
    """:func:`parse_xml` with the container's text read by ``plain`` instead of expat,
    or None when the file is not for it (another encoding, no plain container, a piece
    not well-formed: the ordinary parse reads it and names what is wrong).

    The file is read in pieces, as the ordinary parse reads it: the text before the
    container's first start tag goes to the parser, the container's text to ``plain``
    in whole rows, the rest from the container's first end tag to the parser again.
    """
    local = rows.container.rpartition("}")[2]
    open_tag, close_tag = f"<{local}>".encode(), f"</{local}>".encode()
    row_end = f"</{plain.row}>".encode()
    scan = _DeclarationScan()
    parser = XMLParser()
    events: deque[tuple[str, Element]] = deque()
    parser._setevents(events, ("start",))  # type: ignore[attr-defined]
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            report(progress, 0, size)
            buf = file.read(_CHUNK)
            declared = _DECLARED_NAME.match(buf)
            if buf.startswith(_UTF16_MARKS) or (
                declared is not None and declared.group(1).strip().lower() not in _UTF8_NAMES
            ):
                return None
            done = len(buf)
            while (begin := buf.find(open_tag)) < 0:  # the text before: to the parser
                keep = len(buf) - len(open_tag) + 1
                if keep > 0:
                    scan.feed(buf[:keep])
                    parser.feed(buf[:keep])
                    buf = buf[keep:]
                more = file.read(_CHUNK)
                if not more:
                    return None
                done += len(more)
                buf += more
            scan.feed(buf[:begin])
            parser.feed(buf[:begin])
            root = events[0][1] if events else None
            events.clear()
            # The container's own start tag, fed alone: one start event for it, the root's
            # first such child, unless the text before ends inside a comment or the like.
            parser.feed(open_tag)
            if (
                root is None
                or len(events) != 1
                or events[0][1].tag != rows.container
                or root.find(rows.container) is not events[0][1]
            ):
                return None
            parser._setevents(events, ())  # type: ignore[attr-defined]
            # The container's text: whole rows. Each search looks only at what it has not
            # seen (a tag may straddle two reads), and the buffer grows in place: a row that
            # never ends (a 50 MB <Name>) costs its length once, not once per read.
            text = bytearray(buf[begin + len(open_tag) :])
            seen = 0  # bytes of text searched for both end tags
            while (end := text.find(close_tag, max(0, seen - len(close_tag) + 1))) < 0:
                cut = text.rfind(row_end, max(0, seen - len(row_end) + 1)) + len(row_end)
                if cut >= len(row_end):
                    if not _take(plain, bytes(text[:cut])):
                        return None
                    del text[:cut]
                seen = len(text)
                more = file.read(_WINDOW)
                if not more:
                    return None
                done += len(more)
                text += more
                report(progress, done, size)
            if not _take(plain, bytes(text[:end])):
                return None
            parser.feed(bytes(text[end:]))  # the rest: to the parser
            while piece := file.read(_CHUNK):
                parser.feed(piece)
                done += len(piece)
                report(progress, done, size)
        scan.feed(b"", True)
        found: Element = parser.close()
    except (OSError, FragmentError, UnicodeDecodeError, DefusedXmlException):
        return None  # the ordinary parse reads it again and names what is wrong
    except (expat.ExpatError, ParseError):
        return None  # the ordinary parse names the line and column
    report(progress, size, size)
    return found


def _take(plain: PlainRows, piece: bytes) -> bool:
    """Hand ``piece`` of the container's text to ``plain``; False when it holds a character
    XML does not allow (the ordinary parse names it)."""
    # one search of the piece per control character (memchr): a third of one translate
    if any(control in piece for control in _CONTROL_BYTES):
        return False
    if not piece.isascii() and any(n in piece for n in _NOT_CHARACTERS):
        return False
    text = piece.decode("utf-8")
    if "\r" in text:  # line ends as XML reads them
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    plain.take_text(text)
    return True


def _alternate(marks: bytes) -> bool:
    """``marks`` is '<', '>' in turn: each '<' opens a tag its '>' closes, no text holds
    either (and no control character was among them)."""
    return len(marks) % 2 == 0 and marks == b"<>" * (len(marks) // 2)


def tags_alternate(text: str) -> bool:
    """Every '<' of ``text`` opens a tag the next '>' closes: no text holds either."""
    return _alternate(text.encode("utf-8").translate(None, _NOT_MARKS))
