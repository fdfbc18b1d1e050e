"""Chart axes written as the rest of the window writes dates and figures, in the user's
locale (Qt's default, asked at each paint as app/ui/budget/money.py asks it).

pyqtgraph labels a date axis with ``strftime`` (the C library's locale, English unless
the process set LC_TIME: ``May`` under de_DE) and figures with ``%f`` (``0.9``). Here a
date axis names its months and weekdays as the Gantt timescale does
(app/report/timescale_names.date_names: ``Mai``, ``Okt`` in German) and its hours in the
locale's short time; a figure axis writes the locale's marks and its unit (``12,5h``,
``40 t``), a money axis the plan's currency and the locale's grouping (``€1.500`` in
German, ``1 500 €`` in French). The C locale's dates are pyqtgraph's, byte for byte.

Tick density follows the labels' real widths in the axis' font (a month's name is wider
in French, ``janv.``, than pyqtgraph's ``MMM`` sample), so labels never overlap at any
scaling or on a long plan.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from math import ceil, log10

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs nor py.typed
from pyqtgraph.graphicsItems.DateAxisItem import (  # type: ignore[import-untyped]
    DAY_HOUR_ZOOM_LEVEL,
    MONTH_DAY_ZOOM_LEVEL,
    YEAR_MONTH_ZOOM_LEVEL,
    ZoomLevel,
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QFontMetricsF

from app.domain.day_names import DateNames
from app.domain.project import Project
from app.report.locale_numbers import local_figure, local_money, locale_marks
from app.report.timescale_names import date_names

DAY = 86400.0
FINEST = 6 * 3600.0  # the least time a date axis spans when zoomed in: hours, not seconds
GAP = 8.0  # px left free between two labels

# pyqtgraph's zoom levels from years to hours (minutes and seconds: a plan is not read so).
_LEVELS = (
    (np.inf, YEAR_MONTH_ZOOM_LEVEL),
    (5 * DAY, MONTH_DAY_ZOOM_LEVEL),
    (6 * 3600.0, DAY_HOUR_ZOOM_LEVEL),
)


def stamp(moment: date | datetime) -> float:
    """Where a date axis puts ``moment``: epoch seconds of a local moment, a date at its
    local midnight (the axis shows local time)."""
    if isinstance(moment, datetime):
        return moment.timestamp()
    return datetime(moment.year, moment.month, moment.day).timestamp()


def relabel(axis: pg.AxisItem) -> None:
    """Have ``axis`` write its labels again at its next paint (the locale may have changed,
    the range not: pyqtgraph keeps what it painted)."""
    axis.picture = None
    axis.update()


def clock_text(moment: datetime, locale: QLocale) -> str:
    """A time of day as the locale writes it short (``5:00 PM``, ``17:00``); ``17:00`` in
    the C locale, as pyqtgraph wrote it."""
    if locale.language() == QLocale.Language.C:
        return f"{moment:%H:%M}"
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(QTime(moment.hour, moment.minute), short)


def date_tick(
    moment: datetime, form: str, names: DateNames, locale: QLocale, context: bool = False
) -> str:
    """A date axis' label of ``moment`` for pyqtgraph's ``strftime`` form ``form`` (``%b``:
    the month's name as a heading writes it alone, ``Mai``; ``%a %d``: ``Mo. 03``).

    ``context``: the first label says what no label above it does (the year of a span
    without a 1 January, the month of one within a month): ``Feb 2027`` (``Feb`` alone said
    no year), ``3. Mär 2027`` (``03`` alone no month), ``Tue 4 May 2027``,
    ``3 Mar 2027 17:00``."""
    if form == "%Y":
        return str(moment.year)
    if form == "%b":
        return names.month_heading(moment) if context else names.alone_abbr[moment.month - 1]
    if form == "%d":
        return names.dated(moment) if context else f"{moment.day:02d}"
    if form == "%a %d":
        day = names.dated(moment) if context else f"{moment.day:02d}"
        return f"{names.weekday(moment)} {day}"
    if form == "%H:%M":
        clock = clock_text(moment, locale)
        return f"{names.dated(moment)} {clock}" if context else clock
    return moment.strftime(form)


class LocalDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph is untyped: Any
    """A date axis in the user's names, whose labels never print over one another.

    pyqtgraph steps the day ticks across month ends (26 Feb, 3 Mar...), so a day tick two
    days after the 1st wrote '03' across 'Mar' ('Mar03', 'Ap02'): a lower tick whose label
    would come closer than :data:`GAP` to a higher one's (:data:`ROOM` px at least between
    their centres) is left out. Each zoom level's sample label (pyqtgraph's ``MMM``) is the
    widest the locale writes, so the density fits the names shown.
    """

    ROOM = 30.0  # px between the centres of two labels, at least

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)
        self.zoomLevels = OrderedDict(
            (spacing, ZoomLevel(level.tickSpecs, level.exampleText)) for spacing, level in _LEVELS
        )
        self._samples_for = ""
        self._context: set[float] = set()  # the tick whose label names its month or year

    def _metrics(self) -> QFontMetricsF:
        font = self.style["tickFont"] or self.font()
        return QFontMetricsF(font)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        """Each tick's label in the user's names (pyqtgraph's for a level it has no form of)."""
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return list(super().tickStrings(values, scale, spacing))
        names, locale = date_names(), QLocale()
        out = []
        for value in values:
            try:
                local = adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
                moment = utcfromtimestamp(local).replace(tzinfo=None)
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            context = value in self._context
            out.append(date_tick(moment, spec.format, names, locale, context))
        return out

    def setZoomLevelForDensity(self, density: float) -> None:
        """pyqtgraph's choice of level, measured on the labels this locale writes."""
        if not hasattr(self, "fontMetrics"):  # asked before the first paint (a test)
            self.fontMetrics = self._metrics()
        self._fit_samples()
        super().setZoomLevelForDensity(density)

    def _fit_samples(self) -> None:
        """Each level's sample text: the widest label of its kind in the user's locale."""
        locale = QLocale()
        key = f"{locale.name()}|{self.fontMetrics.height()}"
        if key == self._samples_for:
            return
        self._samples_for = key
        names = date_names()
        wide = self.fontMetrics.boundingRect
        moments = [datetime(2027, month, 28, 12) for month in range(1, 13)]
        months = [names.alone_abbr[m.month - 1] for m in moments]
        days = [f"{names.weekday(m)} 28" for m in moments[:7]]
        hours = [clock_text(datetime(2027, 1, 1, hour), locale) for hour in (0, 10, 12, 22)]
        levels = list(self.zoomLevels.values())
        levels[0].exampleText = "2027"  # the years' level: its months are left out when crowded
        levels[1].exampleText = max([*months, "28"], key=lambda t: wide(t).width())
        levels[2].exampleText = max(days + hours, key=lambda t: wide(t).width())

    def tickValues(
        self, min_val: float, max_val: float, size: float
    ) -> list[tuple[float, list[float]]]:
        """pyqtgraph's levels, each lower level without the ticks crowding a higher one's.

        The first label of the highest level shown says its year (and month); with none of
        that level in the span, the first label of the next level does (:func:`date_tick`'s
        ``context``)."""
        levels: list[tuple[float, list[float]]] = super().tickValues(min_val, max_val, size)
        self._context = set()
        if len(levels) < 2 or max_val <= min_val or size <= 0:
            return levels
        per_second = size / (max_val - min_val)
        measure = self.fontMetrics.horizontalAdvance

        def widest(values: list[float], spacing: float) -> float:
            return max((measure(t) for t in self.tickStrings(values, 1.0, spacing)), default=0.0)

        def inside(value: float, width: float) -> bool:  # pyqtgraph draws no label cut off
            return min(value - min_val, max_val - value) * per_second >= width / 2

        above_w = widest(levels[0][1], levels[0][0])
        drawn = [v for v in levels[0][1] if inside(v, above_w)]
        if self.zoomLevel.tickSpecs[0].format != "%Y":  # months or days: which year?
            for value in drawn:  # the first whose label, with its context, fits
                self._context = {value}
                wide = widest([value], levels[0][0])
                if inside(value, wide):
                    above_w = max(above_w, wide)
                    break
                self._context = set()
        above = np.asarray(drawn, dtype=float)  # a label cut off is not drawn: it crowds none
        kept = [levels[0]]
        for depth, (spacing, values) in enumerate(levels[1:]):
            width = widest(values, spacing)
            room = max(self.ROOM, (above_w + width) / 2 + GAP)
            free = [
                v
                for v in values
                if not above.size or np.min(np.abs(above - v)) * per_second >= room
            ]
            for value in free if depth == 0 and not drawn else ():
                self._context = {value}  # the first whose label, with its context, fits
                wide = widest([value], spacing)
                if inside(value, wide):
                    room = (wide + width) / 2 + GAP  # and keeps the room it needs
                    free = [v for v in free if v == value or abs(v - value) * per_second >= room]
                    break
                self._context = set()
            kept.append((spacing, free))
            above = np.concatenate([above, np.asarray(free, dtype=float)])
            above_w = max(above_w, width)
        return kept

    def linkToView(self, view: pg.ViewBox) -> None:
        """pyqtgraph's limits, and no zooming in past :data:`FINEST`."""
        super().linkToView(view)
        if self.orientation in ("bottom", "top"):
            view.setLimits(minXRange=FINEST)


def _places(spacing: float) -> int:
    """Decimals a tick step needs: none for 5, one for 0.5, two for 0.25 (pyqtgraph's)."""
    return max(0, ceil(-log10(spacing))) if spacing > 0 else 0


class FigureAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped: Any
    """A value axis of figures in the user's marks, each with its unit: hours as the sheet
    writes work (``12,5h``), a material's quantity as Usage does (``40 t``), money as the
    plan shows it (:meth:`set_money`: ``€1.500``). The C locale writes ``12.5h``."""

    def __init__(self, orientation: str = "left", unit: str = "") -> None:
        super().__init__(orientation=orientation)
        self.enableAutoSIPrefix(False)  # no "(x0.001)": figures are written in full
        self.unit = unit
        self.project: Project | None = None

    def set_unit(self, unit: str) -> None:
        """Figures in ``unit`` (``h``, a material's label; "" none)."""
        self.unit, self.project = unit, None
        relabel(self)

    def set_money(self, project: Project | None) -> None:
        """Money as ``project`` shows it (None: bare figures)."""
        self.unit, self.project = "", project
        relabel(self)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        """Each tick's figure in the user's marks with the unit or currency."""
        return figure_ticks(values, spacing * scale, self.unit, self.project, scale)


def figure_ticks(
    values: Sequence[float],
    spacing: float,
    unit: str = "",
    project: Project | None = None,
    scale: float = 1.0,
) -> list[str]:
    """Axis labels ``spacing`` apart in the user's marks: ``1.500``, ``12,5h``, ``40 t``, or
    money as ``project`` shows it (whole amounts when the step is whole)."""
    marks = locale_marks()
    places = _places(spacing)
    if project is not None:
        digits = 0 if places == 0 else max(places, project.currency_digits)
        return [local_money(project, v * scale, marks, digits) for v in values]
    after = unit if unit in ("", "h", "%") else f" {unit}"

    def write(value: float) -> str:
        shown = round(value * scale, places) + 0.0  # no "-0"
        return local_figure(f"{shown:,.{places}f}", marks) + after

    return [write(v) for v in values]
