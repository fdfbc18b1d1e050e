"""What a file really is, from its first bytes, whatever its name says.

A user renames files: an MS Project XML saved as ``plan.mpp``, a workbook
called ``plan.gantry``, a CSV export named ``.xlsx``. :func:`sniff` tells the
format from the content so that :mod:`app.formats` can read it with the right
reader (and say so), or refuse it with one line naming what it is (a PDF, a
Word document, an empty file) instead of a reader's puzzled error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MSPDI_NS = "http://schemas.microsoft.com/project"

_HEAD = 8192
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# .mpp, .xls, .doc and password-protected .xlsx are all OLE compound files: the names
# in the directory tell them apart (an .mpp has a TBkndTask storage, an .xls a
# Workbook or Book stream). Anything else is left to the extension's reader.
_OLE_MPP = "TBkndTask".encode("utf-16-le")
_OLE_XLS = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))
_OLE_DOC = "WordDocument".encode("utf-16-le")
_OLE_SCAN = 1 << 20  # the directory sits near the start of the small files we meet

# What an extension promises, for messages ("not an Excel workbook").
PROMISED = {
    ".gantry": "a Gantry plan",
    ".xlsx": "an Excel workbook",
    ".xls": "an Excel 97-2003 workbook",
    ".ods": "an OpenDocument spreadsheet",
    ".csv": "a CSV text file",
    ".gan": "a GanttProject file",
    ".xml": "an MS Project XML file",
    ".mpp": "a binary MS Project file",
}


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What a file holds: ``ext`` names the reader for it (None: no plan Gantry reads);
    ``what`` says it in words for a message ("MS Project XML", "a PDF document")."""

    ext: str | None
    what: str
    # "zip", "xml", "text": what it is built as, when that is all that can be said of it
    container: str = ""


_EMPTY = Sniffed(None, "an empty file (0 bytes)")
_PREFIXES: tuple[tuple[bytes, Sniffed], ...] = (
    (b"SQLite format 3\x00", Sniffed(".gantry", "an SQLite database (Gantry's plan format)")),
    (b"%PDF", Sniffed(None, "a PDF document")),
    (b"\x89PNG\r\n\x1a\n", Sniffed(None, "a PNG image")),
    (b"\xff\xd8\xff", Sniffed(None, "a JPEG image")),
    (b"GIF8", Sniffed(None, "a GIF image")),
    (b"\x1f\x8b", Sniffed(None, "a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", Sniffed(None, "a 7-Zip archive")),
    (b"Rar!", Sniffed(None, "a RAR archive")),
    # MPXJ, which reads .mpp, reads MS Project 98's text export too
    (b"MPX,", Sniffed(".mpp", "an MPX file (MS Project's text export)")),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Up to the root element's start tag: the XML declaration, comments, processing
# instructions and a document type declaration may come first.
_PROLOG = re.compile(
    r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*", re.S
)
_ROOT = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)([^>]*)", re.S)
_XMLNS = re.compile(r"""\bxmlns(?::([\w.\-]+))?\s*=\s*(["'])(.*?)\2""", re.S)

# Root elements of XML that is something else than a plan.
_OTHER_XML = {
    "html": "an HTML page",
    "svg": "an SVG image",
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf": "an RDF document",
    "plist": "a property list",
    "workbook": "an Excel 2003 XML spreadsheet",
}


def sniff(path: Path) -> Sniffed | None:
    """What ``path`` holds, when its first bytes say (None: cannot tell, trust the name).

    Never raises for a file it cannot read: the reader chosen by name then says why.
    """
    try:
        with Path(path).open("rb") as file:
            head = file.read(_HEAD)
    except OSError:
        return None
    return sniff_bytes(head, Path(path))


def sniff_bytes(head: bytes, path: Path | None = None) -> Sniffed | None:
    """:func:`sniff` on the first bytes of a file (``path``: to look inside a ZIP or OLE file)."""
    if not head:
        return _EMPTY
    for prefix, found in _PREFIXES:
        if head.startswith(prefix):
            return found
    if head.startswith(_OLE):
        return _ole(head, path)
    if head.startswith(b"PK\x03\x04"):
        return _zip(path)
    text = _text(head)
    if text is None:
        return None
    body = _PROLOG.match(text)
    rest = text[body.end() :] if body else text
    if rest.startswith("<"):
        return describe_xml(rest)
    return _plain_text(text)


def _ole(head: bytes, path: Path | None) -> Sniffed | None:
    data = head
    if path is not None:
        try:
            with path.open("rb") as file:
                data = file.read(_OLE_SCAN)
        except OSError:
            pass
    if _OLE_MPP in data:
        return Sniffed(".mpp", "a binary MS Project file (.mpp)")
    if any(name in data for name in _OLE_XLS):
        return Sniffed(".xls", "an Excel 97-2003 workbook (.xls)")
    if _OLE_DOC in data:
        return Sniffed(None, "a Word 97-2003 document (.doc)")
    return None


def _zip(path: Path | None) -> Sniffed:
    if path is None:
        return Sniffed(None, "a ZIP archive", "zip")
    import zipfile  # only for ZIP files: it costs the other commands' start-up

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace").strip()
                if ("mimetype" in names)
                else ""
            )
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError):
        return Sniffed(None, "a damaged ZIP archive", "zip")
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return Sniffed(".xlsx", "an Excel workbook (.xlsx)")
    if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
        return Sniffed(".ods", "an OpenDocument spreadsheet (.ods)")
    if "word/document.xml" in names:
        return Sniffed(None, "a Word document (.docx)")
    if any(n.startswith("ppt/") for n in names):
        return Sniffed(None, "a PowerPoint presentation (.pptx)")
    if mimetype.startswith("application/vnd.oasis.opendocument."):
        return Sniffed(None, f"an OpenDocument file ({mimetype.rsplit('.', 1)[-1]})")
    return Sniffed(None, "a ZIP archive", "zip")


