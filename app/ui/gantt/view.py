"""The Gantt chart pane: follows the task tree's rows and scroll, draws through app.report.

Only the rows the tree shows in its viewport and the visible date range are
drawn. Wires the pieces: the painted surface (canvas.py), mouse gestures that
become undo commands (interaction.py), row placement (rows.py) and hover text
(tooltip.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontInfo, QPainter
from PySide6.QtWidgets import QScrollBar, QVBoxLayout, QWidget

from app.report.bar_labels import RIGHT_LABELS, RightLabel
from app.report.bars import BarGeometry, DeadlineMark
from app.report.gantt_paint import ChartOptions, ChartRow, GanttPainter
from app.report.timescale import ZOOM_LEVELS, Timescale, level_for, level_named
from app.ui.document import Document
from app.ui.gantt.canvas import Canvas
from app.ui.gantt.interaction import ChartMouse, Gesture
from app.ui.gantt.repaint import changed_region, selection_region
from app.ui.gantt.rows import RowIndex, visible_rows
from app.ui.gantt.tooltip import deadline_tooltip_text, tooltip_text
from app.ui.models.roles import TaskUidRole
from app.ui.selected_rows import selected_row_starts
from app.ui.task_tree_selection import SheetSelection

if TYPE_CHECKING:
    from app.ui.gantt.rows import ChartTree

MIN_HEADER = 36
SELECTED_ROW = QColor(60, 120, 230, 40)  # the selected rows' band, over the day shading


# View-menu toggles: (action id, menu text, ChartOptions flag).
TOGGLES: tuple[tuple[str, str, str], ...] = (
    ("gantt_show_critical", "Show &Critical Path", "show_critical"),
    ("gantt_show_baseline", "Show &Baseline", "show_baseline"),
    ("gantt_show_slack", "Show &Slack", "show_slack"),
    ("gantt_show_links", "Show &Dependency Arrows", "show_links"),
    ("gantt_show_resources", "Show &Resource Names", "show_resources"),
)


class GanttView(QWidget):
    """Gantt chart beside a task tree (same rows, same vertical scroll)."""

    sig_zoom_changed = Signal(str)
    sig_task_activated = Signal(int)
    sig_error = Signal(str)

    def __init__(
        self,
        document: Document,
        tree: ChartTree,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.tree = tree
        self._clock = clock
        self.options = ChartOptions()
        self._rows: RowIndex | None = None
        self._rows_stale = False  # the tree's rows may have changed since
        self._painter: GanttPainter | None = None
        self._selected: set[int] | None = set()  # None: read when next asked for
        # Drawn over the bars of the visible rows, in order (Format > Task Path's colours).
        self.overlays: list[Callable[[QPainter, dict[int, BarGeometry]], None]] = []
        start = document.plan.project.start
        origin = datetime.combine(start.date(), datetime.min.time()) - timedelta(days=14)
        self.scale = Timescale.at_level(origin, level_named("days"))
        self.canvas = Canvas(self)
        self.mouse = ChartMouse(self)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hbar)
        header = tree.header()
        header.setMinimumHeight(max(header.sizeHint().height(), MIN_HEADER))
        self.hbar.valueChanged.connect(self.canvas.update)
        tree.verticalScrollBar().valueChanged.connect(self.canvas.update)
        tree.expanded.connect(self._on_rows_changed)
        tree.collapsed.connect(self._on_rows_changed)
        self._connect_model()
        document.sig_changed.connect(self._on_document_changed)
        self._update_range()
        self.hbar.setValue(int(self.scale.x_of(start)) - 20)
        self._project_start = start  # followed when Project Information moves it

    # ------------------------------------------------------------------ wiring

    def _connect_model(self) -> None:
        model = self.tree.model()
        if model is not None:
            for sig in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.layoutChanged,
            ):
                sig.connect(self._on_rows_changed)
        selection = self.tree.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._on_selection_changed)

    def _on_rows_changed(self, *_args: object) -> None:
        self._rows_stale = True
        self.canvas.update()

    def _on_selection_changed(self, *args: object) -> None:
        self._selected = None  # read at the next paint: once for a burst of changes
        # Enter moving to the next row: only the two rows' bands are drawn again.
        spans = [
            (span.top(), span.bottom())
            for selection in args
            if isinstance(selection, QItemSelection)
            for span in (selection.at(i) for i in range(selection.size()))
        ]
        region = selection_region(self, spans) if len(args) == 2 else None
        if region is None:
            self.canvas.update()
        elif not region.isEmpty():
            self.canvas.update(region)

    def selected_uids(self) -> set[int]:
        """The selected rows' tasks, banded on the chart.

        Read from the selection's rows (app/ui/selected_rows.py): Qt's selectedRows() asks
        every cell's flags (13 s after Ctrl+A on 5,000 tasks).
        """
        if self._selected is None:
            tree = self.tree
            if isinstance(tree, SheetSelection):
                self._selected = set(tree.iter_selected_uids())
            else:
                self._selected = {
                    int(uid)
                    for i in selected_row_starts(tree.selectionModel())
                    if (uid := i.data(TaskUidRole)) is not None
                }
        return self._selected

    def _on_document_changed(self) -> None:
        # A drag measured from the old schedule (an undo by key mid-drag) would set stale dates.
        self.mouse.cancel()
        # A new schedule: a new painter (the lookups it reads followed the edit). The rows
        # and link spans are looked at again when next asked for, and only what moved.
        before, self._painter = self._painter, None
        edited = getattr(self.tree.model(), "edited_in_place", None)
        self._rows_stale = True
        # Where the start was on screen, read before the range changes under it (an undo's
        # shorter plan clamps the scroll; an earlier start moves the scale's origin).
        shown = self.scale.x_of(self._project_start) - self.hscroll
        scroll = self.hscroll
        self._update_range()
        self._follow_project_start(shown)
        region = None
        if self.hscroll == scroll:
            region = changed_region(self, before, edited)
        if region is None:
            self.canvas.update()
        elif not region.isEmpty():
            self.canvas.update(region)  # the bars an edit in place moved, and their links

    def _follow_project_start(self, shown: float) -> None:
        """A chart showing the project's start keeps showing it when the start moves (a new
        plan's real start set in Project Information, or its undo): tasks typed next are
        drawn there, not off screen. A chart scrolled elsewhere is left where it is."""
        old, new = self._project_start, self.document.plan.project.start
        if new == old:
            return
        self._project_start = new
        if 0 <= shown < max(self.canvas.width(), 1):
            self.hbar.setValue(int(self.scale.x_of(new) - shown))

    # ------------------------------------------------------------------ state

    def label_px(self) -> int:
        """The bar labels' and timescale's text size: a pixel under the user's font, as 11 px
        sat under the default 12 px, and 11 px at least (it was 11 px whatever the font, small
        beside a large-font sheet)."""
        return max(11, QFontInfo(self.font()).pixelSize() - 1)

    def chart_painter(self) -> GanttPainter:
        """The renderer for the current plan state (rebuilt after every change)."""
        if self._painter is None:
            opts = replace(
                self.options,
                today=self._clock(),
                status_date=self.document.plan.project.status_date,
            )
            self._painter = GanttPainter(
                self.document.plan,
                self.document.schedule,
                self.scale,
                opts,
                font_px=self.label_px(),
                lookups=self.document.lookups(),
            )
        self._painter.scale = self.scale
        return self._painter

    def row_index(self) -> RowIndex:
        """Display order of the tree's rows and the links across them, kept up to date.

        After an edit only what changed is placed again: the rows that moved,
        the link spans when rows moved or the links changed (the lookups hand
        out new link arrays then). Rebuilding both took ~30 ms at 100k tasks.
        """
        plan = self.document.plan
        ends = self.document.lookups().link_ends
        rows = self._rows
        if rows is None:
            rows = self._rows = RowIndex(self.tree, plan)
            rows.index_links(plan.links, ends)
        elif (self._rows_stale and rows.refresh(self.tree, plan)) or rows.ends is not ends:
            rows.index_links(plan.links, ends)
        self._rows_stale = False
        return rows

    def header_height(self) -> int:
        """Height of the timescale: the tree's header, so that rows line up."""
        return self.tree.viewport().geometry().top()

    @property
    def hscroll(self) -> int:
        """Chart x at the canvas's left edge."""
        return self.hbar.value()

    def _update_range(self) -> None:
        sched = self.document.schedule
        start = min(sched.start, self.document.plan.project.start)
        if start < self.scale.origin:
            origin = datetime.combine(start.date(), datetime.min.time()) - timedelta(days=14)
            shift = self.scale.x_of(origin)
            self.scale = replace(self.scale, origin=origin)
            self.hbar.setValue(int(self.hbar.value() - shift))
        span = (sched.finish - self.scale.origin) * 1.25 + timedelta(days=60)
        total = self.scale.x_of(self.scale.origin + span)
        page = max(self.canvas.width(), self.width(), 1)
        # Room to scroll a page past the finish, so zooming can keep its anchor.
        total = max(total, self.scale.x_of(sched.finish) + page)
        self.hbar.setRange(0, max(int(total), 0))
        self.hbar.setPageStep(page)
        self.hbar.setSingleStep(max(int(self.scale.px_per_day), 8))

    def showEvent(self, event: object) -> None:
        """Take the window's toggle states (they may have changed before the chart was built)."""
        super().showEvent(event)  # type: ignore[arg-type]
        window = self.window()
        changes: dict[str, Any] = {}
        for action_id, _text, flag in TOGGLES:
            action = window.findChild(QAction, action_id)
            if action is not None and action.isCheckable():
                changes[flag] = action.isChecked()
        if changes and replace(self.options, **changes) != self.options:
            self.options = replace(self.options, **changes)
            self._painter = None

    def resizeEvent(self, event: object) -> None:
        """Keep the scroll range fitting the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_range()

    # ------------------------------------------------------------------ rows

    def visible_rows(self) -> list[ChartRow]:
        """Rows in the tree's viewport, in canvas coordinates (order from :meth:`row_index`)."""
        return visible_rows(self.tree, self.row_index(), self.header_height())

    def row_at(self, y: float) -> ChartRow | None:
        """The row under a canvas y."""
        for row in self.visible_rows():
            if row.top <= y < row.top + row.height:
                return row
        return None

    def bar_at(self, pos: QPointF) -> BarGeometry | None:
        """The bar under a canvas point."""
        row = self.row_at(pos.y())
        if row is None:
            return None
        geom = self.chart_painter().geometry(row)
        x = pos.x() + self.hscroll
        if geom is None or not geom.contains(x, pos.y()):
            return None
        return geom

    def deadline_at(self, pos: QPointF) -> DeadlineMark | None:
        """The deadline arrow under a canvas point."""
        row = self.row_at(pos.y())
        if row is None:
            return None
        mark = self.chart_painter().deadline(row)
        if mark is None or not mark.contains(pos.x() + self.hscroll, pos.y()):
            return None
        return mark

    # ------------------------------------------------------------------ zoom

    def zoom_level(self) -> str:
        """Name of the current zoom level (hours ... quarters)."""
        return self.scale.level.name

    def set_zoom(self, name: str, anchor_x: float | None = None) -> None:
        """Switch to a zoom level, keeping the moment under ``anchor_x`` in place."""
        self._rescale(Timescale.at_level(self.scale.origin, level_named(name)), anchor_x)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        """One zoom level finer."""
        self._rescale(self.scale.zoomed(1), anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        """One zoom level coarser."""
        self._rescale(self.scale.zoomed(-1), anchor_x)

    def fit_project(self) -> None:
        """Scale so that the whole project fits the chart's width."""
        sched = self.document.schedule
        width = max(self.canvas.width() - 40, 50)
        days = max((sched.finish - sched.start).total_seconds() / 86400, 1 / 24)
        px = width / days
        self.mouse.cancel()  # a drag's pixels belong to the old scale
        self.scale = Timescale(self.scale.origin, px, level_for(px))
        self._painter = None
        self._update_range()
        self.hbar.setValue(int(self.scale.x_of(sched.start)) - 20)
        self.canvas.update()
        self.sig_zoom_changed.emit(self.zoom_level())

    def left_moment(self) -> datetime:
        """The moment at the chart's left edge (kept with the zoom when the window closes)."""
        return self.scale.moment_at(self.hscroll)

    def restore_scale(self, px_per_day: float, left: datetime | None) -> None:
        """Show the chart at a kept scale, ``left`` at its left edge (a reopened plan)."""
        if px_per_day <= 0:
            return
        self.mouse.cancel()
        self.scale = Timescale(self.scale.origin, px_per_day, level_for(px_per_day))
        self._painter = None
        self._update_range()
        if left is not None:
            self.hbar.setValue(int(self.scale.x_of(left)))
        self.canvas.update()
        self.sig_zoom_changed.emit(self.zoom_level())

    def _rescale(self, scale: Timescale, anchor_x: float | None) -> None:
        self.mouse.cancel()  # a drag's pixels belong to the old scale
        ax = self.canvas.width() / 2 if anchor_x is None else anchor_x
        moment = self.scale.moment_at(self.hscroll + ax)
        self.scale = scale
        self._update_range()
        self.hbar.setValue(int(scale.x_of(moment) - ax))
        self.canvas.update()
        self.sig_zoom_changed.emit(self.zoom_level())

    def scroll_to_task(self, uid: int | None = None) -> None:
        """Bring a task's bar (default: the tree's current task) into view."""
        if uid is None:
            current = self.tree.currentIndex().data(TaskUidRole)
            if current is None:
                return
            uid = int(current)
        times = self.document.schedule.get(uid)
        if times is None:
            return
        self.hbar.setValue(int(self.scale.x_of(times.start)) - 40)
        self.canvas.update()

    def scroll_to_start(self) -> None:
        """Bring the project's start to the chart's left edge (MS Project's Alt+Home)."""
        self.hbar.setValue(int(self.scale.x_of(self.document.schedule.start)) - 40)
        self.canvas.update()

    def scroll_to_finish(self) -> None:
        """Bring the project's finish near the chart's right edge (MS Project's Alt+End)."""
        finish = self.scale.x_of(self.document.schedule.finish)
        self.hbar.setValue(int(finish) - max(self.canvas.width() - 40, 0))
        self.canvas.update()

    def scroll_timescale(self, cells: int) -> None:
        """Scroll the chart ``cells`` cells of its lower timescale tier to the right
        (negative: left): a day at the Days zoom, a week at Weeks (MS Project's Alt+Right
        and Alt+Left)."""
        cell = self.scale.level.bottom.value * self.scale.px_per_day
        self.hbar.setValue(self.hbar.value() + round(cells * max(cell, 1.0)))

    def scroll_screens(self, screens: int) -> None:
        """Scroll the chart ``screens`` chart widths to the right (negative: left), as MS
        Project's Alt+Page Down and Alt+Page Up."""
        self.hbar.setValue(self.hbar.value() + screens * max(self.canvas.width(), 1))

    # ------------------------------------------------------------------ toggles

    def set_option(self, name: str, value: bool) -> None:
        """Switch a ChartOptions flag (show_critical, show_baseline, show_slack, ...)."""
        if not name.startswith("show_") or not hasattr(self.options, name):
            raise ValueError(f"no chart option {name}")
        changes: dict[str, Any] = {name: value}
        self.options = replace(self.options, **changes)
        self._painter = None
        self.canvas.update()

    def set_right_label(self, choice: RightLabel | None) -> None:
        """Choose the text right of the bars: the people, the % complete or none."""
        if choice is not None and choice not in RIGHT_LABELS:
            raise ValueError(f"no bar label {choice!r}")
        if self.options.right_label == choice:
            return
        self.options = replace(self.options, right_label=choice)
        self._painter = None
        self.canvas.update()

    # ------------------------------------------------------------------ hover

    def tooltip_text(self, uid: int) -> str:
        """Hover text of a bar: dates, duration, slack, people."""
        return tooltip_text(self.document, self.chart_painter(), uid)

    def deadline_tooltip_text(self, mark: DeadlineMark) -> str:
        """Hover text of a deadline arrow: ``Deadline: Fri 13 Mar``."""
        return deadline_tooltip_text(self.document, mark)

    # ------------------------------------------------------------------ painting

    def paint(self, p: QPainter, width: int, height: int, area: QRectF | None = None) -> None:
        """Draw the visible part of the chart (also used by the benchmarks); ``area``: the
        part of the canvas to draw again (the painter clips to it), None: all of it."""
        chart = self.chart_painter()
        hh = self.header_height()
        x0 = self.hscroll
        p.fillRect(0, 0, width, height, QColor("white"))
        rows = self.visible_rows()
        drawn = rows
        if area is not None:  # the bars of the rows in the area (arrows may cross it)
            top, bottom = area.top(), area.bottom()
            drawn = [r for r in rows if r.top <= bottom and r.top + r.height >= top]
        p.save()
        p.translate(-x0, 0)
        body = QRectF(x0, hh, width, height - hh)
        p.setClipRect(body)
        chart.paint_background(p, body)
        # Over the shading, translucent: drawn under it, the band broke at every weekend.
        selected = self.selected_uids()
        for row in drawn:
            if row.uid in selected:
                p.fillRect(QRectF(x0, row.top, width, row.height), SELECTED_ROW)
        geoms = chart.paint_bars(p, drawn)
        for overlay in self.overlays:
            overlay(p, geoms)
        if rows and chart.options.show_links:
            self._paint_links(p, chart, rows, geoms)
        chart.paint_lines(p, body, rows)
        self.mouse.paint_drag(p)
        p.setClipping(False)
        if area is None or area.top() < hh:
            chart.paint_timescale(p, QRectF(x0, 0, width, hh))
        p.restore()

    def _paint_links(
        self,
        p: QPainter,
        chart: GanttPainter,
        rows: list[ChartRow],
        geoms: dict[int, BarGeometry],
    ) -> None:
        index = self.row_index()
        first = index.row_of.get(rows[0].uid)
        last = index.row_of.get(rows[-1].uid)
        if first is None or last is None:
            return
        row_of = index.row_of
        links = [
            lk
            for lk in index.links_near(first, last)
            if min(row_of[lk.predecessor], row_of[lk.successor]) <= last
            and max(row_of[lk.predecessor], row_of[lk.successor]) >= first
        ]
        h = rows[0].height
        top0 = rows[0].top
        all_geoms = dict(geoms)
        for lk in links:
            for uid in (lk.predecessor, lk.successor):
                if uid not in all_geoms:
                    r = index.row_of[uid]
                    g = chart.geometry(ChartRow(uid, top0 + (r - first) * h, h))
                    if g is not None:
                        all_geoms[uid] = g
        chart.paint_links(p, all_geoms, links, h)


__all__ = ["TOGGLES", "ZOOM_LEVELS", "GanttView", "Gesture"]
