"""What every printed page carries: header, footer and legend (Gantt and tabular reports alike)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPen, QPolygonF

from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.task_path import PathKind
from app.report.bar_paint import INACTIVE_EDGE
from app.report.bars import DeadlineMark, drawn_as_milestone
from app.report.fonts import report_font
from app.report.gantt_paint import PATH_COLORS, Colors, paint_deadline
from app.report.locale_dates import printed_date
from app.report.page_logo import LOGO_GAP
from app.report.plan_lookups import PlanLookups

HEADER_H = 30.0
NOTE_H = 11.0  # the header's second line, when the page says its filter, sort or group
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
    # The page's number in the order pages are printed (0: row by row, left to right, as
    # the Gantt's grid prints) and how many are printed (0: the whole grid). When blank
    # pages are left out (Page Setup's "Print blank pages" off) the grid has holes and
    # ``span`` says in words which rows and dates this page holds ("Rows 53-104, 4 May -
    # 29 Jun 2026"); "": its row and column say it all.
    sheet: int = 0
    sheets: int = 0
    span: str = ""
    # The filter, sort and group that chose the rows ("Filter: Critical · Grouped by
    # Resource", app/report/view_note.py), on a line of its own under the name: "" none.
    note: str = ""
    first_number: int = 1  # Page Setup's "First page number": the label of the first page

    @property
    def page_label(self) -> str:
        """``Page 5 of 9 (row 2, column 2)`` on a grid of pages, as a reader counts the
        sheets in hand and lays them out; ``Page 2 of 4`` when the pages are one wide."""
        offset = self.first_number - 1
        count = (self.sheets or self.rows * self.cols) + offset
        number = (self.sheet or (self.row - 1) * self.cols + self.col) + offset
        label = f"Page {number:,} of {count:,}"
        if self.cols > 1:
            label += f" (row {self.row:,}, column {self.col:,})"
        return label


def header_height(note: str = "") -> float:
    """Height of the page header: :data:`HEADER_H`, and a line more for a ``note``."""
    return HEADER_H + (NOTE_H if note else 0.0)


NOTE_GAP = 4.0  # between the note's own line (the header off) and what is printed under it


def page_top(header: bool, note: str = "") -> float:
    """Room above a page's body: the header (:func:`header_height`) when it is printed;
    with the header off, the ``note``'s line alone (:func:`paint_note_line`) when one is on,
    so that a printout of the rows a filter chose says so whatever Page Setup leaves off."""
    if header:
        return header_height(note)
    return NOTE_H + NOTE_GAP if note else 0.0


def paint_note_line(p: QPainter, note: str, width: float) -> None:
    """The filter, sort and group on a line of their own at the page's top, the header off
    (the header says them under the project's name otherwise)."""
    p.setPen(Colors.text)
    p.setFont(_font(8))
    text = QFontMetricsF(p.font()).elidedText(note, Qt.TextElideMode.ElideRight, width)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p.drawText(QRectF(0, 0, width, NOTE_H), flags, text)


def _font(size: float, bold: bool = False) -> QFont:
    return report_font(size, bold)


HEADER_GAP = 12.0  # least room between two parts of the header


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    """The header's three texts and where each goes; the rectangles never overlap."""

    name: str  # the project name (and title); the name elided with "…" when it must give way
    name_rect: QRectF
    status: str  # "" when the page has no status date
    status_rect: QRectF | None
    printed: str
    printed_rect: QRectF
    picture_left: float = 0.0  # where a centred header picture goes (its room given)


def header_layout(info: PageInfo, width: float, picture: float = 0.0) -> HeaderLayout:
    """Lay the header out: the dates keep their whole text, the name takes the room left.

    The printed date sits at the right edge and the status date in the centre,
    moved right (up to a gap before the printed date) when the name needs the room,
    and left when the page is too narrow for it to stay clear of the printed date;
    the name ends a gap before whichever date comes first. ``picture``: the room (its gap
    included) of a header picture at the centre, laid left of the status date, the two
    centred together (the picture alone centred without one), the name ending before it.
    """
    h = HEADER_H - 8
    small = QFontMetricsF(_font(8))
    printed = f"Printed: {printed_date(info.printed_on)}"
    if isinstance(info.printed_on, datetime):  # when, to the minute: an auditor's printout
        printed += f" {info.printed_on:%H:%M}"
    printed_w = small.horizontalAdvance(printed)
    printed_rect = QRectF(width - printed_w, 0, printed_w, h)
    name_end = printed_rect.left() - HEADER_GAP
    status = ""
    status_rect = None
    if info.status_date is not None:
        status = f"Status date: {printed_date(info.status_date)}"
        status_w = small.horizontalAdvance(status)
        # Centred, unless the name needs more room: then as far right as the printed
        # date lets it, so that "CRM roll-out for Northwind Logistics" is not cut short.
        wanted = _name_width(info) + HEADER_GAP + picture
        latest = printed_rect.left() - HEADER_GAP - status_w
        left = min(max((width - status_w + picture) / 2, wanted), latest)
        status_rect = QRectF(max(left, picture), 0, status_w, h)
        name_end = status_rect.left() - HEADER_GAP - picture
        picture_left = status_rect.left() - picture
    else:
        picture_left = (width - picture + LOGO_GAP) / 2
        if picture:
            name_end = min(name_end, picture_left - HEADER_GAP)
    room = max(name_end, 0.0)
    return HeaderLayout(
        _name_in(info, room),
        QRectF(0, 0, room, h),
        status,
        status_rect,
        printed,
        printed_rect,
        picture_left,
    )


def _name_width(info: PageInfo) -> float:
    """Width of the whole name and title, in the header's font."""
    title = f" — {info.title}" if info.title else ""
    return QFontMetricsF(_font(11, bold=True)).horizontalAdvance(info.project + title)


def _name_in(info: PageInfo, room: float) -> str:
    """The project name and the page's title in ``room`` points: the name is cut first, the
    title (which report this page belongs to) only when it alone takes most of the room."""
    bold = QFontMetricsF(_font(11, bold=True))
    elide = Qt.TextElideMode.ElideRight
    if not info.title:
        return bold.elidedText(info.project, elide, room)
    title = f" — {info.title}"
    full = info.project + title
    title_w = bold.horizontalAdvance(title)
    if bold.horizontalAdvance(full) <= room or title_w > room / 2:
        return bold.elidedText(full, elide, room)
    return bold.elidedText(info.project, elide, room - title_w) + title


def paint_header(p: QPainter, info: PageInfo, width: float, picture: float = 0.0) -> None:
    """Project name (and title) left, status date centre, printed date right, never
    overlapping (``picture``: room kept for a centred header picture, :func:`header_layout`)."""
    head = header_layout(info, width, picture)
    middle = Qt.AlignmentFlag.AlignVCenter
    p.setPen(Colors.text)
    p.setFont(_font(11, bold=True))
    p.drawText(head.name_rect, int(Qt.AlignmentFlag.AlignLeft | middle), head.name)
    p.setFont(_font(8))
    if head.status_rect is not None:
        p.drawText(head.status_rect, int(Qt.AlignmentFlag.AlignLeft | middle), head.status)
    p.drawText(head.printed_rect, int(Qt.AlignmentFlag.AlignRight | middle), head.printed)
    if info.note:  # the whole width under the name: a long note is cut last
        note = QFontMetricsF(p.font()).elidedText(info.note, Qt.TextElideMode.ElideRight, width)
        rect = QRectF(0, HEADER_H - 11, width, NOTE_H)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | middle), note)
    p.setPen(QPen(Colors.grid, 0.6))
    rule = header_height(info.note) - 5
    p.drawLine(QLineF(0, rule, width, rule))


