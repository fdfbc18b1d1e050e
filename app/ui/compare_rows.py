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
_ITEM = CHANGE_HEADERS.index("Item")
_WORK = CHANGE_HEADERS.index("Work change")
_COST = CHANGE_HEADERS.index("Cost change")
_TASK_ID = re.compile(r"^ID (\d+)\b")
# the project named as an older report did: by its own uid (``project 0 'Site'``), lowercase
_PROJECT_UID = re.compile(r"^project(?: \d+)? '", re.IGNORECASE)
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


def figure_line(figure: tuple[str, str, str, str]) -> str:
    """A project figure above the table: ``Cost: $1.00 -> $2.00 (+$1.00)``; one that did not
    change said once, ``Start: 2012-12-24 08:00, unchanged`` (not ``X -> X``)."""
    title, old, new, change = figure
    if old == new:
        return f"{title}: {new}, unchanged"
    return f"{title}: {old} -> {new}" + (f" ({change})" if change else "")


def item_shown(text: str) -> str:
    """An Item as the table shows it: the project as the report names it (``Project 'Site'``,
    app/cli/diff_items.project_words), also where a row came worded the old way, with its
    uid (``project 0 'Site'``) or lowercase."""
    return _PROJECT_UID.sub("Project '", text, count=1)


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


def item_key(text: str) -> float | None:
    """``ID 100 'Go-live'`` as 100, so ID 2 sorts before ID 10 as in MS Project; None: not
    a task (the project, a resource...), after the tasks."""
    found = _TASK_ID.match(text)
    return float(found.group(1)) if found else None


def money_key(plain: str) -> float | None:
    """A CSV's bare amount (``-640.00``, ``3600.00``) as a number; None: blank or not one."""
    try:
        return float(plain)
    except ValueError:
        return None


def _keys(report: DiffReport, r: int, row: tuple[str, ...]) -> list[float | None]:
    """Row ``r``'s sort keys by column: Item by task ID, Difference and Work change by working
    minutes, Cost change by amount, read from the plain report's bare figures (``2480h``,
    ``3600.00``) so a thousands separator or a currency sign cannot mislead; None: by text."""
    plain = report.plain
    bare = plain.rows[r] if plain is not None and len(plain.rows) == len(report.rows) else row
    keys: list[float | None] = [None] * len(row)
    keys[_ITEM] = item_key(row[_ITEM])
    keys[_DIFFERENCE] = difference_key(row[_DIFFERENCE])
    keys[_WORK] = difference_key(bare[_WORK]) if bare is not row else None
    keys[_COST] = money_key(bare[_COST]) if bare is not row else None
    return keys


def fill_rows(table: QTableWidget, report: DiffReport) -> None:
    """Put ``report``'s rows in ``table`` (sorting off while filling), each row's section on
    its first cell for the Show box."""
    table.setSortingEnabled(False)
    sections = report.sections if len(report.sections) == len(report.rows) else ()
    for r, row in enumerate(report.rows):
        keys = _keys(report, r, row)
        for c, text in enumerate(row):
            shown = item_shown(text) if c == _ITEM else text
            item = _SortedItem(shown, keys[c] if c < len(keys) else None)
            if c == 0 and sections:
                item.setData(SECTION_ROLE, sections[r])
            table.setItem(r, c, item)
