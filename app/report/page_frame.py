"""What every printed page carries: header, footer and legend (Gantt and tabular reports alike)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPolygonF

from app.report.columns import format_date
from app.report.fonts import report_font
from app.report.gantt_paint import Colors

HEADER_H = 30.0
FOOTER_H = 18.0
LEGEND_H = 16.0


@dataclass(frozen=True, slots=True)
class PageInfo:
    """Texts of the header and footer of one page."""

    project: str
    status_date: datetime | None
    printed_on: date
    row: int  # 1-based page row
    col: int  # 1-based page column
    rows: int
    cols: int
    title: str = ""

    @property
    def page_label(self) -> str:
        """``Page r/c of RxC`` for a grid of pages; ``Page r of R`` when one page wide."""
        if self.cols == 1:
            return f"Page {self.row} of {self.rows}"
        return f"Page {self.row}/{self.col} of {self.rows}x{self.cols}"


def _font(size: float, bold: bool = False) -> QFont:
    return report_font(size, bold)


def paint_header(p: QPainter, info: PageInfo, width: float) -> None:
    """Project name (and title) left, status date centre, printed date right."""
    rect = QRectF(0, 0, width, HEADER_H - 8)
    p.setPen(Colors.text)
    p.setFont(_font(11, bold=True))
    name = f"{info.project} — {info.title}" if info.title else info.project
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
    p.setFont(_font(8))
    if info.status_date is not None:
        p.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            f"Status date: {format_date(info.status_date)}",
        )
    p.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        f"Printed: {info.printed_on.isoformat()}",
    )
    p.setPen(QPen(Colors.grid, 0.6))
    p.drawLine(QLineF(0, HEADER_H - 5, width, HEADER_H - 5))


def paint_footer(p: QPainter, info: PageInfo, top: float, width: float) -> None:
    """Page label centred under a rule."""
    p.setPen(QPen(Colors.grid, 0.6))
    p.drawLine(QLineF(0, top + 3, width, top + 3))
    p.setPen(Colors.text)
    p.setFont(_font(8))
    rect = QRectF(0, top + 4, width, FOOTER_H - 4)
    p.drawText(
        rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), info.page_label
    )
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), info.project)


def paint_legend(p: QPainter, top: float, width: float, baseline: bool, slack: bool) -> None:
    """Swatches for the bar styles the chart uses."""
    p.setFont(_font(7))
    x = 0.0
    y = top + LEGEND_H / 2
    items = ["task", "critical", "progress", "summary", "milestone"]
    if baseline:
        items.append("baseline")
    if slack:
        items.append("slack")
    labels = {
        "task": "Task",
        "critical": "Critical task",
        "progress": "Progress",
        "summary": "Summary",
        "milestone": "Milestone",
        "baseline": "Baseline",
        "slack": "Slack",
    }
    p.setPen(Colors.text)
    p.drawText(QPointF(x, y + 3), "Legend:")
    x += 38
    for key in items:
        if x > width - 60:
            break
        swatch = QRectF(x, y - 3.5, 16, 7)
        p.setPen(Qt.PenStyle.NoPen)
        if key == "task":
            p.fillRect(swatch, Colors.bar)
        elif key == "critical":
            p.fillRect(swatch, Colors.critical)
        elif key == "progress":
            p.fillRect(swatch, Colors.bar)
            p.fillRect(QRectF(x, y - 1.2, 10, 2.4), Colors.progress)
        elif key == "summary":
            p.fillRect(QRectF(x, y - 3.5, 16, 3), Colors.summary)
        elif key == "milestone":
            p.setBrush(Colors.milestone)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x + 8, y - 4),
                        QPointF(x + 12, y),
                        QPointF(x + 8, y + 4),
                        QPointF(x + 4, y),
                    ]
                )
            )
        elif key == "baseline":
            p.fillRect(QRectF(x, y - 1.5, 16, 3), Colors.baseline)
        else:
            p.fillRect(QRectF(x, y - 1.2, 16, 2.5), Colors.slack)
        p.setPen(Colors.text)
        p.drawText(QPointF(x + 20, y + 3), labels[key])
        x += 28 + len(labels[key]) * 4.2
