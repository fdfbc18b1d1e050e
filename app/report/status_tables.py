"""The status report's figures as text: headline cards and the rows of its tables.

Plain strings and flags (which cells are bad news), so they are tested without
drawing; app.report.status_pages lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.domain.notation import format_column_span
from app.domain.percent_shown import half_up, shown_percent
from app.domain.plural_words import counted, noun
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.risk import RISK_DIGITS
from app.domain.status_lines import DeadlineLine, MilestoneLine, StatusReport, TaskLine
from app.domain.status_report import signed_days
from app.report.columns import format_date
from app.report.locale_dates import local_date
from app.report.locale_numbers import local_figure, local_money, locale_marks
from app.report.status_flow import Table

MAX_TASK_ROWS = 15  # late tasks listed before "and N more"
MAX_CRITICAL_ROWS = 10
MAX_PEOPLE_ROWS = 10
MAX_DEADLINE_ROWS = 15  # missed deadlines listed before "and N more"
MAX_ISSUE_ROWS = 10
SLACK_NAMED = 3  # tasks with negative slack named, the most behind first (all are counted)
MAX_MILESTONE_ROWS = 10  # coming up (the domain keeps late ones, then the latest reached: 8)
CPI_SPI_WARN = 0.95  # below this the Budget view shows CPI and SPI in red


@dataclass(frozen=True, slots=True)
class Card:
    """One headline figure: its label, its value, and whether it is bad news (red)."""

    label: str
    value: str
    bad: bool = False


def _money(report: StatusReport, amount: float | None, digits: int | None = None) -> str:
    """An amount as the project shows money, in the locale's marks (``€207.210,00`` in
    German, as the Budget view and ``gantry info`` write it)."""
    if amount is None:
        return "n/a"
    return local_money(report.project, amount, locale_marks(), digits)


def days(report: StatusReport, minutes: int | None) -> str:
    """A variance in working days, signed: "+5d" late, "-2d" early, "0d" on time ("+2,5d"
    in German)."""
    if minutes is None:
        return ""
    return local_figure(signed_days(report.project, minutes), locale_marks())


def _ratio(value: float | None) -> str:
    """CPI or SPI: ``0.80`` (``0,80`` in German)."""
    return "n/a" if value is None else local_figure(f"{value:.2f}", locale_marks())


def budget_title(baseline: int) -> str:
    """The Budget card's title, naming the baseline it holds when it is not Baseline 0
    ("Budget (Baseline1)", MS Project's name of the field set)."""
    return "Budget (baseline)" if baseline == 0 else f"Budget (Baseline{baseline})"


def headline_cards(report: StatusReport) -> list[Card]:
    """The figures of the first block, in reading order (four to a row)."""
    h = report.headline
    late = (h.finish_variance_minutes or 0) > 0
    over = h.budget is not None and h.forecast > h.budget + 0.005
    base_finish = format_date(h.baseline_finish) if h.baseline_finish else "no baseline"
    return [
        Card("Start", format_date(h.start)),
        Card("Finish (forecast)", format_date(h.finish), late),
        Card("Baseline finish", base_finish),
        Card("Finish variance", days(report, h.finish_variance_minutes) or "n/a", late),
        Card("% complete", f"{shown_percent(h.percent_complete)}%"),
        Card(
            budget_title(h.budget_baseline),
            _money(report, h.budget) if h.budget is not None else "no baseline",
        ),
        Card("Forecast cost", _money(report, h.forecast), over),
        Card("Actual cost to date", _money(report, h.actual)),
        Card("EAC", _money(report, h.eac), h.vac is not None and h.vac < -0.005),
        Card("VAC", _money(report, h.vac), h.vac is not None and h.vac < -0.005),
        Card("CPI", _ratio(h.cpi), h.cpi is not None and h.cpi < CPI_SPI_WARN),
        Card("SPI", _ratio(h.spi), h.spi is not None and h.spi < CPI_SPI_WARN),
    ]


def issue_cards(report: StatusReport) -> list[Card]:
    """The row under the dates when the window has "Scheduling issues" (none: []): how
    many, how many deadlines are missed, and the latest missed deadline of a milestone
    or summary with its task's forecast finish against it."""
    h = report.headline
    if not h.issue_count and not report.deadlines:
        return []
    cards = [
        Card("Scheduling issues", str(h.issue_count), h.issue_count > 0),
        Card("Missed deadlines", str(len(report.deadlines)), bool(report.deadlines)),
    ]
    if h.deadline is not None:
        cards += [
            Card(f"Deadline: {h.deadline_task}", format_date(h.deadline), True),
            Card("Forecast vs deadline", signed_span(report, h.deadline_variance_minutes), True),
        ]
    return cards


def deadline_note(report: StatusReport) -> str | None:
    """The latest deadline a milestone or summary misses, against that task's forecast
    finish (None: none is missed): a baseline that misses it too shows a finish variance of 0d."""
    h = report.headline
    if h.deadline is None or h.deadline_finish is None:
        return None
    name = quoted(h.deadline_task, NAME_LIMIT)
    late = signed_span(report, h.deadline_variance_minutes)
    said = (
        f"{name} is forecast to finish {format_date(h.deadline_finish)}, {late} against its "
        f"deadline ({format_date(h.deadline)}), the latest deadline a milestone or summary misses"
    )
    if h.baseline_finish is None:
        return said + "."
    variance = days(report, h.finish_variance_minutes)
    base = h.deadline_baseline_finish
    if base is not None and base > h.deadline:
        return f"{said}; its baseline misses it too, so the finish variance ({variance}) doesn't show it."
    return f"{said}; the finish variance ({variance}) is against the baseline."


def plan_span(report: StatusReport, minutes: int, elapsed: bool = False) -> str:
    """A length (how late, a slack) in the plan's duration unit, as the Total Slack column
    reads it ("22.1d", "4.42w"; "22,1d" in German; an ``elapsed`` task's "-2.5ed")."""
    return local_figure(
        format_column_span(minutes, report.project, elapsed=elapsed), locale_marks()
    )


def signed_span(report: StatusReport, minutes: int | None) -> str:
    """How late against a deadline, signed, in the plan's duration unit as the missed
    deadlines table and ``gantry info`` say it ("+5d", "+1.2w"; "+1,2w" in German)."""
    if minutes is None:
        return ""
    sign = "+" if minutes > 0 else "-" if minutes < 0 else ""
    return sign + plan_span(report, abs(minutes))


def deadline_table(report: StatusReport, lines: tuple[DeadlineLine, ...]) -> Table:
    """The missed deadlines: ID, task, its deadline, its finish (actual once done) and how
    late, in red."""
    rows = tuple(
        (
            str(d.row),
            d.name,
            format_date(d.deadline),
            format_date(d.finish) + (" (actual)" if d.done else ""),
            plan_span(report, d.late_minutes),
        )
        for d in lines
    )
    return Table(
        ("ID", "Task", "Deadline", "Forecast finish", "Late by"),
        rows,
        right=frozenset({0, 4}),
        red=tuple(frozenset({4}) for _ in rows),
        wide=frozenset({1}),
    )


def issue_table(report: StatusReport) -> Table:
    """The other scheduling issues, as the window's status bar says them."""
    lines = report.issues[:MAX_ISSUE_ROWS]
    rows = tuple((str(i.row), i.name, i.message) for i in lines)
    return Table(
        ("ID", "Task", "Issue"),
        rows,
        right=frozenset({0}),
        red=tuple(frozenset({2}) for _ in rows),
        wide=frozenset({1, 2}),
    )


def slack_line(report: StatusReport) -> str | None:
    """How many tasks have negative total slack, naming the :data:`SLACK_NAMED` most behind
    with their slack as the Total Slack column shows it (the plan's unit; an elapsed task's
    in ``ed``) (None: none has)."""
    count = report.negative_slack
    if not count:
        return None
    named = ", ".join(
        f"{quoted(s.name, NAME_LIMIT)} {plan_span(report, s.slack_minutes, s.elapsed)}"
        for s in report.slack_tasks[:SLACK_NAMED]
    )
    more = count - min(count, SLACK_NAMED)
    if more:
        named = f"the {SLACK_NAMED} most behind: {named}; {more} more in the Total Slack column"
    elif count > 1:
        named = f"the most behind first: {named}"
    return (
        f"{count} {noun(count, 'task has', 'tasks have')} negative total slack: as linked, "
        f"{noun(count, 'it', 'they')} cannot meet a deadline or date constraint ({named})."
    )


def task_count_line(report: StatusReport) -> str:
    """Tasks by Status in one line: "Tasks: 12 complete · 5 on schedule · 4 late · 40 not yet due"."""
    c = report.task_counts
    total = c.complete + c.on_schedule + c.late + c.future
    return (
        f"Tasks ({total}): {c.complete} complete · {c.on_schedule} on schedule · "
        f"{c.late} late · {c.future} not yet due"
    )


def _milestone_state(report: StatusReport, m: MilestoneLine) -> str:
    if m.done:
        return "reached"
    if m.overdue:
        return "LATE: not reached"
    if (m.variance_minutes or 0) > 0:
        return "slipping"
    return "on track"


def _milestone_row(report: StatusReport, m: MilestoneLine) -> tuple[str, ...]:
    return (
        str(m.row),
        m.name,
        format_date(m.forecast),
        format_date(m.baseline) if m.baseline else "",
        days(report, m.variance_minutes),
        _milestone_state(report, m),
    )


def milestone_table(report: StatusReport, lines: tuple[MilestoneLine, ...]) -> Table:
    """ID, name, forecast and baseline dates, variance and state; late ones in red.

    Sized by every milestone of the report, so the passed and coming tables line up.
    """
    every = report.milestones_passed + report.milestones_next[:MAX_MILESTONE_ROWS]
    return Table(
        ("ID", "Milestone", "Forecast", "Baseline", "Variance", "Status"),
        tuple(_milestone_row(report, m) for m in lines),
        right=frozenset({0, 4}),
        red=tuple(frozenset({4, 5}) if m.late else frozenset() for m in lines),
        wide=frozenset({1}),
        measure=tuple(_milestone_row(report, m) for m in every),
    )


def late_issue(report: StatusReport, t: TaskLine) -> str:
    """Why a task is late, in words (a milestone is reached or not, as the Milestones
    table says)."""
    if t.start == t.finish and not t.started:
        return f"not reached; was due {format_date(t.finish)}"
    if not t.started:
        if t.overdue:
            return f"not started; was due to finish {format_date(t.finish)}"
        return f"not started; was due to start {format_date(t.start)}"
    if t.overdue:
        return (
            f"{shown_percent(t.percent_complete)}% done; was due to finish {format_date(t.finish)}"
        )
    done, expected = shown_percent(t.percent_complete), shown_percent(t.expected_percent)
    return f"{done}% done, {expected}% expected by now"


def late_table(report: StatusReport, lines: tuple[TaskLine, ...]) -> Table:
    """The late tasks: ID, name, dates, the issue, critical or not."""
    rows = tuple(
        (
            str(t.row),
            t.name,
            format_date(t.start),
            format_date(t.finish),
            late_issue(report, t),
            "yes" if t.critical else "",
        )
        for t in lines
    )
    red = tuple(frozenset({4, 5}) if t.critical else frozenset({4}) for t in lines)
    return Table(
        ("ID", "Task", "Start", "Finish", "Issue", "Critical"),
        rows,
        right=frozenset({0}),
        red=red,
        wide=frozenset({1, 4}),
    )


def critical_table(report: StatusReport, lines: tuple[TaskLine, ...]) -> Table:
    """Critical tasks under way: any slip moves the finish date."""
    rows = tuple(
        (
            str(t.row),
            t.name,
            format_date(t.start),
            format_date(t.finish),
            f"{shown_percent(t.percent_complete)}%",
            days(report, t.finish_variance_minutes),
        )
        for t in lines
    )
    red = tuple(
        frozenset({5}) if (t.finish_variance_minutes or 0) > 0 else frozenset() for t in lines
    )
    return Table(
        ("ID", "Task", "Start", "Finish", "% complete", "Finish var."),
        rows,
        right=frozenset({0, 4, 5}),
        red=red,
        wide=frozenset({1}),
    )


def week_ranges(weeks: tuple[date, ...]) -> str:
    """Mondays as runs of weeks: "w/c 2027-03-01 to 2027-03-15, 2027-04-05" in the C
    locale; elsewhere in the locale's dates, each week by its Monday as the printed
    timescale names it, the English "w/c" said as "from" ("from Mo. 01.03.2027 to
    Mo. 15.03.2027, Mo. 05.04.2027" in German)."""
    runs: list[list[date]] = []
    for monday in weeks:
        if runs and (monday - runs[-1][-1]).days == 7:
            runs[-1].append(monday)
        else:
            runs.append([monday])
    day: Callable[[date], str]
    if _c_locale():
        lead, day = "w/c ", date.isoformat
    else:
        lead, day = "from ", local_date
    parts = [day(r[0]) if len(r) == 1 else f"{day(r[0])} to {day(r[-1])}" for r in runs]
    return (lead if parts else "") + ", ".join(parts)


def _c_locale() -> bool:
    """Whether the page is printed in the C locale (Qt's default), whose texts stay ISO."""
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.C


def people_table(report: StatusReport, limit: int | None = None) -> Table:
    """Who is booked beyond their max units, how much, in which weeks (and why where Peak alone
    does not say it: 'w/c 2027-03-01 (works on a day off)', or '(works outside working hours)'
    for a night on a working day, as Overallocation.reason has it), on what (the first
    ``limit`` people)."""
    rows = tuple(
        (
            p.name,
            f"{half_up(p.peak_units * 100)}%",
            f"{half_up(p.max_units * 100)}%",
            week_ranges(p.weeks) + (f" ({p.off_time})" if p.off_time else ""),
            ", ".join(p.task_names),
        )
        for p in report.people[:limit]
    )
    return Table(
        ("Person", "Peak", "Max", "Weeks (week commencing)", "Tasks"),
        rows,
        right=frozenset({1, 2}),
        red=tuple(frozenset({1}) for _ in rows),
        wide=frozenset({3, 4}),
    )


def risk_line(report: StatusReport) -> str:
    """The register's reserve under its top risks, in whole units as the Risks view says it."""
    reserve = _money(report, report.reserve, RISK_DIGITS)
    exposure = _money(report, report.exposure, RISK_DIGITS)
    return (
        f"Contingency reserve: {reserve} for the {counted(report.open_risks, 'risk')} not closed "
        f"(their exposure, probability x impact: {exposure})"
    )


def risk_table(report: StatusReport) -> Table:
    """The top risks by exposure with their contingency (titled Reserve), owner and mitigation."""
    rows = tuple(
        (
            r.title,
            f"{half_up(r.probability * 100)}%",
            _money(report, r.impact, RISK_DIGITS),
            _money(report, r.exposure, RISK_DIGITS),
            _money(report, r.contingency, RISK_DIGITS),
            r.owner,
            r.mitigation or "none recorded",
            r.status.label,
        )
        for r in report.risks
    )
    return Table(
        ("Risk", "Prob.", "Impact", "Exposure", "Reserve", "Owner", "Mitigation", "Status"),
        rows,
        right=frozenset({1, 2, 3, 4}),
        wide=frozenset({0, 6}),
    )
