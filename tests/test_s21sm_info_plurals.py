"""``gantry info`` counts a plan's summaries and milestones in words that agree with the
number: it printed "1 summaries, 1 milestones"."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan


def _info(tmp_path, milestones: int, capsys) -> str:
    plan = Plan(project=Project(name="Small", start=datetime(2027, 3, 1, 8)))
    plan.append_task(Task(1, "Phase", 1, duration_minutes=480))
    plan.append_task(Task(2, "Build", 2, duration_minutes=480))
    for k in range(milestones):
        plan.append_task(Task(3 + k, f"Done {k}", 2, duration_minutes=0, milestone=True))
    path = tmp_path / "small.xml"
    write_plan(plan, path)
    assert main(["info", str(path)]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Tasks:")]
    return line


def test_s21sm_one_summary_and_one_milestone_are_singular(tmp_path, capsys):
    assert _info(tmp_path, 1, capsys).endswith("3 (1 summary, 1 milestone)")


def test_s21sm_two_milestones_are_plural(tmp_path, capsys):
    assert _info(tmp_path, 2, capsys).endswith("4 (1 summary, 2 milestones)")