def _text(head: bytes) -> str | None:
    """The head as text (after a byte-order mark), or None when it is binary."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "ignore")
    if b"\x00" in head:
        # UTF-16 without a mark: every other byte of ASCII text is zero
        if head[1::2].count(0) > len(head) // 3:
            return head.decode("utf-16-le", "ignore")
        if head[0::2].count(0) > len(head) // 3:
            return head.decode("utf-16-be", "ignore")
        return None
    text = head.decode("utf-8", "ignore")
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n\f")
    return None if controls > len(text) // 20 else text  # binary of a kind not known here


def describe_xml(text: str) -> Sniffed:
    """What an XML document is, from the text from its root start tag on."""
    match = _ROOT.match(text)
    if match is None:
        return Sniffed(None, "XML without a root element", "xml")
    prefix, local, attributes = match.group(1), match.group(2), match.group(3)
    declared = {m.group(1): m.group(3) for m in _XMLNS.finditer(attributes)}
    ns = declared.get(prefix[:-1] if prefix else None, "")
    return describe_root(local, ns)


def describe_root(local: str, ns: str) -> Sniffed:
    """What an XML document with this root element (local name, namespace) is."""
    if local == "Project" and ns == MSPDI_NS:
        return Sniffed(".xml", "MS Project XML")
    if local == "project" and not ns:
        return Sniffed(".gan", "a GanttProject file")
    if local.lower() in _OTHER_XML:
        return Sniffed(None, f"{_OTHER_XML[local.lower()]} (root <{local}>)")
    if local == "Project":
        where = f"in namespace {ns}" if ns else "without MS Project's namespace"
        return Sniffed(None, f"XML with a <Project> root {where}", "xml")
    return Sniffed(None, f"XML with root <{local}>" + (f" in {ns}" if ns else ""), "xml")


def _plain_text(text: str) -> Sniffed:
    """CSV when its first two lines hold the same number of one separator, else text."""
    lines = [line for line in text.lstrip("\ufeff").splitlines()[:3] if line.strip()]
    if len(lines) >= 2:
        for sep in (",", ";", "\t"):
            if lines[0].count(sep) and lines[0].count(sep) == lines[1].count(sep):
                return Sniffed(".csv", "CSV text")
    return Sniffed(None, "a text file", "text")


# How the files of each format are built: content of that build that this module
# cannot name is left to the format's reader, which says best what is wrong with it
# (a damaged workbook, a zip bomb, XML that is not well-formed, no header row).
CONTAINERS = {
    ".xlsx": ("zip",),
    ".ods": ("zip",),
    ".csv": ("text",),
    ".xml": ("xml", "text"),
    ".gan": ("xml", "text"),
}


def disguise(path: Path) -> Sniffed | None:
    """What ``path`` really is when that is not what its extension says (else None).

    The spreadsheet extensions share one reader family but are told apart, as
    each reader opens its own kind only.
    """
    found = sniff(path)
    if found is None or found.ext == Path(path).suffix.lower():
        return None
    return found