def paint_footer(p: QPainter, info: PageInfo, top: float, width: float) -> None:
    """Page label centred under a rule, the project name (elided if long) on its left."""
    p.setPen(QPen(Colors.grid, 0.6))
    p.drawLine(QLineF(0, top + 3, width, top + 3))
    p.setPen(Colors.text)
    p.setFont(_font(8))
    rect = QRectF(0, top + 4, width, FOOTER_H - 4)
    middle = Qt.AlignmentFlag.AlignVCenter
    p.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | middle), info.page_label)
    # A long project name gives way to the page label, as it does to the header's dates.
    metrics = QFontMetricsF(p.font())
    room = max((width - metrics.horizontalAdvance(info.page_label)) / 2 - HEADER_GAP, 0.0)
    name = metrics.elidedText(info.project, Qt.TextElideMode.ElideRight, room)
    p.drawText(
        QRectF(0, top + 4, room, FOOTER_H - 4), int(Qt.AlignmentFlag.AlignLeft | middle), name
    )
    if info.span:  # which rows and dates: the page's place when the grid has holes
        span = metrics.elidedText(info.span, Qt.TextElideMode.ElideRight, room)
        p.drawText(
            QRectF(width - room, top + 4, room, FOOTER_H - 4),
            int(Qt.AlignmentFlag.AlignRight | middle),
            span,
        )


