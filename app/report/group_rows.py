"""Group header rows (View > Group by) as the sheet, the chart and the printout draw them.

MS Project shades a group's header row by its depth (the first level yellow, the
second light blue, the third light green), writes its label in the Name cell in
bold and its rolled-up figures in the Duration, Start, Finish, % Complete, Work
and Cost cells, and draws a group bar across the chart from the group's first
start to its last finish, shaped as a summary's bracket. Screen and paper call
the same functions here, so both look alike. On paper a label wider than the Task Name
column wraps onto a second and third line of a taller row, as a task's name does
(app/report/name_rows.py): :func:`group_row_heights` gives the rows' heights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPolygonF

from app.domain.grouping_rows import GROUP_KEY_LIMIT, TaskGroup
from app.domain.notation import format_span, format_work
from app.domain.percent_shown import shown_percent
from app.domain.project import Project
from app.report.columns import Column
from app.report.fonts import report_font
from app.report.gantt_paint import ChartRow
from app.report.locale_dates import printed_date
from app.report.locale_numbers import Marks, local_figure, local_money, locale_marks
from app.report.name_rows import NAME_LINES, NAME_PAD, paint_wrapped_name
from app.report.table_lines import wrapped_lines
from app.report.timescale import Timescale

# Row fill by group depth (1, 2, 3), as MS Project's default group colours.
GROUP_FILLS = (QColor(255, 240, 150), QColor(200, 228, 250), QColor(214, 236, 200))
GROUP_BAR = QColor(70, 70, 78)  # the group bar: a summary's bracket in dark grey
TEXT = QColor(20, 20, 20)


def group_fill(level: int) -> QColor:
    """The background of a group header row at a depth (1 first)."""
    return GROUP_FILLS[min(max(level, 1), len(GROUP_FILLS)) - 1]


def group_text(
    group: TaskGroup,
    key: str,
    project: Project,
    date_text: Callable[[datetime | None], str],
    marks: Marks | None = None,
) -> str:
    """A group header row's cell, by the printed column's key ("name", "duration"...):
    its label, its figures, "" for the others. ``date_text`` writes the dates as the
    rest of the table does; ``marks``, the separators its figures take (None: the
    reader's locale's, as the task rows' cells: ``12,5d``, ``1.234,50 €`` in German)."""
    rollup = group.rollup
    if key == "name":
        return group.label
    if key == "duration":
        return local_figure(format_span(rollup.duration_minutes, project), marks or locale_marks())
    if key == "start":
        return date_text(rollup.start)
    if key == "finish":
        return date_text(rollup.finish)
    if key == "percent":
        return f"{shown_percent(rollup.percent_complete)}%"
    if key == "work":
        return local_figure(format_work(rollup.work_minutes, project), marks or locale_marks())
    if key == "cost":
        return local_money(project, rollup.cost, marks or locale_marks())
    return ""


def row_levels(groups: Iterable[TaskGroup]) -> dict[int, int]:
    """The level each task's row is drawn at under its group, by uid, as the grouped sheet
    indents it: the group's depth plus the task's level inside it (1, or its outline level
    when the hierarchy is kept). A task in two groups sits at the same depth in both."""
    levels: dict[int, int] = {}
    for group in groups:
        for uid, level in group.rows:
            levels[uid] = group.level + level
    return levels


def _label_text(group: TaskGroup) -> str:
    """The Name cell's text of a group's header row: its label, indented by its depth."""
    return "   " * (group.level - 1) + group.label


def group_row_heights(
    groups: Mapping[int, TaskGroup],
    uids: Sequence[int],
    columns: Sequence[Column],
    heights: list[float] | None,
    row_h: float,
    font_px: int = 8,
) -> list[float] | None:
    """``heights`` (app/report/name_rows.name_row_heights: None when every row is one line)
    with each group header row among ``uids`` as tall as its label takes in the Task Name
    column (bold, indented by depth; at most NAME_LINES lines); None when every row is
    still one line, or no Task Name column is printed."""
    column = next((c for c in columns if c.key == "name"), None)
    if column is None or not groups:
        return heights
    room = column.width - NAME_PAD
    bold = QFontMetricsF(report_font(font_px, bold=True))
    advance = bold.horizontalAdvance
    for i, key in enumerate(uids):
        group = groups.get(key) if key < GROUP_KEY_LIMIT else None
        if group is None or advance(text := _label_text(group)) <= room:
            continue
        if heights is None:
            heights = [row_h] * len(uids)
        lines = len(wrapped_lines(text, room, advance, NAME_LINES))
        heights[i] = row_h + (lines - 1) * bold.lineSpacing()
    return heights


def paint_group_bar(
    p: QPainter, scale: Timescale, group: TaskGroup, top: float, height: float
) -> QRectF | None:
    """Draw a group's bar in its header row (a bracket from its first start to its last
    finish); returns where it went (None: no task of the group has dates)."""
    start, finish = group.rollup.start, group.rollup.finish
    if start is None or finish is None:
        return None
    x0, x1 = scale.x_of(start), scale.x_of(finish)
    w = max(x1 - x0, 1.0)
    y0, y1 = top + height * 0.22, top + height * 0.74
    h = y1 - y0
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GROUP_BAR)
    p.drawRect(QRectF(x0, y0, w, h * 0.7))
    tip = min(h * 0.6, max(w / 2, 1))
    for x, dx in ((x0, 1), (x0 + w, -1)):
        p.drawPolygon(QPolygonF([QPointF(x, y0), QPointF(x + dx * tip, y0), QPointF(x, y1)]))
    p.restore()
    return QRectF(x0, y0, w, h)


def paint_group_cells(
    p: QPainter,
    columns: Sequence[Column],
    row: ChartRow,
    group: TaskGroup,
    project: Project,
    font: QFont,
) -> None:
    """A group header row of a printed table: shaded by depth, its label and figures in
    bold, the label indented by its depth as the sheet draws it; in a row with room for
    more lines (:func:`group_row_heights`) a long label wraps onto them, as a task's name."""
    width = sum(c.width for c in columns)
    p.fillRect(QRectF(0, row.top, width, row.height), group_fill(group.level))
    p.setFont(font)
    metrics = QFontMetricsF(font)
    p.setPen(TEXT)
    x = 0.0
    marks = locale_marks()  # once a row
    for col in columns:
        text = group_text(group, col.key, project, printed_date, marks)
        cell = QRectF(x + 3, row.top, col.width - 6, row.height)
        if text and col.key == "name" and row.height >= 2 * metrics.lineSpacing():  # room
            paint_wrapped_name(p, cell, _label_text(group))
        elif text:
            indent = "   " * (group.level - 1) if col.key == "name" else ""
            shown = metrics.elidedText(indent + text, Qt.TextElideMode.ElideRight, col.width - 6)
            side = Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft
            p.drawText(cell, int(side | Qt.AlignmentFlag.AlignVCenter), shown)
        x += col.width


def paint_group_bars(
    p: QPainter, scale: Timescale, rows: Iterable[ChartRow], groups: Mapping[int, TaskGroup]
) -> int:
    """Draw the group bar of each header row among ``rows``; returns how many were drawn."""
    drawn = 0
    if not groups:
        return drawn
    for row in rows:
        group = groups.get(row.uid)
        if group is not None and paint_group_bar(p, scale, group, row.top, row.height):
            drawn += 1
    return drawn
