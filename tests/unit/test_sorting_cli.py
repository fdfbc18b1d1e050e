"""``gantry schedule FILE --sort KEY[:desc],...``: the printed tasks in View > Sort's order."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


@pytest.fixture
def plan_file(tmp_path):
    """1 Phase A (2 Design 5d, 3 Build 2d, after Design)  4 Phase B (5 Test 3d, 6 Docs 1d)."""
    plan = Plan(project=Project(name="Sorted", start=MON))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=2 * DAY, fixed_cost=900))
    plan.append_task(Task(4, "Phase B", 1))
    plan.append_task(Task(5, "Test", 2, duration_minutes=3 * DAY, fixed_cost=100))
    plan.append_task(Task(6, "Docs", 2, duration_minutes=DAY, fixed_cost=200))
    plan.add_link(Link(2, 3))
    path = tmp_path / "sorted.gantry"
    write_plan(plan, path)
    return path


def _json(capsys, *args):
    assert main(["schedule", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_tasks_come_in_sorted_order_with_the_outline_kept(plan_file, capsys):
    data = _json(capsys, str(plan_file), "--sort", "duration:desc")
    assert [t["uid"] for t in data["tasks"]] == [1, 2, 3, 4, 5, 6]  # Phase A's 7d > B's 3d
    data = _json(capsys, str(plan_file), "--sort", "cost:desc")
    # Phase A 900 > Phase B 300; in Phase B Docs (200) before Test (100).
    assert [t["uid"] for t in data["tasks"]] == [1, 3, 2, 4, 6, 5]
    assert data["sort"] == ["cost:desc"]


def test_plain_json_is_unchanged_without_sort(plan_file, capsys):
    data = _json(capsys, str(plan_file))
    assert [t["uid"] for t in data["tasks"]] == [1, 2, 3, 4, 5, 6]
    assert "sort" not in data


def test_text_rows_follow_the_sort_and_combine_with_a_filter(plan_file, capsys):
    assert main(["schedule", str(plan_file), "--sort", "name"]) == 0
    out = capsys.readouterr().out
    where = [out.index(name) for name in ("Phase A", "Build", "Design", "Phase B", "Docs", "Test")]
    assert where == sorted(where)
    data = _json(capsys, str(plan_file), "--sort", "start:desc", "--filter", "critical")
    uids = [t["uid"] for t in data["tasks"]]
    assert set(uids) <= {1, 2, 3, 4, 5, 6}
    assert uids.index(3) < uids.index(2)  # Build starts after Design: listed first
    assert data["filter"]["name"] == "critical"


@pytest.mark.parametrize("bad", ["colour", "start:upwards", "start,,finish", "a,b,c,d"])
def test_a_bad_sort_key_is_one_line_on_stderr_and_exit_2(plan_file, capsys, bad):
    assert main(["schedule", str(plan_file), "--sort", bad]) == 2  # bad usage
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("gantry: ")


def test_an_unknown_key_names_the_keys(plan_file, capsys):
    assert main(["schedule", str(plan_file), "--sort", "colour"]) == 2
    err = capsys.readouterr().err
    assert "unknown sort key 'colour'" in err
    assert "total-slack" in err