LEGEND_LABELS = {
    "task": "Task",
    "critical": "Critical task",
    "progress": "Progress",
    "summary": "Summary",
    "milestone": "Milestone",
    "split": "Split",
    "baseline": "Baseline",
    "baseline_milestone": "Baseline milestone",
    "slack": "Slack",
    "deadline": "Deadline",
    "preleveled": "Preleveled",  # the Leveling Gantt's bar before leveling
    "leveling_delay": "Leveling delay",
    "today": "Current date",  # the chart's dashed orange line at today (MS Project's name)
    "status_date": "Status date",  # the chart's dashed line at the project's status date
    "inactive": "Inactive task",  # an inactive task's hollow grey bar (bar_paint.py)
    "progress_line": "Progress line",  # Format > Progress Lines' current line, its colour
}
# Format > Task Path's colours, when a path is printed: "path:<kind name>" -> its name.
LEGEND_LABELS.update({f"path:{kind.name}": kind.value for kind in PathKind})


def legend_items(
    baseline: bool,
    slack: bool,
    split: bool = False,
    path: Sequence[PathKind] = (),
    *,
    deadline: bool = False,
    baseline_milestone: bool = False,
    preleveled: bool = False,
    today: bool = False,
    status_date: bool = False,
    inactive: bool = False,
    progress_line: str = "",
) -> list[str]:
    """The legend's entries (keys of :data:`LEGEND_LABELS`), in the order they are drawn.

    ``split``: the printed rows hold a split task, drawn as parts joined by a dotted line.
    ``path``: the Task Path highlights that colour printed rows, each an entry at the end.
    ``deadline``: a printed row has a deadline, drawn as a green down arrow.
    ``baseline_milestone``: a printed milestone has a baseline, drawn as a grey diamond
    (with ``baseline``). ``preleveled``: the Leveling Gantt's bars before leveling and the
    delays' lines are drawn. ``today``: the current date's line is on the chart;
    ``status_date``: the status date's line is.
    ``inactive``: a printed row is an inactive task (or under an inactive summary), drawn
    as a hollow grey bar. ``progress_line``: a progress line is printed, its swatch in this
    colour (the current line's, #rrggbb; "": none printed).
    """
    items = ["task", "critical", "progress", "summary", "milestone"]
    if split:
        items.append("split")
    if baseline:
        items.append("baseline")
        if baseline_milestone:
            items.append("baseline_milestone")
    if slack:
        items.append("slack")
    if deadline:
        items.append("deadline")
    if preleveled:
        items += ["preleveled", "leveling_delay"]
    if today:
        items.append("today")
    if status_date:
        items.append("status_date")
    if inactive:
        items.append("inactive")
    if progress_line:
        items.append("progress_line")
    items.extend(f"path:{kind.name}" for kind in path)
    return items


