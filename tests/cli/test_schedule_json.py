"""``schedule --json``'s fast text equals json.dumps of the plain dict, on every kind of plan."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app import formats
from app.cli.json_text import RawJSON, column_texts, dump, dumps
from app.cli.schedule_command import json_default
from app.cli.schedule_json import TASK_KEYS, schedule_to_dict, schedule_to_json_data
from app.domain.errors import PlanError
from app.domain.overallocation_spans import off_hours_tasks
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.schedule import Schedule, ScheduleTimes
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import split_parts
from tests.bench.generate import make_plan
from tests.unit.test_scheduler_fast_paths import _varied_plan

MON = datetime(2026, 1, 5, 8, 0)


def _reference(plan: Plan, result: Schedule) -> str:
    return json.dumps(schedule_to_dict(plan, result), indent=2, ensure_ascii=False)


def _fast(plan: Plan, result: Schedule) -> str:
    return dumps(schedule_to_json_data(plan, result), json_default)


def _same_text(plan: Plan, result: Schedule | None = None) -> str:
    result = schedule(plan) if result is None else result
    text = _fast(plan, result)
    assert text == _reference(plan, result)
    return text


def test_generated_plan_gives_the_json_module_text():
    plan = make_plan(600, 900, 3)
    text = _same_text(plan)
    written: list[str] = []
    dump(schedule_to_json_data(plan, schedule(plan)), json_default, written.append)
    assert "".join(written) == text
    assert len(written) > 2  # in pieces, not one joined string
    assert max(map(len, written)) < len(text) / 2
    data = json.loads(text)
    assert [t["uid"] for t in data["tasks"]] == [t.uid for t in plan.tasks]
    assert list(data["tasks"][0]) == list(TASK_KEYS)


def _odd_plan() -> Plan:
    plan = Plan(project=Project(name='Odd "quoted" plan €', start=MON))
    plan.append_task(Task(1, "Phase \u2028 with\nbreaks", 1))
    plan.append_task(Task(2, "Ünïcode \\ task", 2, duration_minutes=960, percent_complete=50))
    plan.append_task(Task(3, "", 2, duration_minutes=0, milestone=True))
    plan.append_task(Task(4, "Off", 1, active=False, fixed_cost=1234.5678))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 960))
    return plan


def test_odd_names_mixed_number_types_and_resources_give_the_json_module_text():
    text = _same_text(_odd_plan())
    # % complete is whole, as MS Project keeps it, written as the float the plan holds
    assert '"percent_complete": 50.0,' in text


def test_a_task_without_times_gives_nulls_as_before():
    plan = _odd_plan()
    full = schedule(plan)
    times = {uid: tt for uid, tt in full.times.items() if uid != 4}
    partial = Schedule(full.start, full.finish, times)
    text = _same_text(plan, partial)
    off = json.loads(text)["tasks"][3]
    assert off["start"] is None
    assert off["critical"] is False
    assert off["duration_minutes"] == 480


def test_not_a_number_is_refused_rather_than_written_as_invalid_json():
    plan = _odd_plan()
    plan.update_task(replace(plan.task(3), fixed_cost=float("nan")))
    with pytest.raises(PlanError, match="JSON cannot hold"):
        dumps(schedule_to_json_data(plan, schedule(plan)), str)


def test_an_empty_plan_gives_an_empty_list():
    plan = Plan(project=Project(name="Empty", start=MON))
    assert json.loads(_same_text(plan))["tasks"] == []


@pytest.mark.parametrize("folder", ["mspdi", "gan"])
def test_every_shared_file_gives_the_json_module_text(shared_data, folder):
    checked = 0
    for path in sorted((shared_data / folder).iterdir()):
        if path.suffix.lower() not in (".xml", ".gan"):
            continue
        plan = formats.read_plan(path)
        _same_text(plan)
        checked += 1
    assert checked > 0


def test_column_texts_write_what_json_writes_or_refuses():
    assert column_texts([1, 2.5, None, True, "x"]) == ["1", "2.5", "null", "true", '"x"']
    with pytest.raises(PlanError):  # json.dumps(allow_nan=False) refuses it too
        column_texts([float("inf"), 1.5])
    with pytest.raises(PlanError):
        column_texts([1, float("nan")])
    for values in ([0, -3, 10**20], [0, 0, 0, 7], [0.1, 1e300, 2.0, 0.0, 0.0]):
        assert column_texts(values) == [json.dumps(v) for v in values]
    # a negative zero is written 0.0: scripts comparing "== 0" as text, or showing the sign,
    # would otherwise read "-0.0" for a figure that is nought (json.dumps keeps the sign)
    assert column_texts([0.1, -0.0, 2.0]) == ["0.1", "0.0", "2.0"]
    assert column_texts([True, False]) == ["true", "false"]
    assert column_texts([1, True, 0, False, 1.0]) == ["1", "true", "0", "false", "1.0"]
    assert column_texts([[1]]) is None
    assert column_texts([MON]) is None


def test_raw_json_is_written_as_it_is():
    assert dumps({"a": RawJSON("[1]")}, json_default) == '{\n  "a": [1]\n}'
    assert dumps({"a": RawJSON("[1", ", 2", "]")}, json_default) == '{\n  "a": [1, 2]\n}'


@pytest.mark.parametrize("seed", range(3))
def test_reading_the_schedule_as_columns_gives_the_task_times_text(seed):
    plan = _varied_plan(seed)
    by_columns, by_times = schedule(plan), schedule(plan)
    # every TaskTimes built and given whole: the columns are not offered
    by_times.times = ScheduleTimes.of_dict(dict(by_times.times.items()))
    assert by_times.times.columns() is None
    for task in plan.tasks[::3]:  # some TaskTimes built before, as a reader may have
        by_columns.get(task.uid)
    assert by_columns.times.columns() is not None  # still offered as columns
    text = _same_text(plan, by_columns)
    # the columns (and the costs, which read them) built no further TaskTimes, but for the
    # tasks of people on a task whose work left waits for its links (a47259f: a pause, so
    # over-allocation sweeps their assignments one by one)
    waiting = split_parts(plan, by_times)
    # ... and for the people of a task that may lie off their hours (manual, elapsed: 38ab018,
    # their bookings are looked at in the calendar, so they take the full sweep too)
    waiting = set(waiting) | off_hours_tasks(plan)
    paused = {a.resource_uid for a in plan.assignments if a.task_uid in waiting}
    swept = {a.task_uid for a in plan.assignments if a.resource_uid in paused}
    under_way = {t.uid for t in plan.tasks if t.actual_start and not t.actual_finish}
    built = {t.uid for t in plan.tasks[::3]} | swept | under_way  # split_parts reads these
    assert 0 < len(by_columns.times.known()) <= len(built) < len(plan.tasks)
    assert text == _same_text(plan, by_times)
    assert schedule_to_dict(plan, by_columns) == schedule_to_dict(plan, by_times)
