"""``gantry schedule --sort number1:desc`` printed the stories in order of their points without
the points: the text table adds the field it sorted by as a column, when it has none for it
(a custom field titled by its alias, a cost as money), once, after the usual columns."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli import main
from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile

POINTS = {1: 3.0, 2: 13.0, 3: 8.0}


@pytest.fixture
def plan_file(tmp_path):
    fields = (CustomField("Number1", alias="Story Points"),)
    plan = Plan(
        project=Project(name="Sprints", start=datetime(2027, 1, 4, 8), custom_fields=fields)
    )
    for uid, points in POINTS.items():
        task = Task(uid, f"Story {uid}", 1, 480, priority=400 + uid, custom=(("Number1", points),))
        plan.append_task(task)
    path = tmp_path / "s25fl_sort.gantry"
    GantryFile.create(path, plan).close()
    return path


def _table(capsys, path, *options: str) -> list[list[str]]:
    assert main(["schedule", str(path), *options]) == 0
    lines = capsys.readouterr().out.split("\n\n")[0].splitlines()
    return [line.split() for line in lines]


def test_s25fl_the_custom_field_sorted_by_is_a_column(capsys, plan_file):
    table = _table(capsys, plan_file, "--sort", "number1:desc")
    assert table[0][-2:] == ["Story", "Points"]  # titled by its alias
    assert [row[1:3] for row in table[1:]] == [["Story", "2"], ["Story", "3"], ["Story", "1"]]
    assert [row[-1] for row in table[1:]] == ["13", "8", "3"]


def test_s25fl_each_field_sorted_by_is_added_once(capsys, plan_file):
    table = _table(capsys, plan_file, "--sort", "priority:desc,Story Points,priority")
    assert table[0][-3:] == ["Priority", "Story", "Points"]
    assert [row[-2:] for row in table[1:]] == [["403", "8"], ["402", "13"], ["401", "3"]]


@pytest.mark.parametrize("key", ["start", "finish:desc", "duration", "name", "total-slack", "id"])
def test_s25fl_a_field_the_table_shows_adds_no_column(capsys, plan_file, key):
    table = _table(capsys, plan_file, "--sort", key)
    assert table[0] == ["WBS", "Name", "Start", "Finish", "Duration", "Slack", "Critical"]


def test_s25fl_no_sort_no_column(capsys, plan_file):
    table = _table(capsys, plan_file)
    assert table[0] == ["WBS", "Name", "Start", "Finish", "Duration", "Slack", "Critical"]