def has_split_rows(plan: Plan, uids: Iterable[int]) -> bool:
    """Whether any of the rows ``uids`` is a split task drawn in parts (a leaf with pauses)."""
    if not any(t.splits for t in plan.tasks):
        return False  # the common case, without a lookup per row
    return any(plan.has_task(u) and plan.task(u).splits and not plan.is_summary(u) for u in uids)


def has_deadline_rows(plan: Plan, uids: Iterable[int]) -> bool:
    """Whether any of the rows ``uids`` has a deadline (drawn as its arrow)."""
    if not any(t.deadline is not None for t in plan.tasks):
        return False  # the common case, without a lookup per row
    return any(plan.has_task(u) and plan.task(u).deadline is not None for u in uids)


def has_baseline_milestone_rows(
    lookups: PlanLookups, schedule: Schedule, uids: Iterable[int]
) -> bool:
    """Whether any of the rows ``uids`` is a milestone with a baseline (when baselines are
    shown, a grey diamond under its own, app/report/bars.py)."""
    baseline = lookups.baseline
    if not baseline:
        return False  # the common case, without a lookup per row
    tasks, summaries = lookups.tasks, lookups.summaries
    for uid in uids:
        entry, task, times = baseline.get(uid), tasks.get(uid), schedule.get(uid)
        if entry is None or task is None or times is None or uid in summaries:
            continue
        if entry.start and entry.finish and drawn_as_milestone(task, times):
            return True
    return False


