"""Drawing a Gantt chart with QPainter: the one renderer behind the screen, paper, PDF and PNG.

The caller says which rows sit where (:class:`ChartRow`) and which rectangle
to fill; only that part is drawn, so a 10k-task plan repaints as fast as a
small one. QtGui only: no widgets here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from app.domain.leveling_fields import Dates, dates_before_leveling
from app.domain.leveling_resume import delay_is_pause
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.progress_points import ProgressPoints
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.workload import inactive_tasks
from app.domain.worktime import WorkTime
from app.report.arrows import ArrowPath, route
from app.report.bar_labels import bar_labels, short_label
from app.report.bar_marks import clip_out as clip_out  # re-exported: export, gantt_pages
from app.report.bar_marks import label_x as label_x  # re-exported: tests
from app.report.bar_marks import paint_deadline as paint_deadline  # re-exported: page_frame
from app.report.bar_marks import paint_path_bar as paint_path_bar  # re-exported: task_path
from app.report.bar_paint import paint_arrow, paint_bar
from app.report.bars import (
    BarGeometry,
    DeadlineMark,
    bar_geometry,
    deadline_mark,
    split_pieces,
)
from app.report.chart_background import paint_background, paint_lines
from app.report.chart_options import PATH_COLORS as PATH_COLORS  # re-exported: ui, page_frame
from app.report.chart_options import ChartOptions as ChartOptions  # re-exported: ui, pages
from app.report.chart_options import ChartRow as ChartRow  # re-exported: ui, pages
from app.report.chart_options import path_kinds_in as path_kinds_in  # re-exported: gantt_pages
from app.report.colors import Colors as Colors  # re-exported: the report pages and tests
from app.report.fonts import report_font
from app.report.name_room import Box, bar_box, free_stretch, path_boxes
from app.report.plan_lookups import PlanLookups
from app.report.plan_lookups import resource_labels as resource_labels  # re-exported: gantt_pages
from app.report.progress_line_paint import ProgressLinePainter
from app.report.shading import WorkingDays
from app.report.timescale import Timescale
from app.report.timescale_paint import TextWidths, paint_timescale
from app.report.timescale_paint import cut_cell_labels as cut_cell_labels  # re-exported: tests


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
        self._clocks: TaskClocks | None = None  # built when a bar under way or split is drawn
        self._preleveled: Dates | None = None  # the dates before leveling, when drawn
        self._progress = ProgressLinePainter(plan, schedule)  # Format > Progress Lines
        self._done: ProgressPoints | None = None  # where the progress bars end, when drawn
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
            pieces=self._pieces(task, times),
            before_leveling=self.before_leveling(row.uid),
            leveling_rows=self.options.show_preleveled,
            progress_at=self._complete_through(task, times),
        )

    def _points(self) -> ProgressPoints:
        """The tasks' progress points in the actual plan (built when a bar shows progress)."""
        if self._done is None:
            self._done = ProgressPoints(
                self.plan, self.schedule, tasks=self._tasks, clocks=self._task_clocks()
            )
        return self._done

    def _task_clocks(self) -> TaskClocks:
        """The calendars the tasks' parts and progress count on (built when first needed)."""
        if self._clocks is None:
            self._clocks = TaskClocks(self.plan)
        return self._clocks

    def _complete_through(self, task: Task, times: TaskTimes) -> datetime | None:
        """Where a task under way is complete through: its progress bar ends there, at the
        progress lines' point (one rule: % complete of its working time on its calendar,
        across its parts); None for a task not started, done, or a summary."""
        pct = task.percent_complete or times.percent_complete
        if pct <= 0 or pct >= 100 or task.uid in self._summaries:
            return None
        return self._points().point(task.uid)

    def percent_at(self, uid: int, x: float) -> float | None:
        """The % complete a drag of a task's progress edge to chart ``x`` sets: the one whose
        complete-through moment is there (None: the task is not drawn)."""
        return self._points().percent_at(uid, self.scale.moment_at(x))

    def before_leveling(self, uid: int) -> tuple[datetime, datetime] | None:
        """The task's dates before leveling, on the Leveling Gantt (worked out once per plan
        state, when first drawn: a schedule of the plan without its leveling)."""
        if not self.options.show_preleveled:
            return None
        if self._preleveled is None:
            self._preleveled = dates_before_leveling(self.plan)
        return self._preleveled.get(uid)

    def _pieces(self, task: Task, times: TaskTimes) -> tuple[tuple[datetime, datetime], ...]:
        """A split task's working parts; a task under way whose work left waits for its links
        is drawn in parts too: its done part, the pause, its work left (as MS Project)."""
        if task.actual_start is not None and task.actual_finish is None:
            waiting = self._task_clocks().waiting_parts(task, times)
            if waiting:
                return waiting
        if not task.splits:
            return ()
        # On the calendar the engine lays the parts on (its people's too), as the progress
        # point walks them: the progress bar's edge falls in a drawn part.
        return split_pieces(task, times, self._task_clocks().of(task))

    def deadline(self, row: ChartRow) -> DeadlineMark | None:
        """The deadline arrow of one row, or None when its task has no deadline."""
        task = self._tasks.get(row.uid)
        if task is None or task.deadline is None:
            return None
        times = self.schedule.get(row.uid)
        return deadline_mark(task, times, self.scale, row.top, row.height)

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
        paint_background(p, self.scale, rect, self.options, self._working)

    def paint_lines(self, p: QPainter, rect: QRectF, rows: Sequence[ChartRow] = ()) -> None:
        """The today line and the status-date line, then over them the progress lines the
        plan asks for over ``rows`` (Format > Progress Lines): the current line at the status
        date is seen, its peaks joined to it, not hidden under the dashed line."""
        paint_lines(p, self.scale, rect, self.options)
        if rows and self._progress.lines.any_on:
            self._progress.paint(p, self.scale, rows, rect, self.options.today, self.font)

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
        off = inactive_tasks(self.plan)  # drawn hollow (empty, one pass, when all are active)
        for row in rows:
            geom = self.geometry(row)
            if geom is None:
                continue
            geoms[row.uid] = geom
            paint_bar(p, geom, self.options, row.uid in off)
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
        blocked: Sequence[Box] = (),
    ) -> None:
        """The people's names right of the bars of these rows (paper and pictures draw them
        after the links, which :func:`clip_out` keeps off :meth:`label_boxes`).

        ``page``: the names are drawn on the page where they begin, ended with "…" at its
        edge, and left off the next page: a page printed "r, Aisha Khan" at its left
        edge, the end of a label whose bar ended on the page before. ``blocked``: what a
        name put left of its bar stays off (:meth:`obstacles`).
        """
        for row in rows:
            geom = self._row_geometry(row, geoms)
            if geom is not None:
                self._paint_label(p, row.uid, geom, self.deadline(row), page, blocked)

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
        blocked: Sequence[Box] = (),
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
            placed = self._label_at(row.uid, geom, self.deadline(row), page, blocked)
            if placed is not None:
                at, label = placed
                top = at.y() - cap - 1.5
                boxes.append(QRectF(at.x() - 2, top, self._widths(label) + 4, height))
        return boxes

    def obstacles(
        self,
        bars: Iterable[BarGeometry],
        geoms: dict[int, BarGeometry],
        links: Iterable[Link],
        row_height: float,
    ) -> list[Box]:
        """What a name put left of its bar stays off: ``bars``, and the lines of ``links``
        as :meth:`paint_links` draws them between ``geoms`` (app/report/name_room.py)."""
        slack = self.options.show_slack
        boxes = [bar_box(g, slack) for g in bars]
        for path, _ in self._routes(geoms, links, row_height):
            boxes.extend(path_boxes(path))
        return boxes

    def _label_at(
        self,
        uid: int,
        geom: BarGeometry,
        mark: DeadlineMark | None,
        page: tuple[float, float] | None,
        blocked: Sequence[Box] = (),
    ) -> tuple[QPointF, str] | None:
        """Where a row's label begins (its baseline) and the text, shortened to the page
        (left of its bar, also to the stretch there that ``blocked`` leaves it)."""
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
        y = geom.mid_y + ascent / 2 - 1
        width = self._widths(label)
        if self.label_end is not None and x + width > self.label_end:
            # Past the chart's right edge: left of the bar, where there is more room, as
            # MS Project prints the last bars' names (the chart ends shortly after the
            # project does), off the lines and bars there (name_room.py), shortened only
            # if even that room is short. A page's edge inside the chart still shortens
            # it: the next page goes on from there.
            least = (page[0] if page is not None else 0.0) + 2
            band = (y - self._metrics.capHeight() - 1.5, y + self._metrics.descent() + 1)
            left, right_end = free_stretch(geom.x0 - 5, least, band, blocked, width)
            before = right_end - left  # room left of it
            if before > (end if end is not None else self.label_end) - x:
                if width > before:
                    label = short_label(label, before, self._widths)
                    if label.strip("\u2026 ") == "":
                        return None
                return QPointF(right_end - self._widths(label), y), label
        if end is not None and x + self._widths(label) > end:
            room = max(end - x, 0.0)
            # whole names and "+2", else the first name without its units ("Jonas W…+1")
            shortened = short_label(label, room, self._widths)
            if shortened.strip("\u2026 ") == "":
                return None  # room for no letter: nothing rather than a lone "…"
            label = shortened
        return QPointF(x, y), label

    def _paint_label(
        self,
        p: QPainter,
        uid: int,
        geom: BarGeometry,
        mark: DeadlineMark | None,
        page: tuple[float, float] | None,
        blocked: Sequence[Box] = (),
    ) -> None:
        placed = self._label_at(uid, geom, mark, page, blocked)
        if placed is None:
            return
        p.setFont(self.font)
        p.setPen(Colors.text)
        p.drawText(*placed)

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
        normal = QPen(Colors.link, 1.0)
        red = QPen(Colors.critical, 1.0)
        for path, critical in self._routes(geoms, links, row_height):
            p.setPen(red if critical else normal)
            paint_arrow(p, path, Colors.critical if critical else Colors.link)

    def _routes(
        self, geoms: dict[int, BarGeometry], links: Iterable[Link], row_height: float
    ) -> Iterator[tuple[ArrowPath, bool]]:
        """The path of each link drawn (both ends in ``geoms``), and whether it is red."""
        if not self.options.show_links:
            return
        for lk in links:
            a, b = geoms.get(lk.predecessor), geoms.get(lk.successor)
            if a is None or b is None:
                continue
            critical = self.options.show_critical and a.critical and b.critical
            yield route(lk.type, a, b, row_height), critical

    # ---------------------------------------------------------------- timescale

    def paint_timescale(self, p: QPainter, rect: QRectF) -> None:
        """The two header tiers over ``rect`` (x in chart units)."""
        paint_timescale(p, self.scale, rect, self.font, self._metrics, self._widths)
