"""The header, footer and legend texts the user typed in Page Setup, painted on a page.

Until the user types their own, a page keeps Gantry's header and footer
(app/report/page_frame.py: the name giving way to the dates, the page's row and column on
a grid of pages). Typed ones print as MS Project prints them: a left, a centre and a right
text, their fields filled in (app/domain/page_setup.py), in the same room as Gantry's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from app.domain.page_setup import PARTS, PageSetup, fill
from app.report.fonts import report_font
from app.report.gantt_paint import Colors
from app.report.page_frame import (
    FOOTER_H,
    HEADER_GAP,
    HEADER_H,
    NOTE_H,
    PageInfo,
    header_height,
    header_layout,
    paint_footer,
    paint_header,
)
from app.report.page_logo import LOGO_GAP, paint_logo, picture_width

LEGEND_TEXT_MOST = 1 / 3  # of the legend's width, its text takes at most this


def page_number(info: PageInfo) -> tuple[int, int]:
    """The page's number among those printed and how many print (as its label counts)."""
    count = info.sheets or info.rows * info.cols
    return info.sheet or (info.row - 1) * info.cols + info.col, count


def three_rects(
    texts: Sequence[str],
    top: float,
    width: float,
    height: float,
    metrics: QFontMetricsF,
    centre: float = 0.0,
) -> list[QRectF]:
    """Where a left, centre and right text go across ``width``: the centre text its whole
    width (up to the page's; at least ``centre``, a centred picture's), the two others
    what is left each side of it, a gap apart."""
    centre_w = min(metrics.horizontalAdvance(texts[1]), width) if texts[1] else 0.0
    centre_w = max(centre_w, min(centre, width))
    gap = HEADER_GAP if texts[1] or centre else HEADER_GAP / 2
    side = max((width - centre_w) / 2 - gap, 0.0)
    return [
        QRectF(0, top, side, height),
        QRectF((width - centre_w) / 2, top, centre_w, height),
        QRectF(width - side, top, side, height),
    ]


def paint_three(
    p: QPainter,
    texts: Sequence[str],
    top: float,
    width: float,
    height: float,
    centre: float = 0.0,
) -> None:
    """Three filled-in texts (left, centre, right) on one line, each cut with "…" to its
    room (``centre``: room kept free in the middle, a centred picture's, at the least)."""
    metrics = QFontMetricsF(p.font())
    middle = Qt.AlignmentFlag.AlignVCenter
    sides = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
    rects = three_rects(texts, top, width, height, metrics, centre)
    for text, rect, side in zip(texts, rects, sides, strict=True):
        if text:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            p.drawText(rect, int(side | middle), shown)


def page_header(
    p: QPainter, setup: PageSetup, info: PageInfo, values: Mapping[str, str], width: float
) -> None:
    """The page's header: Gantry's, or the user's three texts (the filter's line under them,
    the rule under all, where Gantry's has them); Page Setup's picture at its part, the
    texts on its side making room for it (a centred one sits between the side texts)."""
    if setup.logo_part == PARTS.index("centre") and setup.own_header:
        _centred_picture_header(p, setup, info, values, width)
        return
    if setup.logo_part == PARTS.index("centre"):  # left of Gantry's status date, centred
        room = picture_width(setup, width, HEADER_H - 8)
        if room:
            left = header_layout(info, width, room).picture_left
            paint_logo(p, setup, width, HEADER_H - 8, (width - room + LOGO_GAP) / 2 - left)
        paint_header(p, info, width, room)
        return
    room = paint_logo(p, setup, width, HEADER_H - 8)
    if not room or setup.logo_part == PARTS.index("centre"):
        _header_texts(p, setup, info, values, width, room)
        return
    p.save()
    if setup.logo_part == 0:
        p.translate(room, 0)
    _header_texts(p, setup, info, values, width - room, 0.0)
    p.restore()
    p.setPen(QPen(Colors.grid, 0.6))
    rule = header_height(info.note) - 5
    p.drawLine(QLineF(0, rule, width, rule))  # under the picture too


