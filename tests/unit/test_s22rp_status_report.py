"""The status report tells a PM what went wrong: an old missed milestone stays listed,
the forecast that assumes late work is done by the status date says so, and the
project's manager is named as such (app/domain/status_report.py, app/report/status_pages.py)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.status_report import PASSED_MILESTONES, gather_status
from app.domain.task import Task
from app.report.status_pages import write_status_pdf

DAY = 480
START = datetime(2026, 3, 2, 8, 0)  # a Monday
NOW = datetime(2026, 11, 26, 9, 0)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler missing")


def _milestones(count: int = 12) -> Plan:
    """W1 -> M1 -> W2 -> M2 ... (a day's work before each milestone); every one reached
    but M1, which was missed; the status date after the last."""
    plan = Plan(project=Project(name="Gates", start=START))
    uid = 0
    for k in range(1, count + 1):
        work, gate = uid + 1, uid + 2
        plan.append_task(Task(work, f"W{k}", 1, duration_minutes=DAY))
        plan.append_task(Task(gate, f"M{k}", 1, duration_minutes=0, milestone=True))
        if uid:
            plan.add_link(Link(uid, work, LinkType.FS))
        plan.add_link(Link(work, gate, LinkType.FS))
        uid = gate
    for task in list(plan.tasks):
        if task.name != "M1":
            plan.update_task(replace(task, percent_complete=100.0))
    status = datetime(2026, 4, 30, 17)
    plan.set_project(replace(plan.project, status_date=status))
    return plan


def _report(plan: Plan):
    sched = schedule(plan)
    return gather_status(plan, sched, compute_costs(plan, sched), NOW)


def _pdf_text(tmp_path, report, **kw) -> str:
    path = tmp_path / "report.pdf"
    write_status_pdf(report, path, **kw)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_s22rp_an_old_missed_milestone_stays_listed_first():
    report = _report(_milestones(12))
    names = [m.name for m in report.milestones_passed]
    # the latest eight alone would be M5..M12: M1, missed in March, fell off
    assert names[0] == "M1"
    assert report.milestones_passed[0].overdue
    assert names[1:] == [f"M{k}" for k in range(6, 13)]
    assert len(names) == PASSED_MILESTONES
    assert report.milestones_earlier == 4  # M2..M5, reached, counted only


def test_s22rp_nothing_is_counted_when_every_passed_milestone_is_listed():
    report = _report(_milestones(5))
    assert [m.name for m in report.milestones_passed] == ["M1", "M2", "M3", "M4", "M5"]
    assert report.milestones_earlier == 0


@needs_poppler
def test_s22rp_the_report_says_how_many_earlier_milestones_it_leaves_out(qapp, tmp_path):
    text = _pdf_text(tmp_path, _report(_milestones(12)))
    assert "LATE: not reached" in text
    assert "… and 4 earlier reached milestones." in text


def test_s22rp_late_work_is_said_to_be_assumed_done_by_the_status_date():
    from app.report.status_pages import late_work_note
    from tests.unit.test_status_report import _baselined, _plan, _progress

    report = _report(_progress(_baselined(_plan())))
    assert report.task_counts.late == 3
    note = late_work_note(report)
    assert note is not None
    assert note.startswith("3 tasks have work left before the status date; the forecast ")
    assert "Project > Update Project > Reschedule uncompleted work" in note
    early = _baselined(_plan())
    early.set_project(replace(early.project, status_date=datetime(2026, 2, 27, 17)))
    on_time = _report(early)  # the status date before any work is due
    assert on_time.task_counts.late == 0
    assert late_work_note(on_time) is None


@needs_poppler
def test_s22rp_rescheduled_late_work_is_no_longer_warned_of(qapp, tmp_path):
    """Rescheduled, the late work no longer sits before the status date: no warning."""
    from app.domain.tracking import reschedule_uncompleted
    from tests.unit.test_status_report import _plan, _progress

    plan = _progress(_plan())
    for risk in list(plan.risks):
        plan.remove_risk(risk.uid)
    text = " ".join(_pdf_text(tmp_path, _report(plan)).split())
    assert "3 tasks have work left before the status date" in text
    sched = schedule(plan)
    status = plan.project.status_date
    assert status is not None
    for update in reschedule_uncompleted(plan, sched, status):
        plan.update_task(replace(plan.task(update.uid), **update.changes(plan.task(update.uid))))
    again = _report(plan)
    assert again.task_counts.late == 0
    assert "work left before the status date" not in " ".join(_pdf_text(tmp_path, again).split())


@needs_poppler
def test_s22rp_the_report_words_plainly(qapp, tmp_path):
    from tests.unit.test_status_report import _plan

    plan = _plan()
    for risk in list(plan.risks):
        plan.remove_risk(risk.uid)
    text = " ".join(_pdf_text(tmp_path, _report(plan)).split())
    assert "No open risks." in text
    assert "(Project > Set Baseline, or gantry baseline FILE)" in text
