"""``gantry level`` on a plan it leveled before, with nothing new to level, says so as the
window does ("The leveling delays are as they were"), and leaves FILE as it was: it said
"Delayed 1 task" again, as if it had moved it."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _two_on_ana(path):
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=6 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 6 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    GantryFile.create(path, plan).close()


def test_s28lv_level_again_says_nothing_new_and_leaves_the_file(tmp_path, capsys):
    path = tmp_path / "team.gantry"
    _two_on_ana(path)
    assert main(["level", str(path)]) == 0
    first = capsys.readouterr().out
    assert "Delayed 1 task: 'Review'" in first
    held = path.read_bytes()
    assert main(["level", str(path)]) == 0
    again = capsys.readouterr().out
    assert again.startswith(
        "Team: The leveling delays are as they were: 1 task stays delayed or split. "
    )
    assert "Delayed" not in again
    assert "Finishes 2026-01-14 17:00 (unleveled 2026-01-12 17:00)" in again
    assert again.rstrip().endswith("team.gantry left as it was")
    assert path.read_bytes() == held


def test_s28lv_level_again_to_out_says_nothing_new(tmp_path, capsys):
    path = tmp_path / "team.gantry"
    _two_on_ana(path)
    assert main(["level", str(path)]) == 0
    capsys.readouterr()
    out = tmp_path / "out.gantry"
    assert main(["level", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "The leveling delays are as they were: 1 task stays delayed or split." in said
    assert (
        read_plan(out).task(2).leveling_delay_minutes
        == read_plan(path).task(2).leveling_delay_minutes
    )


def test_s28lv_a_new_clash_is_leveled_and_said(tmp_path, capsys):
    path = tmp_path / "team.gantry"
    _two_on_ana(path)
    assert main(["level", str(path)]) == 0
    capsys.readouterr()
    plan = read_plan(path)
    plan.append_task(Task(3, "Test", duration_minutes=DAY))
    plan.add_assignment(Assignment(3, 3, 1, 1.0, DAY))
    GantryFile.create(tmp_path / "more.gantry", plan).close()
    assert main(["level", str(tmp_path / "more.gantry")]) == 0
    said = capsys.readouterr().out
    assert "as they were" not in said
    assert "Delayed 2 tasks" in said
