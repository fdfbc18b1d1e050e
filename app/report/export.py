"""Writers for ``.pdf`` and ``.png``: the plan scheduled and drawn by the shared renderer.

Registered in app/formats.py, so ``gantry convert plan.gantry out.pdf`` and the
window's Export PDF produce the same pages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from app.domain.costs import CostReport
from app.domain.errors import AppError, OptionError
from app.domain.grouping_rows import TaskGroup
from app.domain.inactive_slack import shows_slack
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule as compute_schedule
from app.report.active_only import active_only, rows_between
from app.report.bar_labels import bar_labels
from app.report.chart_dates import chart_marks, chart_span
from app.report.column_fit import fitted_columns
from app.report.columns import DEFAULT_COLUMNS, CellText, Column, columns_for
from app.report.empty_print import check_something_to_print
from app.report.fonts import report_font
from app.report.gantt_pages import (
    ROW_H,
    TIMESCALE_H,
    GanttPageLayout,
    drawn_end,
    end_with_label_room,
)
from app.report.gantt_paint import ChartOptions, ChartRow, GanttPainter, clip_out
from app.report.group_rows import paint_group_bars, row_levels
from app.report.option_values import date_span, png_width, row_span
from app.report.options import PAPERS, PrintOptions
from app.report.outline_print import outlined
from app.report.page_kept import with_page
from app.report.page_logo import logo_problem
from app.report.page_options import page_setup_given
from app.report.page_orientation import oriented
from app.report.pdf_file import paint_pdf
from app.report.plan_lookups import PlanLookups
from app.report.render import (
    CancelledError,
    PageRangeError,
    ensure_gui_app,
    page_layout,
    render_gantt,
)
from app.report.saved_view import ViewRows, printed_view, rows_active
from app.report.small_text import tell_small_text
from app.report.task_table import paint_table
from app.report.timescale import Timescale
from app.report.today_line import printed_today

PNG_DEFAULT_WIDTH = 1600
PNG_MIN_CHART = 200
PNG_FONT = 11  # text height in the PNG, pixels


def _as_datetime(value: Any, name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise AppError(f"{name}: {quoted(value)} is not a date (use YYYY-MM-DD)") from None


def _date_range(options: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    """The chart's ``--from``/``--to`` as a start and an end moment (None: not given).

    ``--to`` names the last day shown: a bare date (midnight) ends the chart at
    the end of that day, as the Page Setup dialog does.
    """
    date_from = _as_datetime(options.get("date_from"), "from")
    date_to = _as_datetime(options.get("date_to"), "to")
    return date_span(date_from, date_to)


def print_options(plan: Plan, **options: Any) -> PrintOptions:
    """PrintOptions from the command line's keyword options (unknown ones are ignored).

    ``blank_pages`` (None: as ``print_options`` or PrintOptions has it, on): print the
    pages of the grid with no bar on them, as Page Setup's "Print blank pages". ``view``:
    the printed view's name, what ``&[View]`` prints (convert's ``--table tracking``:
    "Tracking Gantt", app/cli/chart_flags.py; None: as ``print_options`` has it).
    """
    base = options.get("print_options")
    if isinstance(base, PrintOptions):
        opts = base
    else:  # the plan's own Page Setup, its Page tab too, as the window prints
        opts = with_page(PrintOptions(), plan.project.page_setup)
    kept = opts if "print_options" not in options else PrintOptions()
    paper = options.get("paper") or kept.paper
    match = {p.lower(): p for p in PAPERS}.get(str(paper).lower())
    if match is None:
        raise OptionError(f"unknown paper {quoted(paper)} (use {', '.join(PAPERS)})")
    given_wide, given_tall = options.get("pages_wide"), options.get("pages_tall")
    fitted = given_wide is not None or given_tall is not None  # fit given: no kept scale
    wide = int(given_wide or (1 if fitted else kept.pages_wide))
    tall = kept.pages_tall if not fitted else None if given_tall is None else int(given_tall)
    if wide < 1 or (tall is not None and tall < 1):
        raise AppError("pages wide and pages tall must be at least 1")
    date_from, date_to = _date_range(options)
    if date_from is None and date_to is None:  # the dates the plan's Page Setup prints
        date_from, date_to = kept.date_from, kept.date_to
    chart = replace(opts.chart, status_date=plan.project.status_date)
    if "print_options" not in options:  # the window's options hold its own today line
        chart = replace(chart, today=printed_today(plan.project, options))
    chart = asked_chart(chart, options)
    blank = options.get("blank_pages")
    opts = replace(
        opts,
        setup=page_setup_given(opts.setup, options),
        columns=tuple(options.get("columns") or opts.columns),  # --table's
        blank_pages=opts.blank_pages if blank is None else bool(blank),
        repeat_columns=_given(options, "repeat_columns", opts.repeat_columns),
        repeat_timescale=_given(options, "repeat_timescale", opts.repeat_timescale),
        pages_wide=wide,
        pages_tall=tall,
        scale=opts.scale if "print_options" in options or not fitted else None,
        date_from=date_from,
        date_to=date_to,
        paper=match,
        chart=chart,
        view=str(options.get("view") or opts.view),
        file_name=str(options.get("file_name") or opts.file_name),
        page_range=options.get("page_range") or opts.page_range,  # --pages 2-3
        first_page_number=int(options.get("first_page_number") or opts.first_page_number),
        page_breaks=_given(options, "page_breaks", opts.page_breaks),  # --no-page-breaks
    )
    return _oriented(plan, opts, options)


def _given(options: Mapping[str, Any], name: str, kept: bool) -> bool:
    """A switch the options give (``--no-repeat-columns``), else as ``kept`` has it."""
    value = options.get(name)
    return kept if value is None else bool(value)


def asked_chart(chart: ChartOptions, options: Mapping[str, Any]) -> ChartOptions:
    """``chart`` with the toggles the ``chart_flags`` option sets (ChartOptions fields:
    convert's --table tracking and --baseline-bars, app/cli/chart_flags.py)."""
    flags = options.get("chart_flags")
    return replace(chart, **flags) if flags else chart


def _oriented(plan: Plan, opts: PrintOptions, options: Mapping[str, Any]) -> PrintOptions:
    """--landscape as given; portrait when --paper alone is given (the way to keep a page
    upright); neither given, Automatic, as the window's Page Setup offers it (landscape
    when the columns would squeeze the chart: app/report/page_orientation.py)."""
    given = options.get("landscape")
    if given is None and "print_options" in options:
        chosen = opts.landscape  # what the window's Page Setup holds
    elif given is None and plan.project.page_setup.landscape is not None:
        chosen = plan.project.page_setup.landscape  # what the plan's Page Setup keeps
    elif given is not None or options.get("paper") is not None:
        chosen = bool(given)
    else:
        chosen = None
    return oriented(plan, replace(opts, landscape=chosen))


def write_pdf(plan: Plan, path: Path, **options: Any) -> None:
    """Write the Gantt chart as a vector PDF, tiled over ``pages_wide`` x ``pages_tall`` pages.

    The plan's saved view prints as saved (its columns, filter, sort and group:
    app/report/saved_view.py), but for what the options give in its place; a
    ``print_options`` given is what the caller chose, rows and columns included.
    """
    opts = print_options(plan, **options)
    ensure_gui_app()
    sched = options.get("schedule") or compute_schedule(plan)
    shown = None if "print_options" in options else printed_view(plan, sched, options)
    if "print_options" not in options:
        shown = outlined(plan, shown, options)  # --outline-level N
        # --active-only (--no-active-only), else Page Setup's "Only tasks active in these
        # dates" as the plan keeps it (schema v50), for the dates printed
        active = {"active_only": _given(options, "active_only", opts.active_only)}
        shown = active_only(plan, sched, shown, active, (opts.date_from, opts.date_to))
    costs = None
    kept_columns = plan.project.page_setup.columns
    if shown is not None:
        check_something_to_print(plan, shown.rows.rows, shown.task_filter)  # before the file
        opts = replace(
            opts,
            # --table's, else those the plan's Page Setup chose, else the view's
            columns=tuple(options.get("columns") or kept_columns or shown.columns or opts.columns),
            rows=shown.rows.rows,
            groups=shown.rows.groups,
            flat=shown.rows.flat,
            view_note=shown.note,
            chart=_grouped_chart(opts.chart, shown.rows),
        )
        opts = _oriented(plan, opts, options)  # for the view's columns and rows
        costs = shown.costs
    if "print_options" not in options:
        _check_dates_print_something(plan, sched, opts)  # before the file, as the PNG's
    tell = options.get("tell")  # the command line's notes (stderr)
    problem = logo_problem(opts.setup.logo)
    if problem is not None and tell is not None:  # once, not on every page
        tell(f"{Path(path).name}: {problem}")
    hint = None if tell is None else lambda layout: tell_small_text(layout, Path(path), tell)
    export_pdf_file(
        plan, sched, opts, Path(path), options.get("progress"), costs=costs, on_layout=hint
    )


def _check_dates_print_something(plan: Plan, schedule: Schedule, opts: PrintOptions) -> None:
    """AppError when the dates printed (--from/--to, or the plan's Page Setup) hold no bar
    of the rows printed: a year typed wrong would print pages of rows beside an empty
    timescale (the PNG refuses the same way)."""
    if opts.date_from is None and opts.date_to is None:
        return
    active = set(rows_between(plan, schedule, opts.date_from, opts.date_to))
    rows = opts.rows if opts.rows is not None else (t.uid for t in plan.tasks)
    if not any(uid in active for uid in rows):
        raise AppError("no task is active between the 'from' and 'to' dates")


def _grouped_chart(chart: ChartOptions, rows: ViewRows) -> ChartOptions:
    """Grouped, the chart draws no link lines, as the window's grouped chart."""
    return replace(chart, show_links=False) if rows.groups else chart


def export_pdf_file(
    plan: Plan,
    schedule: Schedule,
    options: PrintOptions,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    costs: CostReport | None = None,
    on_layout: Callable[[GanttPageLayout], None] | None = None,
) -> int:
    """Write a PDF with already chosen options (an Automatic orientation decided as
    :func:`app.report.page_orientation.oriented` does); returns the page count.

    A cancelled export (``progress`` returned False) leaves no file behind.
    ``costs``: the plan's cost report when the caller has one (the window);
    without it, cost columns compute one, once.
    """
    path = Path(path)
    options = oriented(plan, options)  # Automatic: decided here when the caller has not
    try:
        return paint_pdf(
            path,
            plan.project.name,
            page_layout(options),
            lambda writer: render_gantt(
                writer, plan, schedule, options, progress, costs, on_layout
            ),
        )
    except (CancelledError, PageRangeError):
        path.unlink(missing_ok=True)
        raise


MAX_PNG_HEIGHT = 16_000  # px: a taller picture is refused (PDF pages a plan of any size)


@dataclass(frozen=True, slots=True)
class Picture:
    """What a picture of the Gantt shows: which rows, which dates, which task columns, how wide.

    ``uids`` lists the rows top to bottom (None: every task of the plan in
    outline order); the chart covers ``date_from``..``date_to`` (each None:
    the drawn bars' span plus a margin). The image is ``width`` pixels wide,
    or, when ``chart_width`` is given, as wide as the columns plus a chart that
    wide (the window's Copy Picture keeps the screen's zoom that way).
    ``chart`` None: the default options with the project's status date. ``flat``: names
    not indented, as the sheet lists them sorted without the outline structure. ``groups``:
    the group header rows among ``uids`` (View > Group by), by their row keys. ``note``:
    the filter, sort and group that chose the rows (app/report/view_note.py), written on
    a line above the picture, as a printed page says it in its header ("": none on).
    """

    uids: tuple[int, ...] | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    columns: tuple[str, ...] = DEFAULT_COLUMNS
    width: int = PNG_DEFAULT_WIDTH
    chart_width: int | None = None
    chart: ChartOptions | None = None
    flat: bool = False
    groups: Mapping[int, TaskGroup] = field(default_factory=dict, hash=False)
    note: str = ""


CAPTION_H = 20  # px: the note's line above a picture's columns and timescale


@dataclass(frozen=True, slots=True)
class ImageLayout:
    """Where things sit in a PNG: table width, chart origin, row positions (pixels);
    ``caption``: the note's line above the columns' headings and timescale (0: none)."""

    width: int
    height: int
    columns: tuple[Column, ...]
    table_width: float
    timescale: Timescale
    header_height: float
    row_height: float
    uids: tuple[int, ...]
    row_of: dict[int, int]  # uid -> its row in the picture (read only)
    caption: float = 0.0

    def x_of(self, moment: datetime) -> float:
        """Pixel column of a moment."""
        return self.table_width + self.timescale.x_of(moment)

    def row_top(self, uid: int) -> float:
        """Pixel row where a task's row starts."""
        return self.caption + self.header_height + self.row_of[uid] * self.row_height


def picture_height(rows: int) -> int:
    """Height in pixels of a picture of ``rows`` rows."""
    return int(TIMESCALE_H + rows * ROW_H + 1)


MAX_PICTURE_ROWS = int((MAX_PNG_HEIGHT - TIMESCALE_H - 1) // ROW_H)  # rows that fit the cap


def _png_columns(keys: tuple[str, ...], project: Project | None = None) -> tuple[Column, ...]:
    # Column widths are in points for 8-unit text; the PNG's text is PNG_FONT pixels.
    grow = PNG_FONT / 8
    return tuple(replace(c, width=c.width * grow) for c in columns_for(keys, project))


def table_width(keys: tuple[str, ...]) -> float:
    """Width in pixels of these task columns in a picture."""
    return float(sum(c.width for c in _png_columns(keys)))


def _midnight(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), datetime.min.time())


def _chart_dates(
    schedule: Schedule,
    picture: Picture,
    uids: tuple[int, ...],
    chart_w: float,
    lookups: PlanLookups,
) -> tuple[datetime, datetime]:
    """The dates the chart covers: the picture's own, else its bars' span (and the rows'
    deadlines, and baselines when drawn) plus room.

    Without a 'to' date the chart ends a little after the last bar, and late
    enough that the people's names drawn right of the bars stay in the picture.
    """
    if picture.date_from is not None and picture.date_to is not None:
        return chart_span(schedule, picture.date_from, picture.date_to)
    times = [(uid, t) for uid in uids if (t := schedule.get(uid)) is not None]
    options = picture.chart or ChartOptions()
    slack = options.show_slack  # the slack lines, and the names after them, are drawn too
    tasks = lookups.tasks
    active = {uid: uid in tasks and shows_slack(tasks[uid]) for uid, _t in times}
    if picture.uids is None or not times:
        first, last = schedule.start, schedule.finish
    else:
        first = min(t.start for _, t in times)
        last = max(drawn_end(t, slack, active[uid]) for uid, t in times)
    # the rows' deadline arrows and drawn baselines are in the picture too
    for moment in chart_marks(lookups, uids, options.show_baseline):
        first, last = min(first, moment), max(last, moment)
    # A day before the first bar: a milestone at the start is not cut in half by the edge.
    start = picture.date_from or _midnight(first) - timedelta(days=1)
    if picture.date_to is not None:
        return chart_span(schedule, start, picture.date_to)
    end = _midnight(last) + timedelta(days=1)
    names = bar_labels(options.right_label, options.show_resources, lookups, schedule)
    labelled = [
        (t.start, drawn_end(t, slack, active[uid]), label)
        for uid, t in times
        if (label := names.get(uid))
    ]
    metrics = QFontMetricsF(report_font(PNG_FONT))
    return chart_span(schedule, start, end_with_label_room(start, end, labelled, chart_w, metrics))


def picture_layout(
    plan: Plan, schedule: Schedule, picture: Picture, lookups: PlanLookups | None = None
) -> ImageLayout:
    """Layout of a picture: its columns, timescale and rows, in pixels."""
    uids = tuple(t.uid for t in plan.tasks) if picture.uids is None else picture.uids
    tables = lookups if lookups is not None else PlanLookups(plan)
    cells = CellText(plan, schedule, tables.resources)  # the ID and WBS as wide as their widest
    columns = fitted_columns(_png_columns(picture.columns, plan.project), cells, uids, PNG_FONT)
    table_w = float(sum(c.width for c in columns))
    if picture.chart_width is not None:
        chart_w = float(max(picture.chart_width, 1))
        width = round(table_w + chart_w)
    else:
        width = picture.width
        if width - table_w < PNG_MIN_CHART:
            columns = _png_columns(("name",))
            table_w = columns[0].width
        chart_w = max(width - table_w, PNG_MIN_CHART / 2)
    start, finish = _chart_dates(schedule, picture, uids, chart_w, tables)
    ts = Timescale.fitting(start, finish, chart_w)
    row_of = dict(zip(uids, range(len(uids)), strict=True))
    caption = CAPTION_H if picture.note else 0
    height = caption + picture_height(len(uids))
    return ImageLayout(
        width, height, columns, table_w, ts, TIMESCALE_H, ROW_H, uids, row_of, float(caption)
    )


def image_layout(plan: Plan, schedule: Schedule, width: int = PNG_DEFAULT_WIDTH) -> ImageLayout:
    """Layout of the PNG of a whole plan at a given width."""
    return picture_layout(plan, schedule, Picture(width=width))


def render_picture(
    plan: Plan,
    schedule: Schedule,
    picture: Picture,
    lookups: PlanLookups | None = None,
    costs: CostReport | None = None,
) -> QImage:
    """A picture of some rows over some dates: task columns left, chart right.

    The cost follows the rows drawn, not the plan's size: only these rows'
    cells, bars and arrows are drawn, and an arrow only when both its tasks
    are in the picture (links are found by their successor among the rows).
    ``lookups``: the plan's shared tables when the caller has them (the window);
    ``costs``: its cost report, read by the Work and Cost variance columns.
    """
    tables = lookups if lookups is not None else PlanLookups(plan)
    lay = picture_layout(plan, schedule, picture, tables)
    if lay.height - lay.caption > MAX_PNG_HEIGHT:  # the rows' limit: the note comes on top
        raise AppError(
            f"a picture of {len(lay.uids):,} rows would be {lay.height:,} px tall "
            f"(the limit is {MAX_PNG_HEIGHT:,} px, {MAX_PICTURE_ROWS:,} rows)"
        )
    image = QImage(lay.width, max(lay.height, 1), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    options = picture.chart or ChartOptions(status_date=plan.project.status_date)
    chart = GanttPainter(plan, schedule, lay.timescale, options, font_px=PNG_FONT, lookups=tables)
    chart.label_end = lay.width - lay.table_width
    # By place, not by uid: grouped (View > Group by), a task under two people shows twice.
    top, h = lay.header_height, lay.row_height
    rows = [ChartRow(uid, top + i * h, h) for i, uid in enumerate(lay.uids)]
    levels = row_levels(picture.groups.values())  # grouped: names indented by group depth
    cells = CellText(plan, schedule, chart.lookups.resources, costs, picture.flat, levels)
    p = QPainter(image)
    try:
        if lay.caption:
            _paint_caption(p, picture.note, lay.width, lay.caption)
            p.translate(0, lay.caption)
        tall = lay.height - lay.caption  # the columns and chart, under the note
        paint_table(
            p, lay.columns, rows, cells, lay.header_height, font_px=PNG_FONT, groups=picture.groups
        )
        p.translate(lay.table_width, 0)
        chart_w = lay.width - lay.table_width
        p.setClipRect(QRectF(0, 0, chart_w, tall))
        body = QRectF(0, lay.header_height, chart_w, tall - lay.header_height)
        chart.paint_background(p, body)
        chart.paint_timescale(p, QRectF(0, 0, chart_w, lay.header_height))
        geoms = chart.paint_bars(p, rows, labels=False)
        paint_group_bars(p, lay.timescale, rows, picture.groups)
        row_of = lay.row_of
        links = [lk for lk in chart.links_between(lay.uids) if lk.predecessor in row_of]
        blocked = chart.obstacles(geoms.values(), geoms, links, lay.row_height)
        p.save()
        clip_out(p, body, chart.label_boxes(rows, geoms, None, blocked))  # no line through a name
        chart.paint_links(p, geoms, links, lay.row_height)
        p.restore()
        chart.paint_labels(p, rows, geoms, None, blocked)
        chart.paint_lines(p, body, rows)
    finally:
        p.end()
    return image


def _paint_caption(p: QPainter, note: str, width: float, height: float) -> None:
    """The note on its line at the picture's top, shortened with "…" when it is wider."""
    font = report_font(PNG_FONT)
    p.setFont(font)
    p.setPen(QColor(20, 20, 20))
    room = max(width - 8, 1.0)
    text = QFontMetricsF(font).elidedText(note, Qt.TextElideMode.ElideRight, room)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p.drawText(QRectF(4, 0, room, height), flags, text)


def render_image(plan: Plan, schedule: Schedule, width: int = PNG_DEFAULT_WIDTH) -> QImage:
    """The whole plan as one image: task columns left, chart right."""
    return render_picture(plan, schedule, Picture(width=width))


def rows_by_id(plan: Plan, text: str) -> tuple[int, ...]:
    """Uids of the tasks whose IDs (row numbers, as the ID column shows) are in ``FROM-TO``."""
    first, last = row_span(text)
    count = len(plan.tasks)
    if first < 1 or last > count:
        known = f"1 to {count}" if count else "none (the plan has no tasks)"
        raise AppError(f"--rows {text}: no such task ID (the plan's IDs run {known})")
    return tuple(t.uid for t in plan.tasks[first - 1 : last])


def png_picture(plan: Plan, schedule: Schedule, **options: Any) -> Picture:
    """The picture ``gantry convert IN OUT.png`` draws for its options.

    The plan's saved view gives the columns (unless ``columns`` are given) and the
    rows, filtered, sorted and grouped (app/report/saved_view.py); ``rows``
    ("FROM-TO", task IDs) picks rows in its place; ``date_from``/``date_to`` set the
    chart's dates and, without ``rows``, keep only the tasks active then (in ID order).
    A picture taller than :data:`MAX_PNG_HEIGHT` is refused with one line
    naming the options (one command writes the one file it was asked for;
    the PDF is the format that pages a large plan).
    """
    width = png_width(int(options.get("width") or PNG_DEFAULT_WIDTH))
    date_from, date_to = _date_range(options)
    rows = options.get("rows")
    uids: tuple[int, ...] | None = None
    shown = printed_view(plan, schedule, options)  # the plan's saved view, as write_pdf's
    shown = outlined(plan, shown, options)  # --outline-level N
    shown = active_only(plan, schedule, shown, options, (date_from, date_to))  # --active-only
    view_rows = shown.rows if shown is not None else None
    if rows is not None:
        uids, view_rows = rows_by_id(plan, rows), None  # the rows asked for, by ID
    elif date_from is not None or date_to is not None:
        uids = rows_between(plan, schedule, date_from, date_to)
        if view_rows is not None and shown is not None:  # of the view's rows, those active
            check_something_to_print(plan, view_rows.rows, shown.task_filter)
            view_rows = rows_active(view_rows, frozenset(uids))
            uids = view_rows.rows
        if not uids:
            raise AppError("no task is active between the 'from' and 'to' dates")
    elif view_rows is not None and shown is not None:
        uids = view_rows.rows
        check_something_to_print(plan, uids, shown.task_filter)
    count = len(plan.tasks) if uids is None else len(uids)
    if count > MAX_PICTURE_ROWS:
        raise AppError(
            f"a PNG of {count:,} rows would be {picture_height(count):,} px tall "
            f"(limit {MAX_PNG_HEIGHT:,} px, {MAX_PICTURE_ROWS:,} rows): pick rows with "
            "--rows FROM-TO or dates with --from/--to, or write a .pdf"
        )
    today = printed_today(plan.project, options)
    chart = asked_chart(ChartOptions(status_date=plan.project.status_date, today=today), options)
    columns = tuple(options.get("columns") or DEFAULT_COLUMNS)  # --table's
    if shown is not None:
        columns = shown.columns or columns
    picture = Picture(
        uids=uids, date_from=date_from, date_to=date_to, width=width, chart=chart, columns=columns
    )
    if view_rows is None:
        return picture
    return replace(
        picture,
        chart=_grouped_chart(chart, view_rows),
        flat=view_rows.flat,
        groups=view_rows.groups,
        note=shown.note if shown is not None else "",  # what chose the rows, said on top
    )


def write_png(plan: Plan, path: Path, **options: Any) -> None:
    """Write the Gantt chart as a PNG ``width`` pixels wide (default 1600).

    Options as :func:`png_picture`; nothing is written when one is wrong.
    """
    sched = options.get("schedule") or compute_schedule(plan)
    picture = png_picture(plan, sched, **options)
    ensure_gui_app()
    image = render_picture(plan, sched, picture)
    if not image.save(str(path)):
        raise AppError(f"{path}: could not write the PNG")
