"""Drawing a Gantt chart with QPainter: the one renderer behind the screen, paper, PDF and PNG.

The caller says which rows sit where (:class:`ChartRow`) and which rectangle
to fill; only that part is drawn, so a 10k-task plan repaints as fast as a
small one. QtGui only: no widgets here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)

from app.domain.leveling_resume import delay_is_pause
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.domain.task_path import PathKind
from app.domain.worktime import WorkTime
from app.report.arrows import ArrowPath, Head, route
from app.report.bar_labels import RightLabel, bar_labels
from app.report.bar_marks import clip_out as clip_out  # re-exported: export, gantt_pages
from app.report.bar_marks import label_x as label_x  # re-exported: tests
from app.report.bar_marks import paint_deadline as paint_deadline  # re-exported: page_frame
from app.report.bar_marks import paint_path_bar as paint_path_bar  # re-exported: task_path
from app.report.bars import (
    BarGeometry,
    BarKind,
    DeadlineMark,
    bar_geometry,
    deadline_mark,
    split_pieces,
)
from app.report.colors import Colors as Colors  # re-exported: the report pages and tests
from app.report.fonts import report_font
from app.report.plan_lookups import PlanLookups
from app.report.plan_lookups import resource_labels as resource_labels  # re-exported: gantt_pages
from app.report.shading import WorkingDays
from app.report.timescale import TierCell, Timescale


@dataclass(frozen=True, slots=True)
class ChartOptions:
    """What the chart shows besides the bars (the View menu's toggles)."""

    show_critical: bool = True
    show_baseline: bool = False
    show_slack: bool = False
    show_links: bool = True
    show_resources: bool = True
    show_nonworking: bool = True
    # The text right of each bar: the people (while show_resources is on), the % complete
    # (View > Tracking Gantt, as MS Project's) or none (app/report/bar_labels.py).
    right_label: RightLabel | None = "people"
    today: datetime | None = None
    status_date: datetime | None = None
    # Format > Task Path: the highlighted tasks, each with its path (printed in the path's
    # colour, as the window shows them). Left out of the hash: a dict has none.
    path: Mapping[int, PathKind] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class ChartRow:
    """A task's row: its uid and where the row lies vertically."""

    uid: int
    top: float
    height: float


HOUR_SHADING = 200.0  # px a day from which nights and lunch breaks are shaded too


# MS Project's Task Path colours (the window's Format > Task Path draws the same).
PATH_COLORS: dict[PathKind, QColor] = {
    PathKind.PREDECESSORS: QColor(204, 163, 0),  # mustard
    PathKind.DRIVING_PREDECESSORS: QColor(237, 125, 49),  # orange
    PathKind.SUCCESSORS: QColor(112, 48, 160),  # purple
    PathKind.DRIVEN_SUCCESSORS: QColor(181, 143, 214),  # light purple
}
# The order the legend lists them in (the Format > Task Path menu's).
PATH_ORDER = (
    PathKind.PREDECESSORS,
    PathKind.DRIVING_PREDECESSORS,
    PathKind.SUCCESSORS,
    PathKind.DRIVEN_SUCCESSORS,
)


def path_kinds_in(path: Mapping[int, PathKind], uids: Iterable[int]) -> tuple[PathKind, ...]:
    """The paths that mark at least one of ``uids``, in the legend's order."""
    if not path:
        return ()
    found = {kind for uid in uids if (kind := path.get(uid)) is not None}
    return tuple(k for k in PATH_ORDER if k in found)


class TextWidths:
    """Widths of captions in one font, measured once (the timescale repeats them)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = self._metrics.horizontalAdvance(text)
        return width


def fitting_label(labels: Sequence[str], width_of: TextWidths, width: float) -> str:
    """The longest caption that fits in ``width`` (empty when none does)."""
    for label in labels:
        if width_of(label) + 4 <= width:
            return label
    return ""


def cut_cell_labels(cell: TierCell, style: int, width: float) -> tuple[str, ...]:
    """The captions a cell may show in ``width`` of its room, longest first.

    A whole cell takes the tier's caption style (``style``) or a shorter form. A cell
    cut by the page or window edge gets no shorter form than the last abbreviation,
    as MS Project writes "M" for May only where every column is that tiny: a month cut
    to a sliver at a page edge printed "M" among "Mar 2027" and "Apr 2027", a week
    "3" among "W15" and "W16". Nothing is drawn when no such form fits.
    """
    labels = cell.labels[style:]
    if width >= cell.x1 - cell.x0 - 0.5 or len(labels) <= 1:
        return labels
    return labels[:-1]


class GanttPainter:
    """Paints one plan's bars, arrows, shading and timescale on any QPainter.

    Build it once per plan state (it caches what does not depend on the
    scale); change :attr:`scale` freely between paints.
    """

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        scale: Timescale,
        options: ChartOptions,
        font_px: int = 11,
        lookups: PlanLookups | None = None,
    ) -> None:
        self.plan = plan
        self.schedule = schedule
        self.scale = scale
        self.options = options
        # Built here on paper; the window hands over the tables File > Open built in its worker.
        self.lookups = lookups if lookups is not None else PlanLookups(plan)
        self._tasks = self.lookups.tasks
        self._summaries = self.lookups.summaries
        self._baseline = self.lookups.baseline
        self._resources = self.lookups.resources
        self._working = WorkingDays(plan)
        self._links_by_succ = self.lookups.links_into
        self._project_time: WorkTime | None = None  # built when a leveled task is drawn
        # Pixel sizes are in the painter's logical units, so a page scaled to
        # points gets point-sized text while the screen gets pixel-sized text.
        self.font = report_font(font_px)
        self._metrics = QFontMetricsF(self.font)
        self._widths = TextWidths(self._metrics)
        # Where the chart ends on paper or in a picture (chart units): names right of a
        # bar that would run past it end in "…" instead of being cut mid-letter.
        self.label_end: float | None = None

    # ---------------------------------------------------------------- geometry

    def is_summary(self, uid: int) -> bool:
        """Whether a task has children."""
        return uid in self._summaries

    def resource_label(self, uid: int) -> str:
        """The people on a task, as drawn right of its bar."""
        return self._resources.get(uid, "")

    def bar_label(self, uid: int) -> str:
        """The text drawn right of a task's bar ("" for none), as the options choose it."""
        opts = self.options
        if opts.right_label == "people":  # the common case, without building a mapping
            return self._resources.get(uid, "") if opts.show_resources else ""
        labels = bar_labels(opts.right_label, opts.show_resources, self.lookups, self.schedule)
        return labels.get(uid, "")

    def geometry(self, row: ChartRow) -> BarGeometry | None:
        """Bar of one row, or None when the task is not scheduled."""
        task = self._tasks.get(row.uid)
        times = self.schedule.get(row.uid)
        if task is None or times is None:
            return None
        return bar_geometry(
            task,
            times,
            self.scale,
            row.top,
            row.height,
            summary=row.uid in self._summaries,
            baseline=self._baseline.get(row.uid),
            show_baseline=self.options.show_baseline,
            preleveled_start=self._preleveled_start(task, times.start),
            pieces=split_pieces(task, times, self._calendar(task)) if task.splits else (),
        )

    def deadline(self, row: ChartRow) -> DeadlineMark | None:
        """The deadline arrow of one row, or None when its task has no deadline."""
        task = self._tasks.get(row.uid)
        if task is None or task.deadline is None:
            return None
        times = self.schedule.get(row.uid)
        return deadline_mark(task, times, self.scale, row.top, row.height)

    def _calendar(self, task: Task) -> WorkTime:
        """The calendar a split task's pauses count on: its own, else the project's."""
        plan = self.plan
        cal = plan.calendars.get(task.calendar_uid) if task.calendar_uid is not None else None
        return WorkTime.for_calendar(cal or plan.calendar(), plan.calendars)

    def _preleveled_start(self, task: Task, start: datetime) -> datetime | None:
        """Where a leveled task would start without its delay (None: not delayed).

        The leveler counts delays in working time on the project calendar. A
        started task's delay is a pause of its work left, drawn as its split.
        """
        delay = task.leveling_delay_minutes
        if delay <= 0 or delay_is_pause(task):
            return None
        if self._project_time is None:
            plan = self.plan
            self._project_time = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        return self._project_time.subtract(start, delay)

    # ---------------------------------------------------------------- background

    def paint_background(self, p: QPainter, rect: QRectF) -> None:
        """Non-working days shaded and the lower tier's grid lines, inside ``rect``."""
        scale = self.scale
        if self.options.show_nonworking and scale.px_per_day >= 3:
            first = scale.moment_at(rect.left()).date()
            last = scale.moment_at(rect.right()).date()
            day = first
            run_start: date | None = None
            brush = QBrush(Colors.nonworking)
            hours = scale.px_per_day >= HOUR_SHADING
            while day <= last + timedelta(days=1):
                off = day <= last and not self._working.is_working(day)
                if hours and day <= last and not off:
                    midnight = scale.x_of(datetime.combine(day, datetime.min.time()))
                    per_minute = scale.px_per_day / 1440
                    for a, b in self._working.off_hours(day):
                        x0 = midnight + a * per_minute
                        p.fillRect(
                            QRectF(x0, rect.top(), (b - a) * per_minute, rect.height()), brush
                        )
                if off and run_start is None:
                    run_start = day
                elif not off and run_start is not None:
                    x0 = scale.x_of(datetime.combine(run_start, datetime.min.time()))
                    x1 = scale.x_of(datetime.combine(day, datetime.min.time()))
                    p.fillRect(QRectF(x0, rect.top(), x1 - x0, rect.height()), brush)
                    run_start = None
                day += timedelta(days=1)
        pen = QPen(Colors.grid, 0)
        pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        for cell in scale.tier(scale.level.top, rect.left(), rect.right()):
            p.drawLine(QLineF(cell.x0, rect.top(), cell.x0, rect.bottom()))

    def paint_lines(self, p: QPainter, rect: QRectF) -> None:
        """Today line and status-date line."""
        for moment, color in (
            (self.options.today, Colors.today),
            (self.options.status_date, Colors.status),
        ):
            if moment is None:
                continue
            x = self.scale.x_of(moment)
            if rect.left() <= x <= rect.right():
                pen = QPen(color, 1.5)
                pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))

    # ---------------------------------------------------------------- bars

    def paint_bars(
        self,
        p: QPainter,
        rows: Iterable[ChartRow],
        page: tuple[float, float] | None = None,
        labels: bool = True,
    ) -> dict[int, BarGeometry]:
        """Draw the bars of these rows; returns their geometry by uid (for arrows).

        ``page``: the chart's x span on one printed page (see :meth:`paint_labels`).
        ``labels`` False: the names right of the bars are left for :meth:`paint_labels`,
        which paper calls after the links, kept off the names, so that no link line
        strikes through a name.
        """
        geoms: dict[int, BarGeometry] = {}
        path = self.options.path
        for row in rows:
            geom = self.geometry(row)
            if geom is None:
                continue
            geoms[row.uid] = geom
            self._paint_bar(p, geom)
            kind = path.get(row.uid) if path else None
            if kind is not None:
                paint_path_bar(p, geom, PATH_COLORS[kind])
            mark = self.deadline(row)
            if mark is not None:
                paint_deadline(p, mark)
            if labels:
                self._paint_label(p, row.uid, geom, mark, page)
        return geoms

    def paint_labels(
        self,
        p: QPainter,
        rows: Iterable[ChartRow],
        geoms: dict[int, BarGeometry],
        page: tuple[float, float] | None = None,
    ) -> None:
        """The people's names right of the bars of these rows (paper and pictures draw them
        after the links, which :func:`clip_out` keeps off :meth:`label_boxes`).

        ``page``: the names are drawn on the page where they begin, ended with "…" at its
        edge, and left off the next page: a page printed "r, Aisha Khan" at its left
        edge, the end of a label whose bar ended on the page before.
        """
        for row in rows:
            geom = self._row_geometry(row, geoms)
            if geom is not None:
                self._paint_label(p, row.uid, geom, self.deadline(row), page)

    def _row_geometry(self, row: ChartRow, geoms: dict[int, BarGeometry]) -> BarGeometry | None:
        """The bar of ``row`` itself: ``geoms`` are by task, and while grouped a task shows on
        a row under each of its people (its names go right of each of its bars, not twice
        right of its last one)."""
        geom = geoms.get(row.uid)
        if geom is None or row.top <= geom.mid_y <= row.top + row.height:
            return geom
        return self.geometry(row)

    def label_boxes(
        self,
        rows: Iterable[ChartRow],
        geoms: dict[int, BarGeometry],
        page: tuple[float, float] | None = None,
    ) -> list[QRectF]:
        """Where :meth:`paint_labels` writes the names of these rows, a little wider."""
        boxes: list[QRectF] = []
        # capitals to descenders: no taller, so a line down past a stack of names still
        # shows between them
        cap = self._metrics.capHeight()
        height = cap + self._metrics.descent() + 2.5
        for row in rows:
            geom = self._row_geometry(row, geoms)
            if geom is None:
                continue
            placed = self._label_at(row.uid, geom, self.deadline(row), page)
            if placed is not None:
                at, label = placed
                top = at.y() - cap - 1.5
                boxes.append(QRectF(at.x() - 2, top, self._widths(label) + 4, height))
        return boxes

    def _label_at(
        self,
        uid: int,
        geom: BarGeometry,
        mark: DeadlineMark | None,
        page: tuple[float, float] | None,
    ) -> tuple[QPointF, str] | None:
        """Where a row's label begins (its baseline) and the text, shortened to the page."""
        label = self.bar_label(uid)
        if not label:
            return None
        ascent = self._metrics.ascent()
        right = geom.slack_x1 if self.options.show_slack and geom.slack_x1 else geom.x1
        x = label_x(right + 5, mark, 3 * ascent)
        end = self.label_end
        if page is not None:
            if not page[0] <= x < page[1]:
                return None  # drawn whole on the page where it begins
            end = page[1] if end is None else min(end, page[1])
        if end is not None and x + self._widths(label) > end:
            label = self._metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(end - x, 0.0))
            if label.strip("\u2026 ") == "":
                return None  # room for no letter: nothing rather than a lone "…"
        return QPointF(x, geom.mid_y + ascent / 2 - 1), label

    def _paint_label(
        self,
        p: QPainter,
        uid: int,
        geom: BarGeometry,
        mark: DeadlineMark | None,
        page: tuple[float, float] | None,
    ) -> None:
        placed = self._label_at(uid, geom, mark, page)
        if placed is None:
            return
        p.setFont(self.font)
        p.setPen(Colors.text)
        p.drawText(*placed)

    def _paint_bar(self, p: QPainter, g: BarGeometry) -> None:
        opts = self.options
        critical = opts.show_critical and g.critical
        if g.baseline is not None:
            b0, b1 = g.baseline
            h = (g.bottom - g.top) * 0.45
            p.fillRect(QRectF(b0, g.bottom + 2, max(b1 - b0, 2), h), Colors.baseline)
        if g.delay_x0 is not None and g.delay_x0 < g.x0:
            # MS Project's leveling delay: a thin line from where the task would start.
            p.fillRect(QRectF(g.delay_x0, g.mid_y - 1, g.x0 - g.delay_x0, 2), Colors.leveling)
        if opts.show_slack and g.slack_x1 is not None and g.slack_x1 > g.x1:
            y = g.bottom - 2
            p.fillRect(QRectF(g.x1, y, g.slack_x1 - g.x1, 2.5), Colors.slack)
        if g.kind is BarKind.SUMMARY:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(Colors.critical if critical else Colors.summary)
            h = g.bottom - g.top
            w = g.x1 - g.x0
            # MS Project's bracket: a bar with a downward point at each end.
            p.drawRect(QRectF(g.x0, g.top, w, h * 0.5))
            tip = min(h * 0.6, max(w / 2, 1))
            for x, dx in ((g.x0, 1), (g.x1, -1)):
                p.drawPolygon(
                    QPolygonF(
                        [QPointF(x, g.top), QPointF(x + dx * tip, g.top), QPointF(x, g.bottom)]
                    )
                )
            return
        if g.kind is BarKind.MILESTONE:
            cx, cy, r = (g.x0 + g.x1) / 2, g.mid_y, (g.x1 - g.x0) / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(Colors.critical if critical else Colors.milestone)
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - r),
                        QPointF(cx + r, cy),
                        QPointF(cx, cy + r),
                        QPointF(cx - r, cy),
                    ]
                )
            )
            return
        edge = Colors.critical_edge if critical else Colors.bar_edge
        if g.segments:
            # A split task (MS Project): its working parts joined by a dotted line.
            p.setPen(QPen(edge, 1.0, Qt.PenStyle.DotLine))
            for (_a, b), (c, _d) in zip(g.segments, g.segments[1:], strict=False):
                p.drawLine(QPointF(b, g.mid_y), QPointF(c, g.mid_y))
        p.setPen(QPen(edge, 0.8))
        p.setBrush(Colors.critical if critical else Colors.bar)
        h = (g.bottom - g.top) / 3
        for a, b in g.segments or ((g.x0, g.x1),):
            p.drawRect(QRectF(a, g.top, max(b - a, 1.0), g.bottom - g.top))
            if g.progress_x > a:
                right = min(g.progress_x, b)
                p.fillRect(QRectF(a, g.mid_y - h / 2, right - a, h), Colors.progress)

    # ---------------------------------------------------------------- links

    def links_between(self, uids: Iterable[int]) -> list[Link]:
        """Links whose successor is among ``uids``."""
        out: list[Link] = []
        for uid in uids:
            out.extend(self._links_by_succ.get(uid, ()))
        return out

    def paint_links(
        self, p: QPainter, geoms: dict[int, BarGeometry], links: Iterable[Link], row_height: float
    ) -> None:
        """Arrows for the links whose two ends have geometry in ``geoms``."""
        if not self.options.show_links:
            return
        normal = QPen(Colors.link, 1.0)
        red = QPen(Colors.critical, 1.0)
        for lk in links:
            a, b = geoms.get(lk.predecessor), geoms.get(lk.successor)
            if a is None or b is None:
                continue
            path = route(lk.type, a, b, row_height)
            critical = self.options.show_critical and a.critical and b.critical
            p.setPen(red if critical else normal)
            self._paint_arrow(p, path, Colors.critical if critical else Colors.link)

    @staticmethod
    def _paint_arrow(p: QPainter, path: ArrowPath, color: QColor) -> None:
        pts = [QPointF(x, y) for x, y in path.points]
        p.drawPolyline(pts)
        tip = pts[-1]
        s = 3.5
        offsets = {
            Head.RIGHT: ((-s, -s), (-s, s)),
            Head.LEFT: ((s, -s), (s, s)),
            Head.DOWN: ((-s, -s), (s, -s)),
            Head.UP: ((-s, s), (s, s)),
        }[path.head]
        p.setBrush(color)
        p.drawPolygon(
            QPolygonF([tip] + [QPointF(tip.x() + dx, tip.y() + dy) for dx, dy in offsets])
        )

    # ---------------------------------------------------------------- timescale

    def paint_timescale(self, p: QPainter, rect: QRectF) -> None:
        """The two header tiers over ``rect`` (x in chart units)."""
        p.fillRect(rect, Colors.header_bg)
        p.setFont(self.font)
        half = rect.height() / 2
        top, bottom = self.scale.tiers(rect.left(), rect.right())
        self._paint_tier(p, top, rect.top(), half, rect)
        self._paint_tier(p, bottom, rect.top() + half, half, rect)
        p.setPen(QPen(Colors.grid, 0))
        p.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()))

    def _caption_style(self, cells: list[TierCell], clip: QRectF) -> int:
        """One caption style for a whole tier: the longest every whole cell can show."""
        whole = [c for c in cells if c.x0 >= clip.left() and c.x1 <= clip.right()] or cells
        if not whole:
            return 0
        styles = min(len(c.labels) for c in whole)
        for k in range(styles):
            if all(self._widths(c.labels[k]) + 4 <= c.x1 - c.x0 for c in whole):
                return k
        return styles

    def _paint_tier(
        self,
        p: QPainter,
        cells: list[TierCell],
        y: float,
        h: float,
        clip: QRectF,
    ) -> None:
        grid = QPen(Colors.grid, 0)
        p.setPen(grid)
        p.drawLine(QLineF(clip.left(), y, clip.right(), y))
        p.drawLines([QLineF(c.x0, y, c.x0, y + h) for c in cells])
        p.setPen(Colors.text)
        # Baseline-positioned text: much cheaper than laying out in a rectangle.
        baseline = y + (h + self._metrics.ascent() - self._metrics.descent()) / 2
        k = self._caption_style(cells, clip)
        for cell in cells:
            # Keep the caption of a cell cut by the left edge readable.
            x0 = max(cell.x0, clip.left())
            width = min(cell.x1, clip.right()) - x0
            label = fitting_label(cut_cell_labels(cell, k, width), self._widths, width)
            if label:
                p.drawText(QPointF(x0 + 2, baseline), label)
