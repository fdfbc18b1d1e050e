"""Cutting a Gantt chart into pages: fit N wide x M tall or a scale, columns and timescale repeated.

All sizes are in points (1/72 inch) before the page's scale is applied.
:class:`GanttPageLayout` decides what goes on which page; :func:`paint_page`
draws one page on any QPainter (PDF writer, printer, preview, image).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from app.domain.inactive_slack import shows_slack
from app.domain.link import Link
from app.domain.page_setup import LegendOn, fill
from app.domain.plan import Plan
from app.domain.schedule import Schedule, TaskTimes
from app.domain.workload import inactive_tasks
from app.report.bar_labels import bar_labels, labels_drawn
from app.report.bars import BarGeometry
from app.report.baseline_note import page_note
from app.report.chart_dates import chart_marks, chart_span, drawn_dates
from app.report.column_fit import fitted_columns
from app.report.columns import CellText, Column, columns_for, format_date
from app.report.end_pages import EndPages
from app.report.fonts import report_font
from app.report.gantt_paint import (
    ChartRow,
    Colors,
    GanttPainter,
    clip_out,
    path_kinds_in,
)
from app.report.group_rows import group_row_heights, paint_group_bars, row_levels
from app.report.name_rows import name_row_heights, row_tops
from app.report.options import PrintOptions
from app.report.page_breaks import band_cuts, break_rows
from app.report.page_fields import printout_values
from app.report.page_frame import (
    FOOTER_H,
    PageInfo,
    has_baseline_milestone_rows,
    has_deadline_rows,
    has_split_rows,
    legend_height,
    page_top,
    paint_legend,
    paint_note_line,
)
from app.report.page_layout import field_values
from app.report.page_texts import (
    legend_text_width,
    page_footer,
    page_header,
    page_number,
    paint_legend_text,
)
from app.report.plan_lookups import PlanLookups
from app.report.progress_line_paint import legend_color
from app.report.task_table import paint_table
from app.report.timescale import Timescale, level_named
from app.report.view_frame import printed

ROW_H = 16.0
TIMESCALE_H = 28.0
MIN_CHART_SHARE = 0.4  # the chart keeps at least this share of a page's width
# Fitting never shrinks the rows below this on its own: 8 pt text prints at 6 pt at 0.75.
# Beyond it a plan takes more pages tall (GanttProject's one squeezed page is what users flee).
LEGIBLE_SCALE = 0.75
LABEL_FONT = 8  # size of the chart's text on paper (names right of the bars)
# Share of the chart that names right of the last bars may take at most: a name that still
# runs past the edge goes left of its bar (gantt_paint), so the chart ends near the finish.
LABEL_ROOM = 0.1
# A name with no room left of its bar either (a short bar near the start, its slack drawn
# to the finish) gets room after it up to this share, as before names could go left.
LONE_LABEL_ROOM = 0.35
LEFT_ROOM = ROW_H * 0.6  # chart units before the first day: a whole diamond, an arrow's stub


def drawn_end(times: TaskTimes, show_slack: bool, active: bool = True) -> datetime:
    """Where a task's drawing ends and its names begin: its finish, or its slack line's end
    (an inactive task draws none: app/domain/inactive_slack.py, so its names follow its bar)."""
    if show_slack and active and not times.summary and times.total_slack_minutes > 0:
        return max(times.finish, times.late_finish)
    return times.finish


def end_with_label_room(
    start: datetime,
    end: datetime,
    labelled: Iterable[tuple[datetime, datetime, str]],
    chart_width: float,
    metrics: QFontMetricsF,
) -> datetime:
    """When a chart ``chart_width`` wide that starts at ``start`` should end.

    At least the usual margin after ``end`` (4 % and a day); later when the
    text drawn right of a bar (bar start, where the text begins, text) would run
    past the chart's right edge, though the texts never take more than
    :data:`LABEL_ROOM` of it; a text with no room left of its bar either (where
    the painter would put it) up to :data:`LONE_LABEL_ROOM`, so it is not cut.
    """
    days = max((end - start).total_seconds() / 86400, 1.0)
    per_day = chart_width / (days * 1.04 + 1)
    texts = [
        (_days(start, bar), _days(start, begins), metrics.horizontalAdvance(label) + 8)
        for bar, begins, label in labelled
        if label and begins > start
    ]
    for share, lone in ((LABEL_ROOM, False), (LONE_LABEL_ROOM, True)):
        least = chart_width * (1 - share)
        for bar, begins, width in texts:
            if lone and (begins * per_day + width <= chart_width or bar * per_day >= width):
                continue  # it fits after its bar, or left of it
            per_day = min(per_day, max(chart_width - width, least) / begins)
    return start + timedelta(days=chart_width / per_day)


def _days(start: datetime, moment: datetime) -> float:
    return (moment - start).total_seconds() / 86400


def label_metrics() -> QFontMetricsF:
    return QFontMetricsF(report_font(LABEL_FONT))


@dataclass(frozen=True, slots=True)
class PageSlot:
    """One page of the grid: its row/column and what part of the sheet it shows."""

    row: int
    col: int
    first_task: int  # index into the layout's rows
    last_task: int  # one past the last
    chart_x0: float  # chart units shown, left edge
    chart_x1: float
    table: bool  # whether the task columns are drawn on this page
    timescale: bool
    sheet: int = 0  # its number among the pages printed, when blank pages are left out


class GanttPageLayout:
    """Which rows and which date range every page of a printed Gantt shows."""

    def __init__(
        self,
        plan: Plan,
        schedule: Schedule,
        options: PrintOptions,
        page_width: float,
        page_height: float,
    ) -> None:
        self.plan = plan
        self.schedule = schedule
        self.options = options
        self.page_width = page_width
        self.page_height = page_height
        self.uids = [t.uid for t in plan.tasks] if options.rows is None else list(options.rows)
        self.row_of = {uid: i for i, uid in enumerate(self.uids)}
        self._links_of: dict[int, list[int]] | None = None  # task uid -> its links' places
        # Built once for the layout (room for the names right of the bars) and its painter.
        self.lookups = PlanLookups(plan)
        levels = row_levels(options.groups.values())
        names = CellText(plan, schedule, self.lookups.resources, None, options.flat, levels)
        # the ID and WBS columns as wide as their widest value (column_fit.py)
        self.columns: tuple[Column, ...] = fitted_columns(
            columns_for(options.columns, plan.project), names, self.uids
        )
        self.table_width = sum(c.width for c in self.columns)
        # A name wider than its column takes a second line of a taller row (name_rows.py);
        # None: every row one line, as a plan of short names always printed.
        self.heights = name_row_heights(
            names, self.uids, self.columns, self.lookups.summaries, ROW_H
        )
        # and a group's long label, as tall (group_rows.py)
        self.heights = group_row_heights(
            options.groups, self.uids, self.columns, self.heights, ROW_H
        )
        self.tops = row_tops(self.heights, len(self.uids), ROW_H)
        # The printed rows' deadlines and drawn baselines are inside the dates, like the bars.
        marks = chart_marks(self.lookups, self.uids, options.chart.show_baseline)
        self.last_drawn = drawn_dates(schedule, marks)[1]
        self.start, self.finish = chart_span(schedule, options.date_from, options.date_to, marks)
        self.split_rows = has_split_rows(plan, self.uids)  # the legend's "Split" entry
        # The Task Path colours the printed rows carry: the legend's entries for them.
        self.path_kinds = path_kinds_in(options.chart.path, self.uids)
        self.deadline_rows = has_deadline_rows(plan, self.uids)  # the legend's "Deadline"
        self.baseline_milestones = options.chart.show_baseline and has_baseline_milestone_rows(
            self.lookups, schedule, self.uids
        )  # the legend's grey diamond
        # Page Setup's switches, a header or footer typed empty left out (its room the page's)
        self.header = options.header and printed(options.setup.header)
        self.footer = options.footer and printed(options.setup.footer)
        # the header, or with it off the filter's line alone: the rows below say what chose them
        # and the baseline its variances use (app/report/baseline_note.py)
        self.note = page_note(plan, options)
        self.body_top = page_top(self.header, self.note)
        # the legend's entries (page_frame.paint_legend's keywords), its place and its text
        status, today = options.chart.status_date, options.chart.today
        self.legend_args: dict[str, Any] = {
            "baseline": options.chart.show_baseline,
            "slack": options.chart.show_slack,
            "split": self.split_rows,
            "path": self.path_kinds,
            "deadline": self.deadline_rows,
            "baseline_milestone": self.baseline_milestones,
            "preleveled": options.chart.show_preleveled,
            "today": today is not None and self.start <= today <= self.finish,
            "status_date": status is not None and self.start <= status <= self.finish,
            "inactive": not inactive_tasks(plan).isdisjoint(self.uids),  # hollow grey bars
            "progress_line": legend_color(plan, schedule, self.start, self.finish),
        }
        setup = options.setup
        legend = setup.legend if options.legend else LegendOn.NONE
        day = options.printed_on or datetime.now()
        # its fields are filled in on each page (&[Page]); its room fits a 4-digit number
        sample = fill(
            setup.legend_text,
            field_values(plan.project, day, 9999, 9999, options.view, options.file_name),
        )
        self.legend_room = legend_text_width(sample, page_width)
        self.legend_h = (
            legend_height(page_width - self.legend_room, **self.legend_args)
            if legend is LegendOn.EVERY_PAGE
            else 0.0
        )
        footer = FOOTER_H if self.footer else 0.0
        self.body_height = max(page_height - self.body_top - footer - self.legend_h, 50.0)
        # the legend page ("On the last page") and the task notes, after the grid
        self.end_pages = EndPages(
            plan,
            self.uids,
            replace(setup, legend=legend),
            page_width,
            page_height - self.body_top - footer,
            self.legend_args,
        )
        self.pages: list[PageSlot] = []
        self._painter: GanttPainter | None = None
        self.breaks = break_rows(plan, self.uids, options.page_breaks)  # Insert Page Break
        if options.scale is None:
            tall = options.pages_tall
            self._fit(max(options.pages_wide, 1), self._legible_tall() if tall is None else tall)
        else:
            self._scaled(max(options.scale, 0.05))
        self.grid_pages = len(self.pages)  # rows x columns of pages, blank ones included
        if not options.blank_pages and self.cols_count > 1:
            from app.report.blank_gantt_pages import without_blank_pages  # imports this module

            self.pages = without_blank_pages(self)

    @property
    def printed_pages(self) -> int:
        """How many pages print: the grid's (less the blank ones left out) and those after it."""
        return len(self.pages) + len(self.end_pages)

    @property
    def blank(self) -> int:
        """Pages of the grid left out as blank (Page Setup's "Print blank pages" off)."""
        return self.grid_pages - len(self.pages)

    # -------------------------------------------------------------- fitting

    def _legible_tall(self) -> int:
        """The fewest pages tall that print every row at :data:`LEGIBLE_SCALE` or larger.

        When the task columns alone make the print smaller than that (a portrait
        page), the rows are that small anyway: as many go on a page as fit then,
        rather than half-empty pages.
        """
        scale = min(LEGIBLE_SCALE, self._width_scale())
        per_page = max(int((self.body_height / scale - TIMESCALE_H) // ROW_H), 1)
        return len(self._cuts(per_page * ROW_H))

    def _cuts(self, room: float) -> list[tuple[int, int]]:
        """Each band of pages' rows as (first, end) indexes, ``room`` (chart units under the
        timescale) a page: as many whole rows as fit, at least one; a new page at each
        manual page break (app/report/page_breaks.py)."""
        return band_cuts(len(self.uids), self.heights, room, ROW_H, self.breaks)

    def _width_scale(self) -> float:
        """The largest scale at which the task columns leave the chart its share of the page."""
        if not self.table_width:
            return 1.0
        return min(1.0, self.page_width * (1 - MIN_CHART_SHARE) / self.table_width)

    def _fit(self, wide: int, tall: int) -> None:
        tall = max(tall, 1, len(self.breaks) + 1)  # a page at least between two breaks
        n = len(self.uids)
        room = max(math.ceil(n / tall), 1) * ROW_H
        cuts = self._cuts(room)
        while len(cuts) > tall:  # rows made taller by long names: a page holds fewer
            room += ROW_H
            cuts = self._cuts(room)
        content_h = TIMESCALE_H + room
        # Shrink further when the table alone would crowd the chart out.
        scale = min(1.0, self.body_height / content_h, self._width_scale())
        if scale < self.body_height / content_h:
            # The width sets the size: fill each page with as many rows as fit at it
            # (fewer pages, never more than asked) instead of pages left half empty.
            room = max(int((self.body_height / scale - TIMESCALE_H) // ROW_H) * ROW_H, room)
            cuts = self._cuts(room)
        else:  # as many bands as asked for, those past the last row blank
            cuts += [(n, n)] * (tall - len(cuts))
        self.scale = scale
        avail = [self._chart_room(c) for c in range(wide)]
        if self._names_shown():
            # Later than the usual margin when a late bar's names would run off the chart.
            base = datetime.combine(self.last_drawn.date(), datetime.min.time())
            self.finish = max(
                self.finish,
                end_with_label_room(
                    self.start,
                    base + timedelta(days=1),
                    self._labelled(),
                    sum(avail),
                    label_metrics(),
                ),
            )
        self.timescale = Timescale.fitting(self.start, self.finish, sum(avail))
        if self._left_room():
            self.timescale = Timescale.fitting(self.start, self.finish, sum(avail))
        self._grid(cuts, avail)

    def _scaled(self, scale: float) -> None:
        self.scale = scale
        self.timescale = Timescale.at_level(self.start, level_named("weeks"))
        if self._left_room():
            self.timescale = Timescale.at_level(self.start, level_named("weeks"))
        total = self.timescale.x_of(self.finish)
        if self._names_shown():
            widths = label_metrics().horizontalAdvance
            x_of = self.timescale.x_of
            total = max(
                [total, *(x_of(f) + widths(label) + 8 for _s, f, label in self._labelled())]
            )
        per_page = max(int((self.body_height / scale - TIMESCALE_H) // ROW_H), 1)
        cuts = self._cuts(per_page * ROW_H)
        avail: list[float] = []
        while sum(avail) < total or not avail:
            avail.append(self._chart_room(len(avail)))
        self._grid(cuts, avail)

    def _left_room(self) -> bool:
        """Start the chart :data:`LEFT_ROOM` earlier on the timescale made (True: moved).

        Not when the user chose the first date. At midnight of the first day, the
        kick-off milestone's diamond and the arrows into the first bars were cut in half
        by the edge (a day is under 2 points on a narrow page of a long plan).
        """
        if self.options.date_from is not None:
            return False
        self.start -= timedelta(days=LEFT_ROOM / self.timescale.px_per_day)
        return True

    def _names_shown(self) -> bool:
        """Whether the chart ends where the project does and draws people's names."""
        chart = self.options.chart
        return self.options.date_to is None and labels_drawn(
            chart.right_label, chart.show_resources
        )

    def _labelled(self) -> list[tuple[datetime, datetime, str]]:
        """(start, where the names begin, names drawn right of the bar) of each task that has
        people."""
        times = self.schedule.times
        chart = self.options.chart
        slack = chart.show_slack
        labels = bar_labels(chart.right_label, chart.show_resources, self.lookups, self.schedule)
        tasks = self.lookups.tasks
        return [
            (t.start, drawn_end(t, slack, uid in tasks and shows_slack(tasks[uid])), label)
            for uid, label in labels.items()
            if label and (t := times.get(uid)) is not None
        ]

    def _chart_room(self, col: int) -> float:
        table = self.table_width if (self.options.repeat_columns or col == 0) else 0.0
        return max(self.page_width / self.scale - table, 10.0)

    def _grid(self, cuts: list[tuple[int, int]], avail: list[float]) -> None:
        """The pages: a band down for each of ``cuts``' rows, a page across for each chart
        width of ``avail``."""
        for r, (first, last) in enumerate(cuts):
            x = 0.0
            for c, width in enumerate(avail):
                self.pages.append(
                    PageSlot(
                        r + 1,
                        c + 1,
                        first,
                        last,
                        x,
                        x + width,
                        self.options.repeat_columns or c == 0,
                        self.options.repeat_timescale or r == 0,
                    )
                )
                x += width
        self.chart_end = sum(avail)  # the right edge of the last column of pages
        self.rows_count = len(cuts)
        self.cols_count = len(avail)

    def links_touching(self, uids: Collection[int]) -> list[Link]:
        """The plan's links into or out of these tasks, in the plan's order."""
        if self._links_of is None:
            self._links_of = {}
            for k, lk in enumerate(self.plan.links):
                self._links_of.setdefault(lk.predecessor, []).append(k)
                self._links_of.setdefault(lk.successor, []).append(k)
        links_of = self._links_of
        places = sorted({k for uid in uids for k in links_of.get(uid, ())})
        return [self.plan.links[k] for k in places]

    # -------------------------------------------------------------- painting

    def painter_for(self) -> GanttPainter:
        """A chart painter set up for this layout's scale and options (made once)."""
        if self._painter is not None:
            return self._painter
        painter = self._painter = GanttPainter(
            self.plan,
            self.schedule,
            self.timescale,
            self.options.chart,
            font_px=LABEL_FONT,
            lookups=self.lookups,
        )
        # Names run on to the pages' right edge: past the finish on the last page that a
        # scale (not fitting) makes wide enough for them, where they were cut at the finish.
        painter.label_end = max(self.timescale.x_of(self.finish), self.chart_end)
        return painter

    def page_info(self, slot: PageSlot, printed_on: date) -> PageInfo:
        """Header and footer texts of a page; with blank pages left out, also its number
        among those printed and the rows and dates it holds."""
        sheet, sheets, span = 0, 0, ""
        if self.end_pages and not slot.sheet:  # counted with the pages after the grid
            sheet, sheets = (slot.row - 1) * self.cols_count + slot.col, self.printed_pages
        if slot.sheet:
            sheet, sheets = slot.sheet, self.printed_pages
            day_of = self.timescale.moment_at
            first = day_of(slot.chart_x0)
            last = day_of(slot.chart_x1) - timedelta(seconds=1)
            rows = f"Rows {slot.first_task + 1:,}\u2013{slot.last_task:,}"
            span = f"{rows}, {format_date(first)} \u2013 {format_date(last)}"
        return PageInfo(
            self.plan.project.name,
            self.plan.project.status_date,
            printed_on,
            slot.row,
            slot.col,
            self.rows_count,
            self.cols_count,
            "",
            sheet,
            sheets,
            span,
            self.note,  # "Filter: Critical · Grouped by Resource · Baseline: ...", if any
        )

    def end_page_info(self, index: int, printed_on: date) -> PageInfo:
        """Header and footer texts of page ``index`` after the grid: numbered after it."""
        project = self.plan.project
        sheet, sheets = len(self.pages) + index + 1, self.printed_pages
        return PageInfo(
            project.name,
            project.status_date,
            printed_on,
            1,
            1,
            1,
            1,
            "",
            sheet,
            sheets,
            note=self.note,
        )


def paint_page(
    p: QPainter,
    layout: GanttPageLayout,
    slot: PageSlot,
    chart: GanttPainter,
    cells: CellText,
    printed_on: date,
) -> None:
    """Draw one page; the painter's unit is one point and (0, 0) the printable area's corner."""
    opts = layout.options
    info = layout.page_info(slot, printed_on)
    footer_top = paint_frame(p, layout, info, printed_on)
    if layout.legend_h:  # on every page, under the chart, its own text at its left
        top, room = footer_top - layout.legend_h, layout.legend_room
        values = printout_values(layout.plan.project, printed_on, *page_number(info), opts)
        paint_legend_text(p, fill(opts.setup.legend_text, values), top, room, layout.legend_h)
        p.save()
        p.translate(room, 0)
        paint_legend(p, top, layout.page_width - room, **layout.legend_args)
        p.restore()
    p.save()
    p.translate(0, layout.body_top)
    p.scale(layout.scale, layout.scale)
    ts_h = TIMESCALE_H if slot.timescale else 0.0
    first, tops = slot.first_task, layout.tops
    top_of = ts_h - tops[first]  # a row's top on the page, less its place in the layout
    lines = [
        ChartRow(uid, top_of + tops[i], tops[i + 1] - tops[i])
        for i, uid in enumerate(layout.uids[first : slot.last_task], start=first)
    ]
    rows = [_bar_row(row) for row in lines]  # a taller row's bar keeps its size, centred
    body_h = top_of + tops[slot.last_task]
    table_w = layout.table_width if slot.table else 0.0
    if slot.table:
        paint_table(p, layout.columns, lines, cells, ts_h, groups=opts.groups)
    chart_w = slot.chart_x1 - slot.chart_x0
    p.save()
    p.translate(table_w - slot.chart_x0, 0)
    clip = QRectF(slot.chart_x0, 0, chart_w, body_h)
    p.setClipRect(clip)
    body = QRectF(slot.chart_x0, ts_h, chart_w, body_h - ts_h)
    chart.paint_background(p, body)
    if slot.timescale:
        chart.paint_timescale(p, QRectF(slot.chart_x0, 0, chart_w, ts_h))
    p.save()
    p.setClipRect(body)
    page = (slot.chart_x0, slot.chart_x1)
    page_geoms = chart.paint_bars(p, rows, page, labels=False)
    paint_group_bars(p, chart.scale, rows, opts.groups)  # View > Group by's header rows
    links = layout.links_touching(page_geoms)
    # Geometry of the far end of each link too, so arrows to rows on other pages
    # still leave the page (only those rows: every row per page made printing a
    # large plan take pages x rows).
    geoms: dict[int, BarGeometry] = {}
    for uid in {u for lk in links for u in (lk.predecessor, lk.successor)}:
        i = layout.row_of.get(uid)
        if i is None:
            continue
        g = chart.geometry(_bar_row(ChartRow(uid, top_of + tops[i], tops[i + 1] - tops[i])))
        if g is not None:
            geoms[uid] = g
    blocked = chart.obstacles(page_geoms.values(), geoms, links, ROW_H)  # names left of bars
    p.save()
    clip_out(p, body, chart.label_boxes(rows, page_geoms, page, blocked))  # no line through a name
    chart.paint_links(p, geoms, links, ROW_H)
    p.restore()
    chart.paint_labels(p, rows, page_geoms, page, blocked)
    chart.paint_lines(p, body, rows)
    p.restore()
    p.restore()
    p.setPen(QPen(Colors.grid, 0.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(0, 0, table_w + chart_w, body_h))
    p.restore()


def paint_frame(p: QPainter, layout: GanttPageLayout, info: PageInfo, printed_on: date) -> float:
    """A page's header and footer (Gantry's, or those typed in Page Setup, fields filled in
    for the page); returns where the footer begins."""
    opts = layout.options
    values = printout_values(layout.plan.project, printed_on, *page_number(info), opts)
    info = replace(info, first_number=opts.first_page_number)  # Gantry's own "Page 5 of 9"
    if layout.header:
        page_header(p, opts.setup, info, values, layout.page_width)
    elif info.note:
        paint_note_line(p, info.note, layout.page_width)
    footer_top = layout.page_height - (FOOTER_H if layout.footer else 0.0)
    if layout.footer:
        page_footer(p, opts.setup, info, values, footer_top, layout.page_width)
    return footer_top


def paint_end_page(p: QPainter, layout: GanttPageLayout, index: int, printed_on: date) -> None:
    """Draw page ``index`` of those after the grid (the legend page, the task notes)."""
    info = layout.end_page_info(index, printed_on)
    paint_frame(p, layout, info, printed_on)
    opts = layout.options
    values = printout_values(layout.plan.project, printed_on, *page_number(info), opts)
    layout.end_pages.paint(p, index, layout.body_top, values)


def _bar_row(row: ChartRow) -> ChartRow:
    """Where a row's bar is drawn: the row itself, or in a row made taller by a long name
    (app/report/name_rows.py) a row's height in its middle, so its bar keeps its size."""
    if row.height == ROW_H:
        return row
    return ChartRow(row.uid, row.top + (row.height - ROW_H) / 2, ROW_H)
