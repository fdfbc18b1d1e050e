"""A GanttProject task's cost typed by hand replaces its people's cost, read and written so
the task costs the same in both programs; a baseline saved to .gan reads back without a
false finish variance, and the save names what the baseline loses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateUnit, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import not_kept, read_plan, write_plan
from app.io.gan import read_gan

_DAY = 480
_PEOPLE = (
    '<resources><resource id="0" name="Ana" function="Default:0">'
    '<rate name="standard" value="800"/></resource></resources>'
)


def _gan(tmp_path: Path, cost: str) -> Path:
    path = tmp_path / "priced.gan"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<project name="P"><tasks>'
        f'<task id="0" name="Roof" start="2024-01-08" duration="2" complete="0" {cost}/>'
        '<task id="1" name="Walls" start="2024-01-08" duration="2" complete="0"/>'
        f"</tasks>{_PEOPLE}<allocations>"
        '<allocation task-id="0" resource-id="0" load="100"/>'
        '<allocation task-id="1" resource-id="0" load="100"/>'
        "</allocations></project>",
        encoding="utf-8",
    )
    return path


def _costs(plan: Plan) -> dict[str, float]:
    report = compute_costs(plan, schedule(plan))
    return {t.name: round(report.task_cost[t.uid], 2) for t in plan.tasks}


def test_a_cost_typed_by_hand_replaces_the_peoples_cost(tmp_path):
    heard: list[str] = []
    path = _gan(tmp_path, 'cost-manual-value="5000" cost-calculated="false"')
    plan = read_gan(path, warn=heard.append)
    # GanttProject shows Roof 5000 (typed), Walls 2 days x 800 (calculated)
    assert _costs(plan) == {"Roof": 5000.0, "Walls": 1600.0}
    assert plan.task(1).fixed_cost == 3400.0  # beside Ana's 1600
    assert any(
        "1 task has a cost typed by hand ('Roof' 5,000.00), which replaces the people's cost"
        in line
        for line in heard
    )


def test_a_cost_typed_below_the_peoples_costs_them_at_zero_there(tmp_path):
    heard: list[str] = []
    path = _gan(tmp_path, 'cost-manual-value="1000" cost-calculated="false"')
    plan = read_gan(path, warn=heard.append)
    assert _costs(plan) == {"Roof": 1000.0, "Walls": 1600.0}
    assert plan.resource(1).standard_rate == 100.0  # her rate stays 800/d on other tasks
    assert any("1 task typed below its people's cost" in line for line in heard)


def test_a_cost_typed_by_hand_of_zero_is_costed_from_the_people(tmp_path):
    heard: list[str] = []
    plan = read_gan(
        _gan(tmp_path, 'cost-manual-value="0" cost-calculated="false"'), warn=heard.append
    )
    assert _costs(plan) == {"Roof": 1600.0, "Walls": 1600.0}
    assert any("1 task with people has a cost typed by hand of 0" in line for line in heard)


def test_a_fixed_cost_is_written_as_the_whole_cost_and_reads_back_the_same(tmp_path):
    plan = Plan(project=Project(name="P", start=datetime(2024, 1, 8, 8, 0)))
    plan.append_task(Task(1, "Roof", 1, duration_minutes=2 * _DAY, fixed_cost=500.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, standard_rate_unit=RateUnit.DAY))
    plan.add_assignment(Assignment(1, 1, 1))
    path = tmp_path / "out.gan"
    write_plan(plan, path)
    assert 'cost-manual-value="2100" cost-calculated="false"' in path.read_text("utf-8")
    assert _costs(read_gan(path)) == _costs(plan) == {"Roof": 2100.0}
    said = not_kept(plan, ".gan", path)
    assert any(
        "1 task saved with the whole cost typed by hand (first: 'Roof' 2,100.00)" in line
        for line in said
    )


def _based() -> Plan:
    plan = Plan(project=Project(name="B", start=datetime(2024, 1, 8, 8, 0)))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=_DAY + _DAY // 2))  # 1.5d
    plan.append_task(Task(2, "Pour", 1, duration_minutes=2 * _DAY + _DAY // 2))
    plan.append_task(Task(3, "Done", 1, milestone=True))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2024, 1, 1)))
    return plan


def test_a_baseline_of_the_plan_as_it_is_reads_back_with_no_finish_variance(tmp_path):
    plan = _based()
    path = tmp_path / "based.gan"
    write_plan(plan, path)
    back = read_plan(path)
    finish = max(schedule(back)[t.uid].finish for t in back.tasks)
    base = max(e.finish for e in back.baselines[0].entries if e.finish is not None)
    from app.domain.worktime import WorkTime

    clock = WorkTime.for_calendar(back.calendar(), back.calendars)
    assert clock.between(base, finish) == 0  # not the false "+1d" of a rounded baseline


def test_saving_names_what_the_baseline_loses(tmp_path):
    plan = _based()
    said = not_kept(plan, ".gan")
    line = next(line for line in said if "Baseline" in line)
    assert line.startswith(".gan keeps a baseline's days only: 'Baseline' loses its cost (")
    assert "no budget, earned value, CPI or SPI" in line
    assert "the part-day dates of 2 tasks (rounded to whole days)" in line


def test_a_summarys_fixed_cost_reads_back_once(tmp_path):
    plan = Plan(project=Project(name="P", start=datetime(2024, 1, 8, 8, 0)))
    plan.append_task(Task(1, "Phase", 1, fixed_cost=100.0))
    plan.append_task(Task(2, "Roof", 2, duration_minutes=2 * _DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, standard_rate_unit=RateUnit.DAY))
    plan.add_assignment(Assignment(1, 2, 1))
    path = tmp_path / "out.gan"
    write_plan(plan, path)
    assert _costs(read_gan(path)) == _costs(plan) == {"Phase": 1700.0, "Roof": 1600.0}