def _centred_picture_header(
    p: QPainter, setup: PageSetup, info: PageInfo, values: Mapping[str, str], width: float
) -> None:
    """A typed header with its picture at the centre: the picture and the centre text side
    by side, centred together (neither drawn over the other), the side texts outside them."""
    height = HEADER_H - 8
    room = picture_width(setup, width, height)
    texts = [fill(t, values) for t in setup.header]
    metrics = QFontMetricsF(report_font(9))
    # the centre text as wide as it is, up to what the picture leaves of the page (the side
    # texts give way first, as without a picture)
    text_w = min(metrics.horizontalAdvance(texts[1]), max(width - room, 0.0))
    group = room + text_w if texts[1] and text_w > 0 else max(room - LOGO_GAP, 0.0)
    paint_logo(p, setup, width, height, shift=(group - room + LOGO_GAP) / 2 if room else 0.0)
    _header_texts(p, replace(setup, header=(texts[0], "", texts[2])), info, {}, width, group)
    if texts[1] and text_w > 0:
        p.setPen(Colors.text)
        p.setFont(report_font(9))
        shown = metrics.elidedText(texts[1], Qt.TextElideMode.ElideRight, text_w)
        left = (width - group) / 2 + room
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        p.drawText(QRectF(left, 0, text_w, height), flags, shown)


def _header_texts(
    p: QPainter,
    setup: PageSetup,
    info: PageInfo,
    values: Mapping[str, str],
    width: float,
    centre: float,
) -> None:
    """The header's texts across ``width``, ``centre`` wide kept free in its middle."""
    if not setup.own_header:
        paint_header(p, info, width)
        return
    p.setPen(Colors.text)
    p.setFont(report_font(9))
    paint_three(p, [fill(t, values) for t in setup.header], 0, width, HEADER_H - 8, centre)
    if info.note:
        p.setFont(report_font(8))
        note = QFontMetricsF(p.font()).elidedText(info.note, Qt.TextElideMode.ElideRight, width)
        rect = QRectF(0, HEADER_H - 11, width, NOTE_H)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), note)
    p.setPen(QPen(Colors.grid, 0.6))
    rule = header_height(info.note) - 5
    p.drawLine(QLineF(0, rule, width, rule))


def page_footer(
    p: QPainter,
    setup: PageSetup,
    info: PageInfo,
    values: Mapping[str, str],
    top: float,
    width: float,
) -> None:
    """The page's footer from ``top``: Gantry's, or the user's three texts under a rule."""
    if not setup.own_footer:
        paint_footer(p, info, top, width)
        return
    p.setPen(QPen(Colors.grid, 0.6))
    p.drawLine(QLineF(0, top + 3, width, top + 3))
    p.setPen(Colors.text)
    p.setFont(report_font(8))
    paint_three(p, [fill(t, values) for t in setup.footer], top + 4, width, FOOTER_H - 4)


def legend_text_width(text: str, width: float) -> float:
    """Room the legend's own text takes left of its entries (0: none): its width and a gap,
    at most :data:`LEGEND_TEXT_MOST` of the legend's."""
    if not text:
        return 0.0
    wide = QFontMetricsF(report_font(7, bold=True)).horizontalAdvance(text) + HEADER_GAP
    return min(wide, width * LEGEND_TEXT_MOST)


def paint_legend_text(p: QPainter, text: str, top: float, room: float, height: float) -> None:
    """The legend's own text (fields filled in) in bold at its left, cut to ``room``."""
    if not text:
        return
    p.setPen(Colors.text)
    p.setFont(report_font(7, bold=True))
    shown = QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, room - HEADER_GAP)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    p.drawText(QRectF(0, top + 3, room - HEADER_GAP, height), flags, shown)
