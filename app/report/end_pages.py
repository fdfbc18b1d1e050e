"""The pages printed after a Gantt's grid: the legend page and the task notes.

Page Setup's legend "On the last page" (MS Project's "Legend page") prints the legend once,
on a page of its own after the chart, rather than at the foot of every page; "Print notes"
(MS Project's Page Setup > View) prints the notes of the printed tasks, each under its ID
and name, on pages at the end. Both pages keep the header and footer of the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from app.domain.page_setup import LegendOn, PageSetup, fill
from app.domain.plan import Plan
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.page_frame import legend_height, paint_legend
from app.report.page_texts import legend_text_width, paint_legend_text
from app.report.table_lines import wrapped_lines

TITLE_H = 20.0  # the notes' title ("Notes") line
TASK_H = 14.0  # a task's ID and name over its note
NOTE_INDENT = 24.0
GAP_AFTER = 6.0  # under a task's note, before the next task


@dataclass(frozen=True, slots=True)
class NoteLine:
    """One line of the notes pages: a task's ID and name (``head``) or a line of its note."""

    text: str
    head: bool
    height: float


def note_lines(plan: Plan, uids: Sequence[int], width: float) -> list[NoteLine]:
    """The lines the printed tasks' notes take, in the order the rows print: each task with
    a note, its ID and name in bold, its note under it, wrapped to ``width``."""
    font = QFontMetricsF(report_font(8))
    step = font.lineSpacing()
    lines: list[NoteLine] = []
    for uid in uids:
        if not plan.has_task(uid):
            continue
        task = plan.task(uid)
        if not task.notes.strip():
            continue
        lines.append(NoteLine(f"{plan.index_of(uid) + 1}  {task.name}", True, TASK_H))
        body = wrapped_lines(task.notes.strip(), width - NOTE_INDENT, font.horizontalAdvance)
        lines += [NoteLine(line, False, step) for line in body]
        lines[-1] = NoteLine(lines[-1].text, False, lines[-1].height + GAP_AFTER)
    return lines


def _cut(lines: Sequence[NoteLine], first_room: float, room: float) -> list[tuple[int, int]]:
    """Each page's lines as (first, end): as many as its room holds, at least one a page."""
    cuts: list[tuple[int, int]] = []
    first, used, space = 0, 0.0, first_room
    for i, line in enumerate(lines):
        if i > first and used + line.height > space + 1e-6:
            cuts.append((first, i))
            first, used, space = i, 0.0, room
        used += line.height
    if lines:
        cuts.append((first, len(lines)))
    return cuts


class EndPages:
    """Which pages follow the grid, and what each holds, on pages ``width`` x ``height``
    points under the header (``height``: the room between the header and the footer)."""

    def __init__(
        self,
        plan: Plan,
        uids: Sequence[int],
        setup: PageSetup,
        width: float,
        height: float,
        legend: Mapping[str, Any],
    ) -> None:
        self.setup = setup
        self.width = width
        self.legend = dict(legend)  # page_frame.paint_legend's keyword arguments
        self.legend_page = setup.legend is LegendOn.LAST_PAGE
        self.legend_h = 0.0
        if self.legend_page:
            room = legend_text_width(setup.legend_text, width)
            self.legend_h = legend_height(width - room, **self.legend) + GAP_AFTER
        self.lines = note_lines(plan, uids, width) if setup.print_notes else []
        # each page's notes under the title's room; the first page's also under the legend
        room = max(height - TITLE_H, TASK_H)
        self.cuts = _cut(self.lines, room - self.legend_h, room)
        if self.legend_page and not self.cuts:
            self.cuts = [(0, 0)]

    def __len__(self) -> int:
        return len(self.cuts)

    def paint(self, p: QPainter, index: int, top: float, values: Mapping[str, str]) -> None:
        """Draw end page ``index`` (0: the first after the grid) from ``top`` down."""
        y = top
        if index == 0 and self.legend_page:
            text = fill(self.setup.legend_text, values)
            room = legend_text_width(text, self.width)
            paint_legend_text(p, text, y, room, self.legend_h)
            p.save()
            p.translate(room, 0)
            paint_legend(p, y, self.width - room, **self.legend)
            p.restore()
            y += self.legend_h
        first, end = self.cuts[index]
        if first == end:
            return
        p.setPen(Colors.text)
        if first == 0:
            p.setFont(report_font(11, bold=True))
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            p.drawText(QRectF(0, y, self.width, TITLE_H - 4), flags, "Notes")
            p.setPen(QPen(Colors.grid, 0.6))
            p.drawLine(QLineF(0, y + TITLE_H - 3, self.width, y + TITLE_H - 3))
        y += TITLE_H
        bold, plain = report_font(8, bold=True), report_font(8)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for line in self.lines[first:end]:
            p.setPen(Colors.text)
            p.setFont(bold if line.head else plain)
            x = 0.0 if line.head else NOTE_INDENT
            metrics = QFontMetricsF(p.font())
            shown = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, self.width - x)
            rect = QRectF(x, y + (3 if line.head else 0), self.width - x, line.height)
            p.drawText(rect, left, shown)
            y += line.height
