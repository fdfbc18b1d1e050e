"""The stakeholder status report on paper or PDF: one or two pages of figures and tables.

What MS Project's dashboards put in front of a sponsor (Project Overview,
Cost Overview, Milestone Report, Late Tasks), from one
:class:`~app.domain.status_report.StatusReport`: the headline figures (with the window's
scheduling issues and the finish against a missed deadline), every missed deadline,
milestones, late and critical tasks, over-allocated people, top risks and a
Gantt of the phases. Drawn in points, so the PDF holds text and vectors, with the
plan's Page Setup as every printed view: its margins, and the Gantt's header and
footer until the user types others (their ``&[View]`` prints "Status report").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
)

from app.domain.errors import AppError
from app.domain.page_setup import PageSetup
from app.domain.plural_words import joined_list, noun, verb
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.status_lines import StatusReport
from app.domain.status_report import late_work_warning
from app.report.columns import format_date
from app.report.gantt_paint import Colors
from app.report.locale_dates import printed_date
from app.report.options import PrintOptions
from app.report.page_frame import PageInfo
from app.report.pdf_file import paint_pdf
from app.report.render import ensure_gui_app, page_layout
from app.report.status_chart import (
    MAX_ROWS,
    ROW_H,
    chart_height,
    chart_rows,
    paint_phase_chart,
)
from app.report.status_curve import PLOT_H, curve_height, paint_cost_curve
from app.report.status_flow import LATE, MUTED, Flow, Table, wrap
from app.report.status_tables import (
    MAX_CRITICAL_ROWS,
    MAX_DEADLINE_ROWS,
    MAX_ISSUE_ROWS,
    MAX_MILESTONE_ROWS,
    MAX_PEOPLE_ROWS,
    MAX_TASK_ROWS,
    Card,
    critical_table,
    deadline_note,
    deadline_table,
    headline_cards,
    issue_cards,
    issue_table,
    late_table,
    milestone_table,
    people_table,
    risk_line,
    risk_table,
    slack_line,
    task_count_line,
)
from app.report.view_frame import ViewFrame

TITLE = "Status report"


def subtitle(report: StatusReport) -> str:
    """The line under the title: status and report dates, the baseline compared with,
    the project's manager (else its author, so labelled) and the company; dates as the page's header prints them (the
    locale's short date, ISO in the C locale)."""
    project = report.project
    status = format_date(report.status_date)
    if not report.status_date_set and project.current_date is not None:
        status += " (the plan's Current Date: it has no status date)"
    elif not report.status_date_set:
        status += " (today: the plan has no status date)"
    parts = [f"Status date: {status}", f"Report date: {printed_date(report.report_date)}"]
    if report.baseline:
        saved = report.baseline_saved
        when = f", saved {printed_date(saved)}" if saved is not None else ""
        parts.append(f"Baseline: {report.baseline}{when}")
    if report.ev_baseline:  # budget and earned value read another baseline (--baseline N)
        saved = report.ev_baseline_saved
        when = f", saved {printed_date(saved)}" if saved is not None else ""
        parts.append(f"Budget and earned value: {report.ev_baseline}{when}")
    if project.manager:
        parts.append(f"Manager: {project.manager}")
    elif project.author:  # who wrote the plan, not necessarily who manages the project
        parts.append(f"Author: {project.author}")
    if project.company:
        parts.append(project.company)
    return "   ·   ".join(parts)


def _cards(flow: Flow, cards: list[Card]) -> None:
    per_row = 4
    gap = 6.0
    w = (flow.width - gap * (per_row - 1)) / per_row
    h = 30.0
    value_metrics = QFontMetricsF(flow.font(11, bold=True))
    label_metrics = QFontMetricsF(flow.font(7))  # a label may name a task ("Deadline: ...")
    for start in range(0, len(cards), per_row):
        flow.need(h + gap)
        for k, card in enumerate(cards[start : start + per_row]):
            x = k * (w + gap)
            if flow.painter is not None:
                flow.painter.fillRect(QRectF(x, flow.y, w, h), Colors.header_bg)
            label = label_metrics.elidedText(card.label, Qt.TextElideMode.ElideRight, w - 10)
            flow.text(QRectF(x + 5, flow.y + 2, w - 10, 11), label, 7, color=MUTED)
            value = value_metrics.elidedText(card.value, Qt.TextElideMode.ElideRight, w - 10)
            color = LATE if card.bad else Colors.text
            flow.text(QRectF(x + 5, flow.y + 13, w - 10, 15), value, 11, bold=True, color=color)
        flow.y += h + gap


def more_text(count: int, one: str, many: str) -> str:
    """The line under a cut list: "… and 3 more late tasks." ("1 more late task.")."""
    return f"… and {count} more {noun(count, one, many)}."


def _more(flow: Flow, shown: int, total: int, one: str, many: str) -> None:
    if total > shown:
        flow.paragraph(more_text(total - shown, one, many), MUTED)


def baseline_note(report: StatusReport) -> str | None:
    """Why budget, variances and earned value are missing (None: Baseline (0) is saved).

    They read Baseline (0), as MS Project's earned value does: a plan whose only
    baselines are others (a named "Signed-off plan" as Baseline 1) is told so.
    """
    if report.has_baseline:
        return None
    others = report.other_baselines
    if not others:
        return (
            "No baseline is saved: budget, variances and earned value (EAC, CPI, SPI) need "
            "one (Project > Set Baseline, or gantry baseline FILE)."
        )
    names = [quoted(name, NAME_LIMIT) for name in others]
    listed = joined_list(names)
    return (
        f"Budget, variances and earned value (EAC, CPI, SPI) are measured against Baseline (0), "
        f"which is not saved ({listed} {verb(len(names))} saved): Project > Set Baseline > "
        "Baseline."
    )


def late_work_note(report: StatusReport) -> str | None:
    """What the forecast takes for granted when tasks are late (None: none is), with the
    window's way out (status_report.late_work_warning says why)."""
    return late_work_warning(
        report.task_counts.late, "Project > Update Project > Reschedule uncompleted work."
    )


def lay_out(flow: Flow, report: StatusReport) -> None:
    """Every block of the report, top to bottom."""
    flow.begin()
    # a long project name wraps rather than running off the page (at most three lines)
    title = f"{TITLE}: {report.project.name}"
    for line in wrap(title, QFontMetricsF(flow.font(15, bold=True)), flow.width):
        flow.text(QRectF(0, flow.y, flow.width, 20), line, 15, bold=True)
        flow.y += 20
    flow.y += 2
    flow.paragraph(subtitle(report), MUTED)
    flow.y += 4
    cards = headline_cards(report)
    _cards(flow, cards[:4])  # the dates, then the issues beside the finish variance
    _cards(flow, issue_cards(report))
    _cards(flow, cards[4:])
    said = deadline_note(report)
    if said is not None:
        flow.paragraph(said, LATE)
    flow.paragraph(task_count_line(report))
    late_note = late_work_note(report)
    if late_note is not None:
        flow.paragraph(late_note, LATE)
    note = baseline_note(report)
    if note is not None:
        flow.paragraph(note, MUTED)

    _deadlines(flow, report)
    passed, coming = report.milestones_passed, report.milestones_next
    if not passed and not coming:
        flow.heading("Milestones")
        flow.paragraph("The plan has no milestones.")
    if passed:
        reached = milestone_table(report, passed)
        _section(flow, "Milestones", reached, "Reached or due by the status date (late ones first)")
        earlier = report.milestones_earlier
        if earlier:
            flow.paragraph(
                f"… and {earlier} earlier reached {noun(earlier, 'milestone', 'milestones')}.",
                MUTED,
            )
    if coming:
        table = milestone_table(report, coming[:MAX_MILESTONE_ROWS])
        if passed:  # its line stays with its table too
            flow.need(_start_height(flow, "Coming up", table))
            flow.paragraph("Coming up", MUTED)
            flow.table(table)
        else:
            _section(flow, "Milestones", table, "Coming up")
        _more(
            flow,
            min(len(coming), MAX_MILESTONE_ROWS),
            len(coming),
            "milestone coming up",
            "milestones coming up",
        )

    late = report.late_tasks
    if late:
        _section(flow, "Late tasks", late_table(report, late[:MAX_TASK_ROWS]))
        _more(flow, min(len(late), MAX_TASK_ROWS), report.late_count, "late task", "late tasks")
    else:
        flow.heading("Late tasks")
        flow.paragraph("No late tasks: every task is where the schedule has it at the status date.")

    critical = report.critical_in_progress
    if critical:
        table = critical_table(report, critical[:MAX_CRITICAL_ROWS])
        _section(flow, "Critical tasks in progress", table)
        shown = min(len(critical), MAX_CRITICAL_ROWS)
        _more(
            flow,
            shown,
            report.critical_count,
            "critical task in progress",
            "critical tasks in progress",
        )
    else:
        flow.heading("Critical tasks in progress")
        flow.paragraph("No critical task is in progress on schedule (late ones are listed above).")

    if report.people:
        _section(flow, "Over-allocated people", people_table(report, MAX_PEOPLE_ROWS))
        _more(
            flow,
            MAX_PEOPLE_ROWS,
            len(report.people),
            "over-allocated person",
            "over-allocated people",
        )
    else:
        flow.heading("Over-allocated people")
        flow.paragraph("No one is over-allocated from the status date on.")

    shown = len(report.risks)
    of = f" ({shown} of {report.open_risks} not closed)" if report.open_risks > shown else ""
    title = f"Top risks by exposure{of}"
    if report.risks:
        _section(flow, title, risk_table(report), risk_line(report), Colors.text)
    else:
        flow.heading(title)
        flow.paragraph("No open risks.")

    _charts(flow, report)


def _deadlines(flow: Flow, report: StatusReport) -> None:
    """The missed deadlines (none: no block), whatever their distance from the status
    date, then the other scheduling issues the window counts."""
    missed = report.deadlines
    if missed:
        table = deadline_table(report, missed[:MAX_DEADLINE_ROWS])
        lead = "Finishing after their deadlines, however far ahead; the most late first"
        _section(flow, "Missed deadlines", table, lead)
        shown = min(len(missed), MAX_DEADLINE_ROWS)
        _more(flow, shown, len(missed), "missed deadline", "missed deadlines")
    issues = report.issues
    if issues:
        lead = "Conflicts the scheduler reports, as the window's status bar lists them"
        _section(flow, "Scheduling issues", issue_table(report), lead)
        _more(flow, min(len(issues), MAX_ISSUE_ROWS), len(issues), "issue", "issues")
    slack = slack_line(report)
    if slack is not None:
        flow.paragraph(slack, LATE)


def _start_height(flow: Flow, lead: str, table: Table) -> float:
    """How tall ``lead`` (a line) and ``table``'s headings and first rows draw."""
    return flow.paragraph_height(lead, flow.width) + flow.table_start(table)


def _section(flow: Flow, title: str, table: Table, lead: str = "", color: QColor = MUTED) -> None:
    """A heading, a line under it and a table, the heading kept on the page of the line and
    the table's first rows: kept with 40 pt only, on A3 landscape the Top risks heading and
    its reserve line sat at the foot of page 1 and the table started page 2 without them."""
    keep = _start_height(flow, lead, table) if lead else flow.table_start(table)
    flow.heading(title, keep_with=keep)
    if lead:
        flow.paragraph(lead, color)
    flow.table(table)


HEADING_H = 25.0  # a section heading with its rule (Flow.heading)
NOTE_H = 14.0
MIN_CHART_ROWS = 8  # fewer rows than this (when the plan has more) wait for a fresh page
SIDE_BY_SIDE = 650.0  # page width (points) from which the two charts share a row
GAP = 18.0  # between the two charts side by side
MIN_PLOT_H = 80.0  # the cost curve's plot beside the phase chart is no shorter
CURVE_TITLE = "Cost curve: planned value, earned value, actual cost"


def _charts(flow: Flow, report: StatusReport) -> None:
    """The phase chart, then the cost curve under it; on a page as wide as a landscape one,
    side by side: stacked, page 2 of a landscape report had no room left for the curve,
    which was left out."""
    if flow.width >= SIDE_BY_SIDE and report.phases and report.curve is not None:
        _side_by_side(flow, report)
        return
    _phase_chart(flow, report)
    _cost_curve(flow, report)


def _phase_rows(flow: Flow, report: StatusReport, notes_h: float = NOTE_H) -> int:
    """How many rows of the phase chart fit in the room left on this page."""
    room = flow.room() - HEADING_H - chart_height(0) - notes_h
    return min(MAX_ROWS, max(int(room // ROW_H), 0))


def _phase_chart(flow: Flow, report: StatusReport) -> None:
    """The Gantt of the phases: on this page if enough of it fits, else on page 2, never a third.

    Levels 1-2 when they fit, else level 1 only, else as many rows as fit (the
    note under the picture says which).
    """
    phases = report.phases
    if not phases:
        return
    wanted = min(len(chart_rows(phases)[0]), MIN_CHART_ROWS)
    if _phase_rows(flow, report) < wanted:
        if flow.page >= 2:
            return  # the report stays within two pages; the Gantt chart has the schedule
        flow.need(flow.bottom)  # a fresh page
    _draw_phases(flow, report, _phase_rows(flow, report))


def _phase_note(report: StatusReport, level_one: bool, hidden: int) -> str | None:
    """What the phase chart leaves out, said under it (None: nothing)."""
    notes = []
    if level_one or report.phase_count > len(report.phases):
        notes.append(f"Outline level 1 only ({report.phase_count} rows at levels 1-2).")
    if hidden:
        notes.append(f"{hidden} more rows left out for room.")
    return " ".join([*notes, "The Gantt chart shows every task."]) if notes else None


def _note_h(flow: Flow, report: StatusReport, most: int, width: float) -> float:
    """How tall the note under a phase chart of at most ``most`` rows, ``width`` wide, is."""
    _rows, level_one, hidden = chart_rows(report.phases, most)
    note = _phase_note(report, level_one, hidden)
    return 0.0 if note is None else flow.paragraph_height(note, width)


def _draw_phases(flow: Flow, report: StatusReport, most: int, keep: bool = True) -> bool:
    """The phase chart of at most ``most`` rows, its heading and note, across the flow's
    width; ``keep``: its heading kept on the page of the picture. False: no row to draw."""
    rows, level_one, hidden = chart_rows(report.phases, most)
    if not rows:
        return False
    height = chart_height(len(rows))
    flow.heading("Schedule summary", keep_with=height if keep else 0.0)
    if flow.painter is not None:
        paint_phase_chart(flow.painter, flow.y, flow.width, rows, report.status_date)
    flow.y += height
    note = _phase_note(report, level_one, hidden)
    if note is not None:
        flow.paragraph(note, MUTED)
    return True


def _cost_curve(flow: Flow, report: StatusReport) -> None:
    """The S-curve, where the phase picture left room (never on a third page)."""
    if report.curve is None:
        return
    height = curve_height()
    if flow.room() < HEADING_H + height:
        if flow.page >= 2:
            return  # the report stays within two pages; the Budget view has the curve
        flow.need(flow.bottom)
    _draw_curve(flow, report)


def _draw_curve(
    flow: Flow, report: StatusReport, keep: bool = True, plot_h: float = PLOT_H
) -> None:
    """The S-curve (its plot ``plot_h`` tall) and its heading across the flow's width (the
    long title where it fits)."""
    curve = report.curve
    if curve is None:
        return
    height = curve_height(plot_h)
    title = CURVE_TITLE
    if QFontMetricsF(flow.font(11, bold=True)).horizontalAdvance(title) > flow.width:
        title = "Cost curve"  # the key under it names the three lines
    flow.heading(title, keep_with=height if keep else 0.0)
    if flow.painter is not None:
        paint_cost_curve(
            flow.painter, flow.y, flow.width, curve, report.status_date, report.project, plot_h
        )
    flow.y += height


def _side_by_side(flow: Flow, report: StatusReport) -> None:
    """The phase chart left, the cost curve right, from the same height: on this page if
    the curve (its plot down to :data:`MIN_PLOT_H`) and a few rows of phases fit, else on
    page 2; on page 2 without that room, one under the other as on a narrow page."""
    wanted = min(len(chart_rows(report.phases)[0]), MIN_CHART_ROWS)
    notes_h = _note_h(flow, report, wanted, (flow.width - GAP) / 2)

    def fits() -> bool:
        curve_room = flow.room() - HEADING_H
        phases_room = curve_room - chart_height(wanted) - notes_h
        return curve_room >= curve_height(MIN_PLOT_H) and phases_room >= 0

    if not fits():
        if flow.page >= 2:
            _phase_chart(flow, report)  # the report stays within two pages
            _cost_curve(flow, report)
            return
        flow.need(flow.bottom)
    plot_h = min(PLOT_H, flow.room() - HEADING_H - curve_height(0))
    most = _phase_rows(flow, report, notes_h)
    top, width = flow.y, flow.width
    half = (width - GAP) / 2
    painter = flow.painter
    flow.width = half
    try:
        if not _draw_phases(flow, report, most, keep=False):
            flow.width = width
            _draw_curve(flow, report)
            return
        left_end, flow.y = flow.y, top
        if painter is not None:
            painter.save()
            painter.translate(half + GAP, 0)
        try:
            _draw_curve(flow, report, keep=False, plot_h=plot_h)
        finally:
            if painter is not None:
                painter.restore()
        flow.y = max(left_end, flow.y)
    finally:
        flow.width = width


def _flow(
    report: StatusReport,
    width: float,
    height: float,
    pages: int,
    painter: QPainter | None,
    frame: ViewFrame,
) -> Flow:
    def new_page(p: QPainter | None, page: int) -> None:
        if p is None:
            return
        if page > 1:
            device = p.device()
            assert isinstance(device, QPagedPaintDevice)
            p.restore()
            device.newPage()
            p.save()
            dpp = device.logicalDpiX() / 72.0
            p.scale(dpp, dpp)
        info = PageInfo(
            report.project.name,
            report.status_date,
            report.report_date,
            page,
            1,
            max(pages, page),
            1,
            TITLE,
        )
        frame.paint(p, info, width, height - frame.bottom())

    return Flow(width, frame.top(), height - frame.bottom() - 4, painter, new_page)


def status_frame(
    report: StatusReport, header: bool = True, footer: bool = True, file: str = ""
) -> ViewFrame:
    """The header and footer of the report's pages: the plan's Page Setup texts (Gantry's
    own until typed), on or off as ``header`` and ``footer`` say; ``&[File]``: ``file``."""
    return ViewFrame.of(report.project, TITLE, header, footer, file)


def render_status_report(
    device: QPagedPaintDevice, report: StatusReport, frame: ViewFrame | None = None
) -> int:
    """Paint the report on ``device`` (PDF writer, printer, preview); returns the page count.
    ``frame``: the pages' header and footer (None: :func:`status_frame`'s)."""
    p = QPainter()
    if not p.begin(device):
        raise AppError("could not start drawing the status report (is the file writable?)")
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        return paint_status_pages(p, device, report, frame)
    finally:
        p.end()


def paint_status_pages(
    p: QPainter, device: QPagedPaintDevice, report: StatusReport, frame: ViewFrame | None = None
) -> int:
    """Paint the report with ``p`` (begun on ``device``) from the page it is on: its own
    first page is that one, the next ones are new pages (a combined report's plans, one
    after another, app/report/combined_report.py); returns its page count."""
    frame = frame or status_frame(report)
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    width, height = rect.width(), rect.height()
    counting = _flow(report, width, height, 0, None, frame)
    lay_out(counting, report)
    pages = counting.page
    p.save()
    dpp = device.logicalDpiX() / 72.0
    p.scale(dpp, dpp)
    flow = _flow(report, width, height, pages, p, frame)
    lay_out(flow, report)
    p.restore()
    return pages


def status_page_options(
    paper: str = "A4", landscape: bool = False, setup: PageSetup | None = None
) -> PrintOptions:
    """The page the report is printed on (portrait A4 unless asked), inside the margins of
    ``setup``, the plan's Page Setup (None: Gantry's)."""
    if setup is None:
        return PrintOptions(paper=paper, landscape=landscape)
    return PrintOptions(paper=paper, landscape=landscape, setup=setup)


def write_status_pdf(
    report: StatusReport,
    path: Path,
    paper: str = "A4",
    landscape: bool = False,
    frame: ViewFrame | None = None,
) -> int:
    """Write the report as a vector PDF, with the plan's Page Setup (``frame``: the pages'
    header and footer, None: :func:`status_frame`'s); returns the page count."""
    ensure_gui_app()
    path = Path(path)
    if not path.parent.is_dir():
        raise AppError(f"{path}: no such folder")
    # the plan's margins, refused in one line before a file is started when they cannot print
    layout = page_layout(status_page_options(paper, landscape, report.project.page_setup))
    title = f"{report.project.name} — {TITLE}"
    return paint_pdf(path, title, layout, lambda w: render_status_report(w, report, frame))