def paint_legend(
    p: QPainter,
    top: float,
    width: float,
    baseline: bool,
    slack: bool,
    split: bool = False,
    path: Sequence[PathKind] = (),
    *,
    deadline: bool = False,
    baseline_milestone: bool = False,
    preleveled: bool = False,
    today: bool = False,
    status_date: bool = False,
    inactive: bool = False,
    progress_line: str = "",
) -> None:
    """Swatches for the bar styles the chart uses (``split``: a split task is printed;
    ``path``: the Task Path colours of the printed rows), from ``top`` down: entries that
    do not fit across ``width`` go on further lines (:func:`legend_height` says how tall).
    """
    p.setFont(_font(7))
    items = legend_items(
        baseline,
        slack,
        split,
        path,
        deadline=deadline,
        baseline_milestone=baseline_milestone,
        preleveled=preleveled,
        today=today,
        status_date=status_date,
        inactive=inactive,
        progress_line=progress_line,
    )
    labels = LEGEND_LABELS
    p.setPen(Colors.text)
    p.drawText(QPointF(0.0, top + LEGEND_H / 2 + 3), "Legend:")
    for key, x, line in _legend_places(items, width):
        y = top + LEGEND_H / 2 + line * LEGEND_H
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
        elif key in ("milestone", "baseline_milestone"):
            p.setBrush(Colors.milestone if key == "milestone" else Colors.baseline)
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
        elif key == "split":
            # two working parts and the dotted line of the pause between them, as on the chart
            p.fillRect(QRectF(x, y - 3.5, 5, 7), Colors.bar)
            p.fillRect(QRectF(x + 11, y - 3.5, 5, 7), Colors.bar)
            p.setPen(QPen(Colors.bar_edge, 0.8, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x + 5, y), QPointF(x + 11, y))
            p.setPen(Qt.PenStyle.NoPen)
        elif key == "baseline":
            p.fillRect(QRectF(x, y - 1.5, 16, 3), Colors.baseline)
        elif key == "preleveled":
            p.setPen(QPen(Colors.preleveled_edge, 0.6))
            p.setBrush(Colors.preleveled)
            p.drawRect(QRectF(x, y - 2.5, 16, 5))
            p.setPen(Qt.PenStyle.NoPen)
        elif key == "leveling_delay":  # the delay's line and the bar it leads to
            p.fillRect(QRectF(x, y - 1, 10, 2), Colors.leveling)
            p.fillRect(QRectF(x + 10, y - 3.5, 6, 7), Colors.bar)
        elif key in ("status_date", "today"):  # the chart's dashed line, upright
            pen = QPen(Colors.status if key == "status_date" else Colors.today, 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QLineF(x + 8, y - 5, x + 8, y + 5))
            p.setPen(Qt.PenStyle.NoPen)
        elif key == "progress_line":  # a peak to the left, as a task behind draws it
            pen = QPen(QColor(progress_line), 1.4)
            p.setPen(pen)
            p.drawPolyline(
                QPolygonF([QPointF(x + 12, y - 5), QPointF(x + 3, y), QPointF(x + 12, y + 5)])
            )
            p.setPen(Qt.PenStyle.NoPen)
        elif key == "deadline":  # the chart's own arrow, at legend size
            paint_deadline(p, DeadlineMark(0, x + 8, y - 4.5, y + 4.5, datetime.min, False))
            p.setPen(Qt.PenStyle.NoPen)
        elif key == "inactive":  # the chart's hollow grey bar
            p.setPen(QPen(INACTIVE_EDGE, 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(swatch)
            p.setPen(Qt.PenStyle.NoPen)
        elif key.startswith("path:"):
            color = PATH_COLORS[PathKind[key[5:]]]
            p.fillRect(swatch, color)
            p.setPen(QPen(color.darker(150), 0.6))
            p.setBrush(Qt.BrushStyle.NoBrush)  # the milestone's black brush would fill it
            p.drawRect(swatch)
        else:
            p.fillRect(QRectF(x, y - 1.2, 16, 2.5), Colors.slack)
        p.setPen(Colors.text)
        p.drawText(QPointF(x + 20, y + 3), labels[key])


def _legend_places(items: Sequence[str], width: float) -> list[tuple[str, float, int]]:
    """Each legend entry with where it is drawn: its left across ``width`` and its line (0:
    the first). The entries follow "Legend:"; one that does not fit goes to the next line,
    under the first entry."""
    places: list[tuple[str, float, int]] = []
    x, line = 38.0, 0
    for key in items:
        if x + _legend_advance(key) > width and x > 38:
            x, line = 38.0, line + 1
        places.append((key, x, line))
        x += _legend_advance(key)
    return places


def _legend_advance(key: str) -> float:
    """Room one legend entry takes: its swatch, its label (7 pt) and the gap after it.

    The label is measured: a guess by its letters left 'Critical task' a gap twice the
    others' before 'Progress'. Fonts need a running application; without one (a stand-in
    painter in a test) the guess is all there is.
    """
    label = LEGEND_LABELS[key]
    if QGuiApplication.instance() is None:
        return 28 + len(label) * 4.2
    return 20 + QFontMetricsF(_font(7)).horizontalAdvance(label) + 14


def legend_height(
    width: float,
    baseline: bool,
    slack: bool,
    split: bool = False,
    path: Sequence[PathKind] = (),
    *,
    deadline: bool = False,
    baseline_milestone: bool = False,
    preleveled: bool = False,
    today: bool = False,
    status_date: bool = False,
    inactive: bool = False,
    progress_line: str = "",
) -> float:
    """Height of the legend :func:`paint_legend` draws across ``width``: one line of
    :data:`LEGEND_H`, more when its entries (the four path colours on a portrait page)
    do not fit on one."""
    items = legend_items(
        baseline,
        slack,
        split,
        path,
        deadline=deadline,
        baseline_milestone=baseline_milestone,
        preleveled=preleveled,
        today=today,
        status_date=status_date,
        inactive=inactive,
        progress_line=progress_line,
    )
    places = _legend_places(items, width)
    return LEGEND_H * (1 + (places[-1][2] if places else 0))
