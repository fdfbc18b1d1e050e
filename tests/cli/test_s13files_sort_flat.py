"""``gantry schedule --sort KEYS --flat``: MS Project's Sort with "Keep outline structure"
off: the tasks without subtasks in one sorted list, summaries left out."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.cli.parser import build_parser
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


@pytest.fixture
def plan_file(tmp_path):
    """1 Phase A (2 Design 5d, 3 Build 2d after Design)  4 Phase B (5 Test 3d, 6 Docs 1d)."""
    plan = Plan(project=Project(name="Flat", start=MON))
    plan.append_task(Task(1, "Phase A", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "Phase B", 1))
    plan.append_task(Task(5, "Test", 2, duration_minutes=3 * DAY))
    plan.append_task(Task(6, "Docs", 2, duration_minutes=DAY))
    plan.add_link(Link(2, 3))
    path = tmp_path / "flat.gantry"
    write_plan(plan, path)
    return path


def _json(capsys, *args):
    assert main(["schedule", *map(str, args), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_flat_sorts_every_leaf_across_summaries(plan_file, capsys):
    kept = _json(capsys, plan_file, "--sort", "duration:desc")
    assert [t["uid"] for t in kept["tasks"]] == [1, 2, 3, 4, 5, 6]
    flat = _json(capsys, plan_file, "--sort", "duration:desc", "--flat")
    assert [t["uid"] for t in flat["tasks"]] == [2, 5, 3, 6]  # 5d, 3d, 2d, 1d
    assert flat["sort"] == ["duration:desc"]
    assert flat["outline_kept"] is False


def test_flat_text_table_has_no_summaries_and_no_indent(plan_file, capsys):
    assert main(["schedule", str(plan_file), "--sort", "name", "--flat"]) == 0
    out = capsys.readouterr().out
    assert "Phase A" not in out
    assert "Phase B" not in out
    rows = [line for line in out.splitlines() if line[:1].isdigit()]
    assert [r.split()[1] for r in rows] == ["Build", "Design", "Docs", "Test"]


def test_flat_alone_lists_the_leaves_in_id_order(plan_file, capsys):
    flat = _json(capsys, plan_file, "--flat")
    assert [t["uid"] for t in flat["tasks"]] == [2, 3, 5, 6]


def test_flat_is_in_the_help():
    text = build_parser()._subparsers._group_actions[0].choices["schedule"].format_help()
    text = " ".join(text.split())  # argparse wraps lines
    assert "--flat" in text
    assert "Keep outline structure" in text
