"""Compare with Plan's table: the Finish line above it, the Show box that keeps one section
of the changes (Slipped, Progress, Added/Removed, Costs...) and columns that sort.

week1 -> week6 of a tracked plan lists 479 changes; a PM wants the tasks that slipped, or
this week's progress, alone. The sections are the report's (app/cli/diff_sections.py,
named in :attr:`DiffReport.sections`); a click on a heading sorts by that column, a move's
Difference by how far it moved (``+12.5d working`` after ``+3d working``), not as text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from app.report.diff_report import CHANGE_HEADERS, DiffReport

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's section, on its first cell
_DIFFERENCE = CHANGE_HEADERS.index("Difference")
_FIGURE = re.compile(r"^([+-]?)(\d+(?:[.,]\d+)?)(\w*)")
# a length's unit in working minutes at 8 hours a day, to order moves of mixed units
_UNITS = {"m": 1, "h": 60, "d": 480, "w": 2400, "mo": 9600}


def finish_text(report: DiffReport) -> str:
    """``Project Finish 2013-05-13 15:00 -> 2013-05-16 11:36 (+2.7d working, ...)``; the
    Start beside it when it moved too ("": no dates compared)."""
    dates = {f[0]: f for f in report.figures if f[0] in ("Start", "Finish")}
    finish = dates.get("Finish")
    if finish is None:
        return ""
    _, old, new, change = finish
    text = (
        f"Project Finish {old} -> {new} ({change})"
        if change
        else f"Project Finish {new}, as before"
    )
    start = dates.get("Start")
    if start is not None and start[3]:
        text += f";  Start {start[1]} -> {start[2]} ({start[3]})"
    return text


def section_box(report: DiffReport) -> QComboBox:
    """The Show box: All, then each section the report has, with how many rows it holds."""
    box = QComboBox()
    box.addItem(f"All ({len(report.rows)})", "")
    counts: dict[str, int] = {}
    for section in report.sections:
        counts[section] = counts.get(section, 0) + 1
    for section, count in counts.items():
        box.addItem(f"{section} ({count})", section)
    return box


class _SortedItem(QTableWidgetItem):
    """A cell that sorts by its key (a move's working minutes), else by its text."""

    def __init__(self, text: str, key: float | None = None) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        theirs = other.key if isinstance(other, _SortedItem) else None
        if self.key is not None and theirs is not None:
            return self.key < theirs
        if (self.key is None) != (theirs is None):  # figures first, blanks last either way
            table = self.tableWidget()
            down = table is not None and (
                table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            )
            return (self.key is None) if down else (self.key is not None)
        return self.text() < other.text()


def difference_key(text: str) -> float | None:
    """``+12.5d working`` as working minutes (``-4h`` -240); None: no length leads it."""
    found = _FIGURE.match(text.strip())
    if found is None or found.group(3) not in _UNITS:
        return None
    sign, figure, unit = found.groups()
    value = float(figure.replace(",", ".")) * _UNITS[unit]
    return -value if sign == "-" else value


def fill_rows(table: QTableWidget, report: DiffReport) -> None:
    """Put ``report``'s rows in ``table`` (sorting off while filling), each row's section on
    its first cell for the Show box."""
    table.setSortingEnabled(False)
    sections = report.sections if len(report.sections) == len(report.rows) else ()
    for r, row in enumerate(report.rows):
        for c, text in enumerate(row):
            item = _SortedItem(text, difference_key(text) if c == _DIFFERENCE else None)
            if c == 0 and sections:
                item.setData(SECTION_ROLE, sections[r])
            table.setItem(r, c, item)
