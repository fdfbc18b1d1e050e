"""The status report's picture: a Gantt of the plan's phases (outline levels 1-2).

Names left, bars right over a month scale; the baseline as a thin grey bar
under each bar, progress as a dark line inside it, the status date as a
purple line. Same palette as the printed Gantt (:class:`Colors`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF

from app.domain.percent_shown import shown_percent
from app.domain.status_lines import PhaseLine
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.timescale_names import date_names

ROW_H = 12.0
SCALE_H = 14.0
LEGEND_H = 14.0
MAX_ROWS = 45  # rows the picture shows (a page holds about 55)
NAME_SHARE = 0.34  # of the width, for the names
_END_MARGIN = 5.0  # points left free at each end of the time axis for the bars' end marks
_STEPS = (1, 2, 3, 6, 12)  # months between two labels of the scale


def chart_rows(
    phases: Sequence[PhaseLine], limit: int = MAX_ROWS
) -> tuple[list[PhaseLine], bool, int]:
    """The rows the picture shows, whether only level 1 is kept, and how many are cut.

    Levels 1 and 2 when they fit in ``limit`` rows, else level 1 only; past
    ``limit`` rows the rest is cut (the caller says so).
    """
    rows = list(phases)
    level_one = len(rows) > limit and any(r.level > 1 for r in rows)
    if level_one:
        rows = [r for r in rows if r.level == 1]
    return rows[:limit], level_one, max(len(rows) - limit, 0)


def chart_height(rows: int) -> float:
    """Height of the picture with ``rows`` rows."""
    return SCALE_H + rows * ROW_H + LEGEND_H + 4


def _span(rows: Sequence[PhaseLine]) -> tuple[datetime, datetime]:
    moments = [r.start for r in rows] + [r.finish for r in rows]
    moments += [m for r in rows for m in (r.baseline_start, r.baseline_finish) if m is not None]
    first = datetime.combine(min(moments).date(), datetime.min.time())
    last = datetime.combine(max(moments).date() + timedelta(days=1), datetime.min.time())
    return first, max(last, first + timedelta(days=7))


def _month_starts(first: datetime, last: datetime, step: int) -> list[date]:
    day = date(first.year, first.month, 1)
    out: list[date] = []
    while datetime.combine(day, datetime.min.time()) < last:
        out.append(day)
        month = day.month - 1 + step
        day = date(day.year + month // 12, month % 12 + 1, 1)
    return out


def tick_label(moment: datetime, fmt: str) -> str:
    """A scale's label in the reader's names, as the printed Gantt's timescale writes them:
    a week by its Monday (``2 Mar``; ``2. März`` in German), else its month (``Mar 2027``;
    ``März 2027``). ``fmt``: :func:`scale_ticks`' second value."""
    names = date_names()
    return names.dated(moment, year=False) if fmt == "week" else names.month_heading(moment)


def _label_width(metrics: QFontMetricsF, fmt: str) -> float:
    """The room a label of ``fmt`` (:func:`scale_ticks`' second value) needs: the widest in
    the reader's names, of the months' headings (``May 2027`` in English, ``2027. szept.``
    in Hungarian, ``marras 2027`` in Finnish: September's alone let those overlap the next)
    or of the weeks' labels (``28 May``, ``28. Sept.``)."""
    names = date_names()
    days = [date(2027, month, 28) for month in range(1, 13)]  # a two-digit day, any year's
    if fmt == "week":
        labels = [names.dated(day, year=False) for day in days]
    else:
        labels = [names.month_heading(day) for day in days]
    return max(metrics.horizontalAdvance(label) for label in labels) + 6


def scale_ticks(
    first: datetime, last: datetime, width: float, metrics: QFontMetricsF
) -> tuple[list[datetime], str]:
    """Where the scale has a line and a label, and the label's format ("week": "2 Mar").

    Months (every 1, 2, 3, 6 or 12, as far apart as a label needs); a plan
    of under three months gets weeks, labelled by their Monday.
    """
    span_days = (last - first).total_seconds() / 86400
    if span_days < 90:
        label_w = _label_width(metrics, "week")
        weeks = max(span_days / 7, 1.0)
        step = next((s for s in (1, 2, 4) if width / weeks * s >= label_w), 4)
        monday = first.date() + timedelta(days=(7 - first.weekday()) % 7)
        out = []
        while datetime.combine(monday, datetime.min.time()) < last:
            out.append(datetime.combine(monday, datetime.min.time()))
            monday += timedelta(weeks=step)
        return out, "week"
    months = span_days / 30.4
    label_w = _label_width(metrics, "%b %Y")
    step = next((s for s in _STEPS if width / months * s >= label_w), 12)
    starts = _month_starts(first, last, step)
    return [datetime.combine(d, datetime.min.time()) for d in starts], "%b %Y"


