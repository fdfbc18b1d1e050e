"""The status report's pages name a missed deadline, however far ahead, count the
window's "Scheduling issues" beside the finish variance and say the finish against the
deadline (app/report/status_pages.py, app/report/status_tables.py)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.task import ConstraintType
from app.report.status_pages import write_status_pdf
from app.report.status_tables import deadline_note, deadline_table, issue_cards, slack_line
from tests.unit.test_s24st_status_deadlines import START, STATUS, _baselined, _report, _site

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
DEADLINE = STATUS + timedelta(days=60)  # 2026-05-05 17:00


def _pdf_text(tmp_path, report) -> str:
    path = tmp_path / "report.pdf"
    assert write_status_pdf(report, path) <= 2
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_s24st_the_deadline_row_says_how_late_in_the_plan_unit(qapp):
    report, sched = _report(_site(DEADLINE))
    table = deadline_table(report, report.deadlines)
    assert table.headers == ("ID", "Task", "Deadline", "Forecast finish", "Late by")
    [row] = table.rows
    late = report.deadlines[0].late_minutes / 480
    assert row == ("4", "Handover", "2026-05-05", sched[4].finish.date().isoformat(), f"{late:g}d")
    weeks, _ = _report(_site(DEADLINE))
    weeks = replace(
        weeks, project=replace(weeks.project, duration_unit=weeks.project.duration_unit.WEEKS)
    )
    assert deadline_table(weeks, weeks.deadlines).rows[0][4] == f"{late / 5:g}w"


def test_s24st_the_issue_cards_sit_beside_the_variance_only_with_issues(qapp):
    report, _ = _report(_baselined(_site(DEADLINE)))
    cards = {c.label: c.value for c in issue_cards(report)}
    assert cards["Scheduling issues"] == "1"
    assert cards["Missed deadlines"] == "1"
    assert cards["Deadline: Handover"] == "2026-05-05"
    assert cards["Forecast vs deadline"].startswith("+")
    assert "its baseline misses it too" in (deadline_note(report) or "")
    clean, _ = _report(_site(datetime(2027, 1, 1)))
    assert issue_cards(clean) == []
    assert deadline_note(clean) is None
    assert slack_line(clean) is None


@needs_poppler
def test_s24st_the_pdf_names_a_deadline_missed_months_ahead(qapp, tmp_path):
    report, _ = _report(_baselined(_site(DEADLINE)))
    text = _pdf_text(tmp_path, report)
    assert "Missed deadlines" in text
    [line] = [ln for ln in text.splitlines() if ln.split()[:3] == ["4", "Handover", "2026-05-05"]]
    assert f"{report.deadlines[0].late_minutes / 480:g}d" in line
    assert "Scheduling issues" in text
    assert "'Handover' is forecast to finish" in " ".join(text.split())
    assert "negative total slack" in text


@needs_poppler
def test_s24st_no_missed_deadline_no_block_in_the_pdf(qapp, tmp_path):
    report, _ = _report(_baselined(_site(datetime(2027, 1, 1))))
    text = _pdf_text(tmp_path, report)
    assert "Missed deadlines" not in text
    assert "Scheduling issues" not in text
    assert "Forecast vs deadline" not in text


@needs_poppler
def test_s24st_a_constraint_conflict_is_printed_as_the_status_bar_says_it(qapp, tmp_path):
    plan = _site(None)
    plan.update_task(replace(plan.task(1), percent_complete=0.0))
    fnlt = START + timedelta(days=20)
    plan.update_task(
        replace(plan.task(3), constraint_type=ConstraintType.FNLT, constraint_date=fnlt)
    )
    report, sched = _report(plan)
    text = " ".join(_pdf_text(tmp_path, report).split())
    assert "Scheduling issues" in text
    assert sched.issues[0].message in text
    assert "Finishing after their deadlines" not in text
    assert "1 task has negative total slack: as linked, it cannot meet" in text
