"""Checks made before a workbook is parsed: file type, encryption, zip bombs, sheet size.

A spreadsheet from a client is untrusted input. Zip-based workbooks
(.xlsx, .ods) are refused when their directory announces more data than any
real plan holds, or a compression ratio only a zip bomb reaches; a
password-protected workbook is an OLE file even when named .xlsx.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import FileFormatError
from app.io.sheet_mapping import column_letter

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class WorkbookLimits:
    """The largest workbook we agree to read."""

    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed/compressed for one large member
    ratio_floor_bytes: int = 4 * 1024 * 1024  # smaller members may compress as they like
    max_members: int = 10_000
    max_rows: int = 200_000
    # rows x columns of one sheet as read (~40 bytes a cell in memory: 400 MB at most)
    max_cells: int = 10_000_000


DEFAULT_LIMITS = WorkbookLimits()


def check_workbook_file(path: Path, limits: WorkbookLimits = DEFAULT_LIMITS) -> None:
    """Raise FileFormatError unless ``path`` looks like a workbook we can safely open."""
    name = path.name
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise FileFormatError(f"{name}: cannot be read ({exc.strerror})") from None
    ext = path.suffix.lower()
    if magic.startswith(_OLE):
        if ext in (".xlsx", ".ods"):
            raise FileFormatError(
                f"{name}: the workbook is password-protected; "
                "save an unprotected copy and import that"
            )
        if ext == ".xls":
            return
    if ext == ".xls":
        raise FileFormatError(f"{name}: is not an Excel 97-2003 (.xls) workbook")
    if not magic.startswith(_ZIP):
        raise FileFormatError(f"{name}: is not a {ext or 'spreadsheet'} workbook (wrong file type)")
    _check_zip(path, limits)


def _check_zip(path: Path, limits: WorkbookLimits) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, OSError):
        raise FileFormatError(
            f"{path.name}: the workbook is damaged (not a readable zip)"
        ) from None
    if len(members) > limits.max_members:
        raise FileFormatError(f"{path.name}: holds {len(members)} parts; refused as unsafe")
    total = 0
    for m in members:
        total += m.file_size
        if m.file_size > limits.ratio_floor_bytes and m.file_size > limits.max_ratio * max(
            m.compress_size, 1
        ):
            raise FileFormatError(
                f"{path.name}: part {m.filename} unpacks {m.file_size // m.compress_size or 1}x "
                "its size; refused as a possible zip bomb"
            )
    if total > limits.max_uncompressed_bytes:
        raise FileFormatError(
            f"{path.name}: unpacks to {total // (1024 * 1024)} MB, more than the "
            f"{limits.max_uncompressed_bytes // (1024 * 1024)} MB a plan may hold; refused"
        )


def check_rows(sheet: str, rows: int, limits: WorkbookLimits = DEFAULT_LIMITS) -> None:
    """Refuse a sheet with more rows than a plan can sensibly have."""
    if rows > limits.max_rows:
        raise FileFormatError(
            f"{sheet}: {rows:,} rows is more than the {limits.max_rows:,} a plan sheet may have; "
            "split the sheet or delete unused rows"
        )


def check_cells(
    sheet: str, rows: int, columns: int, limits: WorkbookLimits = DEFAULT_LIMITS
) -> None:
    """Refuse a sheet whose cells, read as a block from A1, would be more than a plan needs.

    A sheet is read as every row by every column up to its last value: one stray value in
    XFD5000 of a 5 KB file is 82 million cells (some 3 GB), which the row limit lets by.
    """
    if rows * columns > limits.max_cells:
        raise FileFormatError(
            f"{sheet}: its cells reach {column_letter(columns - 1)}{rows} ({rows:,} rows by "
            f"{columns:,} columns), more than the {limits.max_cells:,} cells a sheet may have; "
            "delete the rows and columns past the plan (a value far to the right or below "
            "makes the whole block count)"
        )