def paint_phase_chart(
    p: QPainter, top: float, width: float, rows: Sequence[PhaseLine], status_date: datetime
) -> None:
    """Draw the picture of ``rows`` from ``top``, ``width`` wide (``chart_height`` tall)."""
    if not rows:
        return
    name_w = width * NAME_SHARE
    # The time axis is inset by half a milestone's diamond (the widest mark) at each end,
    # so the marks of a bar on the first or last day are drawn whole, not clipped.
    chart_x, chart_w = name_w + _END_MARGIN, width - name_w - 2 * _END_MARGIN
    first, last = _span(rows)
    seconds = (last - first).total_seconds()

    def x_of(moment: datetime) -> float:
        return chart_x + chart_w * (moment - first).total_seconds() / seconds

    small = report_font(7)
    metrics = QFontMetricsF(small)
    body_top = top + SCALE_H
    body_h = len(rows) * ROW_H
    p.setFont(small)
    ticks, fmt = scale_ticks(first, last, chart_w, metrics)
    label_w = _label_width(metrics, fmt)
    for k, moment in enumerate(ticks):
        x = x_of(moment)
        nxt = x_of(ticks[k + 1]) if k + 1 < len(ticks) else chart_x + chart_w
        if x < chart_x:  # the month began before the chart: label its part only if there is room
            x = chart_x
            if nxt - x < label_w:
                continue
        p.setPen(QPen(Colors.grid, 0.4))
        p.drawLine(QLineF(x, top + 2, x, body_top + body_h))
        if x + label_w <= chart_x + chart_w + 4:
            p.setPen(Colors.text)
            p.drawText(QPointF(x + 2, top + SCALE_H - 4), tick_label(moment, fmt))
    p.setPen(QPen(Colors.grid, 0.6))
    p.drawLine(QLineF(0, body_top, width, body_top))
    for i, row in enumerate(rows):
        y = body_top + i * ROW_H
        indent = (row.level - 1) * 8.0
        name_font = report_font(7.5, bold=row.summary)
        p.setFont(name_font)
        p.setPen(Colors.text)
        pct = f"{shown_percent(row.percent_complete)}%"
        pct_w = metrics.horizontalAdvance("100%") + 6
        room = name_w - indent - pct_w - 6
        # measured in the font it is drawn in: the small font's width cut a bold name
        # without its "…" ('Utility Rough-Ins and Complet')
        name = QFontMetricsF(name_font).elidedText(row.name, Qt.TextElideMode.ElideRight, room)
        p.drawText(QRectF(indent, y, room + 2, ROW_H), int(_NAME_ALIGN), name)
        p.setFont(small)
        p.drawText(QRectF(name_w - pct_w - 4, y, pct_w, ROW_H), int(_PCT_ALIGN), pct)
        _paint_bar(p, row, y, x_of)
    if first <= status_date <= last:
        x = x_of(status_date)
        p.setPen(QPen(Colors.status, 1.0, Qt.PenStyle.DashLine))
        # down the bars only: from the scale's top it ran through a month's name
        p.drawLine(QLineF(x, body_top, x, body_top + body_h))
    _paint_key(p, body_top + body_h + 4, key_labels(rows, status_date))


