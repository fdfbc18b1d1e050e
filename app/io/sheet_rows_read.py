"""A workbook sheet's cells read with calamine while a progress callback hears Cancel.

calamine parses a whole sheet in one call (``get_sheet_by_name``: ~1.2 s of CPU for
150,000 rows) and lets go of the interpreter lock meanwhile; with a progress callback
the call runs in a helper thread and the caller asks the callback every 20 ms, so a
Cancel is heard at once and the cancelled parse ends alone, its sheet dropped. The
cells are then handed over a block of rows at a time (``iter_rows``), reporting after
each block, instead of in one ``to_python`` call that holds the lock throughout.
Without a callback both are the plain calls, as before.
"""

from __future__ import annotations

import threading
from itertools import islice
from typing import Any

import python_calamine as pc

from app.domain.progress import Progress, report

_WAIT_S = 0.02  # how often a waiting read asks whether to go on
ROWS_STEP = 4096  # rows handed over between two reports
LOADED = 80  # of 100: the share of a sheet's read that calamine's parse takes


def sheet_cells(
    wb: pc.CalamineWorkbook, name: str, progress: Progress | None = None
) -> tuple[pc.CalamineSheet, list[list[Any]]]:
    """The sheet ``name`` and its cells from A1 (``to_python(skip_empty_area=False)``).

    ``progress`` hears ``(done, 100)`` while the sheet is parsed (it stands at 0 then:
    calamine tells nothing of how far it is) and as its rows are handed over, and
    stops the read with CancelledError when it answers False. The checks a caller
    makes on the sheet's size (``total_height``...) come before its cells: call
    :func:`load_sheet` and :func:`cells` apart for them.
    """
    sheet = load_sheet(wb, name, progress)
    return sheet, cells(sheet, progress)


def load_sheet(
    wb: pc.CalamineWorkbook, name: str, progress: Progress | None = None
) -> pc.CalamineSheet:
    """``wb.get_sheet_by_name(name)``; with ``progress``, in a helper thread while the
    callback is asked every 20 ms (see the module's docstring). Whatever the parse
    raises is raised here, in the caller's thread."""
    if progress is None:
        return wb.get_sheet_by_name(name)
    got: list[pc.CalamineSheet] = []
    failed: list[BaseException] = []

    def parse() -> None:
        try:
            got.append(_parse_sheet(wb, name))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            failed.append(exc)

    helper = threading.Thread(target=parse, name=f"sheet read: {name}", daemon=True)
    report(progress, 0, 100)
    helper.start()
    while True:
        helper.join(_WAIT_S)
        if not helper.is_alive():
            break
        report(progress, 0, 100)  # a cancel leaves the helper to end alone, unread
    if failed:
        raise failed[0]
    report(progress, LOADED, 100)
    return got[0]


def _parse_sheet(wb: pc.CalamineWorkbook, name: str) -> pc.CalamineSheet:
    """calamine's parse of one sheet (apart, for tests to hold it)."""
    return wb.get_sheet_by_name(name)


def cells(sheet: pc.CalamineSheet, progress: Progress | None = None) -> list[list[Any]]:
    """The sheet's cells from A1, as ``to_python(skip_empty_area=False)`` gives them;
    with ``progress``, ``ROWS_STEP`` rows at a time, reporting after each block."""
    start = sheet.start
    if progress is None or start is None:
        return sheet.to_python(skip_empty_area=False)
    # iter_rows gives the rows above the first value (as wide as the cells) but not the
    # columns left of it: those are added, so the rows are to_python's.
    pad: list[Any] = [""] * start[1]
    total = sheet.total_height + 1
    rows: list[list[Any]] = []
    found = iter(sheet.iter_rows())
    while True:
        block = list(islice(found, ROWS_STEP))
        if not block:
            break
        if pad:
            block = [pad + row for row in block]
        rows += block
        report(progress, LOADED + (100 - LOADED) * min(len(rows), total) // total, 100)
    report(progress, 100, 100)
    return rows


def forward_only(progress: Progress) -> Progress:
    """``progress`` that never goes back: a workbook whose first sheets are not the plan
    reads several sheets, each reporting from its start; the bar stays where it got."""
    furthest = [0]

    def ahead(done: int, total: int) -> bool:
        furthest[0] = max(furthest[0], done)
        return progress(furthest[0], total)

    return ahead
