"""``gantry schedule FILE --filter NAME[=VALUE]``: only the tasks a filter keeps, and their summaries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from tests.conformance.oracle import stored_tasks

ROOT = Path(__file__).resolve().parents[2]
MON = datetime(2026, 3, 2, 8, 0)


def _plan() -> Plan:
    """Design (Specs 3d -> Review 1d), Build (Code 5d -> Test 2d, Docs 1d alone), Go-live."""
    plan = Plan(project=Project(name="Filters", start=MON))
    rows = [
        (1, "Design", 1, 0),
        (2, "Specs", 2, 3 * 480),
        (3, "Review", 2, 480),
        (4, "Build", 1, 0),
        (5, "Code", 2, 5 * 480),
        (6, "Test", 2, 2 * 480),
        (8, "Docs", 2, 480),
        (7, "Go-live", 1, 0),
    ]
    for uid, name, level, minutes in rows:
        plan.append_task(Task(uid, name, level, minutes, milestone=name == "Go-live"))
    for a, b in ((2, 3), (3, 5), (5, 6), (6, 7)):
        plan.add_link(Link(a, b))
    plan.add_resource(Resource(1, "Ana Lima"))
    plan.add_assignment(Assignment(1, 8, 1, 1.0, 480))
    return plan


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "filters.gantry"
    GantryFile.create(path, _plan()).close()
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["schedule", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_names(capsys, *args) -> tuple[list[str], dict]:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    data = json.loads(out)
    return [t["name"] for t in data["tasks"]], data


def test_critical_json_keeps_critical_tasks_and_their_summaries(plan_file, capsys):
    names, data = json_names(capsys, plan_file, "--filter", "critical")
    assert names == ["Design", "Specs", "Review", "Build", "Code", "Test", "Go-live"]
    assert data["filter"]["name"] == "critical"
    assert data["filter"]["title"] == "Critical"
    assert data["filter"]["matching"] == [1, 2, 3, 4, 5, 6, 7]
    assert all(t["critical"] for t in data["tasks"])
    # The rest of the document is the unfiltered one's.
    whole = json.loads(run(capsys, plan_file, "--json")[1])
    assert data["project"] == whole["project"]
    assert data["resources"] == whole["resources"]
    assert [t for t in whole["tasks"] if t["name"] in names] == data["tasks"]
    assert "filter" not in whole


def test_text_output_lists_the_kept_rows_and_says_how_many_matched(plan_file, capsys):
    code, out, _err = run(capsys, plan_file, "--filter", "using-resource=ana lima")
    assert code == 0
    table = out.split("\n\n")[0].splitlines()
    assert [line.split()[1] for line in table[1:]] == ["Build", "Docs"]
    assert out.rstrip().endswith("Filter: Using Resource 'Ana Lima' (1 of 8 tasks)")


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("milestones", ["Go-live"]),
        ("summary-tasks", ["Design", "Build"]),
        ("task-name-contains=E", ["Design", "Specs", "Review", "Build", "Code", "Test", "Go-live"]),
        ("task-name-contains=view", ["Design", "Review"]),
        # Build spans it too: Docs starts it on the 2nd, Code on the 6th ends it later.
        ("date-range=2026-03-05..2026-03-05", ["Design", "Review", "Build"]),
        ("date-range=2026-03-02..2026-03-02", ["Design", "Specs", "Build", "Docs"]),
        ("completed-tasks", []),
        ("tasks-with-fixed-dates", []),
        ("late-tasks=2026-03-03", ["Design", "Specs", "Build", "Docs"]),
    ],
)
def test_each_filter_by_its_kebab_case_name(plan_file, capsys, option, expected):
    assert json_names(capsys, plan_file, "--filter", option)[0] == expected


def test_late_tasks_reads_the_plans_status_date(tmp_path, capsys):
    plan = _plan()
    plan.set_project(replace(plan.project, status_date=datetime(2026, 3, 3, 17, 0)))
    path = tmp_path / "status.gantry"
    GantryFile.create(path, plan).close()
    names, data = json_names(capsys, path, "--filter", "late-tasks")
    assert names == ["Design", "Specs", "Build", "Docs"]
    assert data["filter"]["matching"] == [2, 8]  # the late work; its summaries show around it


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("criticl", "unknown filter 'criticl'"),
        ("using-resource", "using-resource needs a value"),
        ("date-range=2026-03-09..2026-03-02", "before the first"),
        ("date-range=March", "FROM..TO"),
        ("critical=yes", "takes no value"),
    ],
)
def test_bad_filters_are_bad_usage(plan_file, capsys, option, message):
    code, _out, err = run(capsys, plan_file, "--filter", option)
    assert code == 2
    assert message in err


def test_an_unknown_filter_exits_2_and_lists_the_names(plan_file):
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "app", "schedule", str(plan_file), "--filter", "overdue"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    for name in ("all-tasks", "critical", "late-tasks", "slipping-tasks", "using-resource"):
        assert name in done.stderr
    assert "date-range" in done.stderr
    assert "task-name-contains" in done.stderr


def test_an_unknown_person_is_a_one_line_error(plan_file, capsys):
    code, out, err = run(capsys, plan_file, "--filter", "using-resource=Zoe")
    assert code == 1
    assert out == ""
    assert err.strip() == "gantry: no person named 'Zoe' in the plan (the team: Ana Lima)"


def test_critical_on_a_real_ms_project_file_gives_its_critical_flags(shared_data, capsys):
    path = shared_data / "mpp" / "Residential-Construction.xml"
    if not path.exists():
        pytest.skip("Residential-Construction.xml is not in shared/data/mpp")
    stored = stored_tasks(path)
    _names, data = json_names(capsys, path, "--filter", "critical")
    assert set(data["filter"]["matching"]) == {t.uid for t in stored if t.critical}
    printed = [t["uid"] for t in data["tasks"]]
    assert len(printed) < len(stored)
    assert set(printed) >= set(data["filter"]["matching"])
    for task in data["tasks"]:  # every printed row matched or is a summary above one
        assert task["critical"] or task["summary"]
