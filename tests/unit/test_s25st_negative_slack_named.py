"""The status report names the tasks most behind, not only how many have negative total
slack: each with its slack as the Total Slack column shows it, in the plan's unit, an
elapsed task's in ``ed`` (app/domain/status_deadlines.negative_slack_lines,
app/report/status_tables.slack_line)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.link import Link, LinkType
from app.domain.scheduler import schedule
from app.domain.status_deadlines import negative_slack_lines
from app.domain.task import Task
from app.report.status_pages import write_status_pdf
from app.report.status_tables import SLACK_NAMED, slack_line
from tests.unit.test_s24st_status_deadlines import DAY, STATUS, _report, _site

DEADLINE = STATUS + timedelta(days=60)  # Handover misses it by 21.5 working days


def _cured():
    """The site, with Cure (10 elapsed days, round the clock) between Build and Handover."""
    plan = _site(DEADLINE)
    plan.append_task(Task(9, "Cure", duration_minutes=10 * 1440, elapsed=True))
    plan.remove_link(3, 4)
    plan.add_link(Link(3, 9, LinkType.FS))
    plan.add_link(Link(9, 4, LinkType.FS))
    return plan


def test_s25st_the_tasks_most_behind_are_named_with_their_slack():
    report, sched = _report(_site(DEADLINE))
    assert [(s.name, s.slack_minutes) for s in report.slack_tasks] == [
        ("Build", sched[3].total_slack_minutes),
        ("Handover", sched[4].total_slack_minutes),
    ]  # the same conflict: by row; Dig is done, Pour and Gate have slack
    assert report.negative_slack == 2
    slack = f"{sched[3].total_slack_minutes / DAY:g}d"
    assert slack_line(report) == (
        "2 tasks have negative total slack: as linked, they cannot meet a deadline or date "
        f"constraint (the most behind first: 'Build' {slack}, 'Handover' {slack})."
    )


def test_s25st_an_elapsed_task_s_slack_is_said_in_edays_and_weighed_as_calendar_time():
    plan = _cured()
    sched = schedule(plan)
    cure = sched[9].total_slack_minutes
    assert cure < 0  # elapsed minutes, round the clock
    lines = negative_slack_lines(plan, sched)
    by_uid = {s.uid: s for s in lines}
    assert by_uid[9].elapsed
    assert not by_uid[3].elapsed
    # Build and Handover: the working days to the deadline; Cure: the hours, round the clock
    assert -by_uid[9].slack_minutes > -by_uid[3].slack_minutes * 2
    # weighed as calendar time (an elapsed week a working week), the same conflict ranks
    # alike, not Cure first by its larger count of minutes
    assert lines[0].uid == 3
    report, _ = _report(plan)
    said = slack_line(report) or ""
    assert f"'Cure' -{-cure / 1440:g}ed" in said
    assert f"'Build' -{-sched[3].total_slack_minutes / DAY:g}d" in said


def test_s25st_past_a_few_the_rest_are_counted():
    plan = _site(DEADLINE)
    for uid in range(20, 26):  # six chains into Handover longer than Build, each a day less
        plan.append_task(Task(uid, f"Chain {uid}", duration_minutes=(126 - uid) * DAY))
        plan.add_link(Link(1, uid, LinkType.FS))
        plan.add_link(Link(uid, 4, LinkType.FS))
    report, _ = _report(plan)
    assert report.negative_slack == 8
    slacks = [s.slack_minutes for s in report.slack_tasks]
    assert slacks == sorted(slacks)
    said = slack_line(report) or ""
    assert said.startswith("8 tasks have negative total slack")
    # Handover waits for the longest chain: as far behind as Chain 20, and first by row
    names = [s.name for s in report.slack_tasks[:SLACK_NAMED]]
    assert names == ["Handover", "Chain 20", "Chain 21"]
    assert f"(the {SLACK_NAMED} most behind: 'Handover' " in said
    assert f"; {8 - SLACK_NAMED} more in the Total Slack column)." in said


def test_s25st_weeks_plan_says_slack_in_weeks():
    report, sched = _report(_site(DEADLINE))
    weeks = replace(
        report, project=replace(report.project, duration_unit=report.project.duration_unit.WEEKS)
    )
    assert f"'Build' {sched[3].total_slack_minutes / (5 * DAY):.3g}w" in (slack_line(weeks) or "")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")
def test_s25st_the_pdf_names_them(qapp, tmp_path):
    report, sched = _report(_cured())
    path = tmp_path / "report.pdf"
    assert write_status_pdf(report, path) <= 2
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    said = " ".join(text.split())
    assert "tasks have negative total slack" in said
    assert f"'Cure' -{-sched[9].total_slack_minutes / 1440:g}ed" in said