_NAME_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_PCT_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _paint_bar(p: QPainter, row: PhaseLine, y: float, x_of: Callable[[datetime], float]) -> None:
    mid = y + ROW_H / 2 - 1
    if row.baseline_start is not None and row.baseline_finish is not None:
        bx, bx2 = x_of(row.baseline_start), x_of(row.baseline_finish)
        p.fillRect(QRectF(bx, mid + 3, max(bx2 - bx, 1.0), 1.8), Colors.baseline)
    x1, x2 = x_of(row.start), x_of(row.finish)
    p.setPen(Qt.PenStyle.NoPen)
    if row.milestone and not row.summary:
        p.setBrush(Colors.critical if row.critical else Colors.milestone)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x1, mid - 4),
                    QPointF(x1 + 4, mid),
                    QPointF(x1, mid + 4),
                    QPointF(x1 - 4, mid),
                ]
            )
        )
        return
    w = max(x2 - x1, 1.0)
    if row.summary:
        p.fillRect(QRectF(x1, mid - 3, w, 3), Colors.summary)
        p.setBrush(Colors.summary)
        for x in (x1, x1 + w):
            p.drawPolygon(
                QPolygonF([QPointF(x - 2.5, mid), QPointF(x + 2.5, mid), QPointF(x, mid + 3)])
            )
    else:
        p.fillRect(QRectF(x1, mid - 3, w, 6), Colors.critical if row.critical else Colors.bar)
        done = w * min(max(row.percent_complete, 0.0), 100.0) / 100.0
        if row.complete_through is not None and 0 < done < w:
            # through where the work is complete, on its working time (as the Gantt's bar)
            done = min(max(x_of(row.complete_through) - x1, 0.0), w)
        if done > 0:
            p.fillRect(QRectF(x1, mid - 0.8, done, 1.6), Colors.progress)


_KEYS = {
    "Task": "task",
    "Critical": "critical",
    "Progress": "progress",
    "Summary": "summary",
    "Milestone": "milestone",
    "Baseline": "baseline",
    "Status date": "status",
}


def key_labels(rows: Sequence[PhaseLine], status_date: datetime) -> list[str]:
    """The key's entries: what the picture draws. The task bars' colours when it has a
    task bar; a summary's black bar and a milestone's diamond when it has one (a plan's
    phases at level 1 are all summaries: the key read 'Task, Critical' under black bars
    it did not name); the baseline and the status date line when drawn."""
    labels = []
    if any(not r.summary and not r.milestone for r in rows):
        labels += ["Task", "Critical", "Progress"]
    if any(r.summary for r in rows):
        labels.append("Summary")
    if any(r.milestone and not r.summary for r in rows):
        labels.append("Milestone")
    if any(r.baseline_start is not None and r.baseline_finish is not None for r in rows):
        labels.append("Baseline")
    if rows:
        first, last = _span(rows)
        if first <= status_date <= last:
            labels.append("Status date")
    return labels


def _paint_key(p: QPainter, y: float, labels: list[str]) -> None:
    """What the colours mean, under the picture."""
    p.setFont(report_font(7))
    x = 0.0
    mid = y + LEGEND_H / 2
    for label in labels:
        key = _KEYS[label]
        if key == "task":
            p.fillRect(QRectF(x, mid - 3, 14, 6), Colors.bar)
        elif key == "critical":
            p.fillRect(QRectF(x, mid - 3, 14, 6), Colors.critical)
        elif key == "progress":
            p.fillRect(QRectF(x, mid - 3, 14, 6), Colors.bar)
            p.fillRect(QRectF(x, mid - 0.8, 9, 1.6), Colors.progress)
        elif key == "summary":  # as _paint_bar draws it
            p.fillRect(QRectF(x + 2.5, mid - 3, 11, 3), Colors.summary)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(Colors.summary)
            for end in (x + 2.5, x + 13.5):
                p.drawPolygon(
                    QPolygonF(
                        [QPointF(end - 2.5, mid), QPointF(end + 2.5, mid), QPointF(end, mid + 3)]
                    )
                )
        elif key == "milestone":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(Colors.milestone)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x + 7, mid - 4),
                        QPointF(x + 11, mid),
                        QPointF(x + 7, mid + 4),
                        QPointF(x + 3, mid),
                    ]
                )
            )
        elif key == "baseline":
            p.fillRect(QRectF(x, mid - 1, 14, 1.8), Colors.baseline)
        else:
            p.setPen(QPen(Colors.status, 1.0, Qt.PenStyle.DashLine))
            p.drawLine(QLineF(x + 7, mid - 5, x + 7, mid + 5))
        p.setPen(Colors.text)
        p.drawText(QPointF(x + 18, mid + 3), label)
        x += 30 + math.ceil(QFontMetricsF(report_font(7)).horizontalAdvance(label))
