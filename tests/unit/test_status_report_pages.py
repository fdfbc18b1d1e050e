"""The status report's pages: texts of its cells and the PDF's pages (app.report.status_pages)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.percent_shown import shown_percent
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.report.status_flow import wrap
from app.report.status_pages import write_status_pdf
from app.report.status_tables import days, headline_cards, late_issue, late_table, week_ranges
from tests.unit.test_status_report import NOW, _baselined, _plan, _progress

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _report(plan, **kw):
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW, **kw)


def _pdf(tmp_path, report, name="report.pdf", **kw):
    path = tmp_path / name
    pages = write_status_pdf(report, path, **kw)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return pages, text


def test_variance_days_are_signed_like_the_variance_table():
    report = _report(_plan())
    assert days(report, 2 * 480) == "+2d"
    assert days(report, -240) == "-0.5d"
    assert days(report, 0) == "0d"
    assert days(report, None) == ""


def test_week_ranges_join_consecutive_weeks():
    weeks = (date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 4, 6))
    assert week_ranges(weeks) == "w/c 2026-03-02 to 2026-03-16, 2026-04-06"
    assert week_ranges(()) == ""


def test_headline_cards_flag_bad_news():
    report = _report(_progress(_baselined(_plan())))
    cards = {c.label: c for c in headline_cards(report)}
    assert cards["Finish variance"].value == "+2d"
    assert cards["Finish variance"].bad
    assert cards["SPI"].bad  # behind schedule
    # the whole % the sheet shows (halves up), not .0f's half-to-even: 12.5 % reads 13 %
    assert cards["% complete"].value == f"{shown_percent(report.headline.percent_complete)}%"
    half = replace(report, headline=replace(report.headline, percent_complete=12.5))
    assert {c.label: c.value for c in headline_cards(half)}["% complete"] == "13%"
    assert not cards["Start"].bad
    bare = {c.label: c for c in headline_cards(_report(_plan()))}
    assert bare["Budget (baseline)"].value == "no baseline"
    assert bare["CPI"].value == "n/a"


def test_late_issue_says_what_is_wrong():
    report = _report(_progress(_baselined(_plan())))
    by_name = {t.name: t for t in report.late_tasks}
    assert late_issue(report, by_name["A2"]) == "20% done, 60% expected by now"
    assert late_issue(report, by_name["C"]).startswith("not started; was due to finish")
    table = late_table(report, report.late_tasks)
    assert table.rows[0][1] == "A2"
    assert table.rows[0][5] == "yes"  # critical
    assert 5 in table.red[0]


def test_wrap_breaks_at_spaces_and_elides_the_last_line(qapp):
    from PySide6.QtGui import QFontMetricsF

    from app.report.fonts import report_font

    metrics = QFontMetricsF(report_font(8))
    text = "one two three four five six seven eight nine ten eleven twelve"
    lines = wrap(text, metrics, metrics.horizontalAdvance("one two three") + 1, max_lines=3)
    assert lines[0] == "one two three"
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert wrap("", metrics, 50) == [""]


@needs_poppler
def test_pdf_shows_every_section(qapp, tmp_path):
    report = _report(_progress(_baselined(_plan())))
    pages, text = _pdf(tmp_path, report)
    assert pages in (1, 2)
    for heading in (
        "Status report: Status",
        "Milestones",
        "Late tasks",
        "Critical tasks in progress",
        "Over-allocated people",
        "Top risks by exposure",
        "Schedule summary",
    ):
        assert heading in text
    assert "Author: Maria Lopez" in text  # s22rp: the plan gives no manager
    assert "Second supplier" in text
    assert "w/c 2026-03-09" in text
    assert "Ana" in text


@needs_poppler
def test_empty_sections_say_so(qapp, tmp_path):
    plan = _plan()
    plan.set_project(replace(plan.project, status_date=datetime(2026, 2, 27, 17)))
    for risk in list(plan.risks):
        plan.remove_risk(risk.uid)
    report = _report(plan)
    assert report.late_tasks == ()
    _, text = _pdf(tmp_path, report)
    assert "No late tasks" in text
    assert "No critical task is in progress" in text
    assert "No open risks." in text
    assert "No baseline is saved" in text


@needs_poppler
def test_long_lists_stop_with_a_count_and_stay_within_two_pages(qapp, tmp_path):
    from app.domain.task import Task

    plan = _plan()
    for uid in range(100, 160):
        plan.append_task(Task(uid, f"Extra task {uid} with a fairly long descriptive name", 1))
    for uid in range(10, 20):
        plan.add_risk(Risk(uid, f"Risk {uid}", 0.5, 1000.0 * uid, mitigation="word " * 40))
    report = _report(plan)  # now is long after every date: everything is late
    pages, text = _pdf(tmp_path, report, paper="Letter")
    assert pages <= 2
    assert f"and {report.late_count - 15} more late tasks" in text
    assert "(5 of 13 not closed)" in text
    # the phase picture takes what room page 2 has left, and says what it left out
    assert "Schedule summary" in text
    assert "more rows left out for room" in text


def test_nice_ceiling_rounds_up_to_a_round_amount():
    from app.report.status_curve import nice_ceiling

    assert nice_ceiling(207_210) == 250_000
    assert nice_ceiling(1_900) == 2_000
    assert nice_ceiling(100) == 100
    assert nice_ceiling(0) == 1.0


@needs_poppler
def test_pdf_has_the_cost_curve_only_with_a_baseline(qapp, tmp_path):
    _, with_base = _pdf(tmp_path, _report(_progress(_baselined(_plan()))), "a.pdf")
    assert "Cost curve: planned value, earned value, actual cost" in with_base
    assert "Earned value (EV)" in with_base
    _, without = _pdf(tmp_path, _report(_plan()), "b.pdf")
    assert "Cost curve" not in without


def test_task_count_line():
    from app.report.status_tables import task_count_line

    report = _report(_progress(_baselined(_plan())))
    assert task_count_line(report) == (
        "Tasks (7): 1 complete · 0 on schedule · 3 late · 3 not yet due"
    )
