"""``gantry info`` names the plan's manager (Project Information's Manager, since schema
v27) and, once a status date is set, says what the status report says in red: late tasks'
work left is assumed done by the status date, with the command that reschedules it."""

from __future__ import annotations

import shlex
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduling.run import schedule_only
from app.domain.status_report import gather_status
from app.domain.task import Task
from app.formats import read_plan, write_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _info(path: Path, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    return capsys.readouterr().out.splitlines()


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "crm.gantry"
    shutil.copy(DEMO, path)
    return path


def test_s22ct_info_names_the_manager_under_the_plan(tmp_path, capsys):
    lines = _info(_demo(tmp_path), capsys)
    assert lines[0].startswith("Plan:")
    assert lines[1].split() == ["Manager:", "Maria", "Lopez"]
    assert lines[2].startswith("File:")


def test_s22ct_a_plan_without_a_manager_has_no_manager_line(tmp_path, capsys):
    plan = read_plan(DEMO)
    plan.set_project(replace(plan.project, manager="", author="Ann Writer"))
    path = tmp_path / "nomanager.xml"
    write_plan(plan, path)
    out = "\n".join(_info(path, capsys))
    assert "Manager:" not in out
    assert "Ann Writer" not in out  # an author is who wrote the plan, not its manager


def test_s22ct_without_a_status_date_no_late_work_is_told(tmp_path, capsys):
    out = "\n".join(_info(_demo(tmp_path), capsys))
    assert "Late work" not in out
    assert "work left before the status date" not in out


def test_s22ct_late_work_is_said_as_the_status_report_counts_it(tmp_path, capsys):
    path = _demo(tmp_path)
    assert main(["status-date", str(path), "2027-07-01"]) == 0
    plan = read_plan(path)
    result = schedule_only(plan)
    report = gather_status(plan, result, compute_costs(plan, result), datetime(2027, 7, 2))
    late = report.task_counts.late
    assert late > 1  # the demo is far behind at July

    (line,) = [x for x in _info(path, capsys) if x.startswith("Late work:")]
    text = line.removeprefix("Late work:").strip()
    way_out = f"gantry update {shlex.quote(str(path))} --through 2027-07-01 --reschedule"
    assert text == (
        f"{late} tasks have work left before the status date; the forecast assumes it is "
        f"done by then — {way_out}"
    )

    # the way out it names runs as printed, and then nothing is left to warn of
    assert main(shlex.split(way_out)[1:]) == 0
    out = "\n".join(_info(path, capsys))
    assert "Late work" not in out
    assert "Status date:" in out


def test_s22ct_one_late_task_is_singular(tmp_path, capsys):
    project = Project(name="Small", start=datetime(2027, 3, 1, 8))
    plan = Plan(project=replace(project, status_date=datetime(2027, 3, 1, 17)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=960))  # half due by the status date
    plan.append_task(Task(2, "Test", 1, duration_minutes=480))
    plan.add_link(Link(1, 2))
    path = tmp_path / "small.xml"
    write_plan(plan, path)
    (line,) = [x for x in _info(path, capsys) if x.startswith("Late work:")]
    assert "1 task has work left before the status date" in line
