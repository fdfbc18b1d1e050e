"""gantry info's Baseline cost line (its Budget line until d5cb19f6): a baseline saved with
dates but no cost is not a £0 budget."""

from __future__ import annotations

from datetime import datetime

from app import formats
from app.cli import main
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task


def _file(tmp_path, baseline_cost: float):
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Test", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana", standard_rate=10.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * 480))
    start, finish = datetime(2026, 1, 5, 8), datetime(2026, 1, 9, 17)
    plan.baselines[0] = Baseline(
        0,
        None,
        (
            BaselineEntry(1, start, finish, 5 * 480, 5 * 480, baseline_cost),
            BaselineEntry(2, start, finish, 480, 0, 0.0),
        ),
    )
    path = tmp_path / "plan.gantry"
    formats.write_plan(plan, path)
    return path


def _budget_line(path, capsys) -> str:
    assert main(["info", str(path)]) == 0
    return next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Baseline cost:"))


def test_a_baseline_without_any_cost_is_not_read_as_a_zero_budget(tmp_path, capsys):
    line = _budget_line(_file(tmp_path, 0.0), capsys)
    assert line.split(":", 1)[1].strip() == "none saved (Baseline holds dates only)"


def test_a_baseline_with_cost_on_some_task_keeps_its_amount(tmp_path, capsys):
    line = _budget_line(_file(tmp_path, 400.0), capsys)
    assert "400.00" in line


def test_the_shared_assignment_file_says_its_baseline_has_no_cost(shared_data, capsys):
    path = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    line = _budget_line(path, capsys)
    assert "Baseline holds dates only" in line
    assert "0.00" not in line
