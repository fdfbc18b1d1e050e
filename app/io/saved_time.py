"""When a plan file says it was last saved, from the file's own words (not its mtime).

The change report's header said ``saved 2026-11-28 08:10`` from each file's modification
time, which a copy, a download or a mail client resets: a client's workbook saved on
Monday read as saved when it was copied on Friday. The file's own record is kept where
the format has one:

- MS Project XML: the project's ``<LastSaved>`` (a local time, as MS Project writes it);
- .xlsx: the package's ``dcterms:modified`` (docProps/core.xml, UTC), which Excel,
  LibreOffice and openpyxl set on every save;
- .ods: the document's ``dc:date`` (meta.xml).

A .gantry keeps no such time (every edit is committed at once; the store has no
saved-at field), nor does a .csv or a .gan: for these, and for a file whose record is
missing or unreadable, :func:`saved_time` gives None and the caller says what the file
system knows (``file modified ...``).
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

_CORE = "docProps/core.xml"
_MODIFIED = "{http://purl.org/dc/terms/}modified"
_ODS_META = "meta.xml"
_ODS_DATE = "{http://purl.org/dc/elements/1.1/}date"
# MSPDI's project elements come before these lists: no need to read past them
_PROJECT_LISTS = frozenset({"Calendars", "Tasks", "Resources", "Assignments"})


def saved_time(path: Path) -> datetime | None:
    """When ``path`` says it was last saved, as a local wall-clock time (None: the format
    keeps no such time, or this file gives none that can be read)."""
    try:
        suffix = path.suffix.lower()
        if suffix == ".xml":
            return _mspdi_saved(path)
        if suffix == ".xlsx":
            return _package_time(path, _CORE, _MODIFIED)
        if suffix == ".ods":
            return _package_time(path, _ODS_META, _ODS_DATE)
    except (OSError, ValueError, KeyError, ParseError, zipfile.BadZipFile, DefusedXmlException):
        return None  # the header then says the file's modification time
    return None


def _local(text: str | None) -> datetime | None:
    """``2026-11-28T08:10:54Z`` (or a local ``2013-01-24T12:12:00``) as a local naive time."""
    if not text or not text.strip():
        return None
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _bare(tag: str) -> str:
    return tag.rpartition("}")[2]


def _mspdi_saved(path: Path) -> datetime | None:
    """The project's ``<LastSaved>``, read without reading the tasks."""
    depth = 0
    # the file opened here: iterparse given a name leaves it open when left early (before
    # Python 3.13), and the ResourceWarning then surfaced in whichever test ran next
    with path.open("rb") as source:
        for event, element in iterparse(source, events=("start", "end")):
            assert isinstance(element, Element)
            if event == "start":
                depth += 1
                if depth == 2 and _bare(element.tag) in _PROJECT_LISTS:
                    return None
                continue
            depth -= 1
            if depth == 1 and _bare(element.tag) == "LastSaved":
                return _local(element.text)
    return None


def _package_time(path: Path, member: str, tag: str) -> datetime | None:
    """The time ``tag`` holds in ``member`` of a zipped document (None: none there)."""
    with zipfile.ZipFile(path) as package:
        if member not in package.namelist():
            return None
        root = fromstring(package.read(member))
    found = root.find(f".//{tag}")
    return None if found is None else _local(found.text)
