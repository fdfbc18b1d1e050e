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


def _pages_of_heading_and_table(monkeypatch, report, room: float) -> tuple[int, int]:
    """The page the Top risks heading lands on and the page its table is drawn on, laid out
    from ``room`` points above the foot of page 1 (pages counted, nothing drawn)."""
    from app.report.status_flow import Flow
    from app.report.status_pages import _section
    from app.report.status_tables import risk_line, risk_table

    seen: dict[str, int] = {}
    heading, table = Flow.heading, Flow.table

    def record_heading(self, title, keep_with=40.0):
        heading(self, title, keep_with)
        seen["heading"] = self.page

    def record_table(self, t):
        table(self, t)
        seen["table"] = self.page

    monkeypatch.setattr(Flow, "heading", record_heading)
    monkeypatch.setattr(Flow, "table", record_table)
    flow = Flow(520.0, 0.0, 700.0, None, lambda _painter, _page: None)
    flow.begin()
    flow.y = flow.bottom - room
    _section(flow, "Top risks by exposure", risk_table(report), risk_line(report))
    return seen["heading"], seen["table"]


def test_s22rp_a_heading_goes_to_the_next_page_with_its_table(qapp, monkeypatch):
    from tests.unit.test_status_report import _plan

    report = _report(_plan())
    assert report.risks
    for room in (63.0, 70.0, 80.0, 100.0, 140.0):
        # 40 pt kept the heading and its reserve line on page 1, the table on page 2
        on, drawn = _pages_of_heading_and_table(monkeypatch, report, room)
        assert on == drawn, room
    assert _pages_of_heading_and_table(monkeypatch, report, 63.0) == (2, 2)
    assert _pages_of_heading_and_table(monkeypatch, report, 300.0) == (1, 1)


@needs_poppler
def test_s22rp_a3_landscape_keeps_the_risks_heading_with_its_table(qapp, tmp_path):
    """The tester's case: the demo at 2027-03-15 on A3 landscape."""
    from app.assets import resource_path
    from app.cli import main

    path = tmp_path / "a3.pdf"
    demo = resource_path("demo", "crm-rollout.gantry")
    argv = ["report", str(demo), str(path), "--status-date", "2027-03-15", "--paper", "A3"]
    assert main([*argv, "--landscape"]) == 0
    for page in (1, 2):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        assert ("Top risks by exposure" in text) == ("Mitigation" in text), page
