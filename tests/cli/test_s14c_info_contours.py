"""gantry info and gantry usage agree on a contoured assignment whose work the task cannot
hold at its peak units (the tester's MSPDI: 40 h task, 40 h Back Loaded at 100 %)."""

from __future__ import annotations

import csv
from datetime import datetime

from app import formats
from app.cli import main
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task


def _file(tmp_path, contour: WorkContour, work: int):
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Build", duration_minutes=40 * 60))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work, contour=contour))
    path = tmp_path / "plan.xml"
    formats.write_plan(plan, path)
    return path


def _peak_hours(path, tmp_path) -> float:
    out = tmp_path / "usage.csv"
    assert main(["usage", str(path), "--by", "day", "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    first_day = rows[0].index("2026-01-05")  # the day columns follow the totals
    return max(float(cell) for row in rows[1:] for cell in row[first_day:] if cell)


def test_info_names_the_person_usage_shows_beyond_a_day(tmp_path, capsys):
    path = _file(tmp_path, WorkContour.BACK_LOADED, 40 * 60)
    assert main(["info", str(path)]) == 0
    assert "Over-allocated: 1: Ana" in capsys.readouterr().out
    assert _peak_hours(path, tmp_path) > 8.0


def test_info_and_usage_agree_on_work_the_task_holds(tmp_path, capsys):
    path = _file(tmp_path, WorkContour.BACK_LOADED, 24 * 60)  # 40 h x Back Loaded's 60 %
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Over-allocated: 0" in out or "Over-allocated: none" in out
    assert _peak_hours(path, tmp_path) <= 8.0 + 1e-6
