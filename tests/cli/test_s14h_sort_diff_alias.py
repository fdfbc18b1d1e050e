"""--sort takes a custom field's alias as --filter custom-field= does; the sort status and
gantry diff name a custom field by its alias (the diff: the field in brackets where ambiguous)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.cli.diff_text import diff_line
from app.domain.custom_fields import CustomField
from app.domain.diff import diff_plans
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.sorting import SortField, SortKey, TaskSort, field_title, parse_sort
from app.domain.task import Task
from app.store.document import write_plan

FIELDS = (CustomField("Number1", "Points"), CustomField("Text3", "Start"))


def _plan() -> Plan:
    plan = Plan(project=Project(name="Alias", start=datetime(2026, 3, 2, 8), custom_fields=FIELDS))
    for uid, points in ((1, 5.0), (2, 1.0), (3, 3.0)):
        plan.append_task(Task(uid, f"T{uid}", custom=(("Number1", points),)))
    return plan


def test_parse_sort_takes_an_alias_but_not_over_a_sort_field():
    assert parse_sort("points:desc", FIELDS) == (SortKey("Number1", True),)
    assert parse_sort("start", FIELDS) == (SortKey(SortField.START),)
    with pytest.raises(InputError, match="unknown sort key 'points'"):
        parse_sort("points")


def test_sort_title_shows_the_alias():
    assert TaskSort((SortKey("Number1"),)).title(FIELDS) == "Points"
    assert field_title("Text3", FIELDS) == "Start (Text3)"  # would read as the Start field
    assert field_title("Number2", FIELDS) == "Number2"


def test_cli_sort_by_alias(tmp_path, capsys):
    path = tmp_path / "alias.gantry"
    write_plan(_plan(), path)
    assert main(["schedule", str(path), "--sort", "Points:desc", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["name"] for t in data["tasks"]] == ["T1", "T3", "T2"]
    assert main(["schedule", str(path), "--sort", "nothing"]) == 2
    assert "unknown sort key 'nothing'" in capsys.readouterr().err


def test_diff_names_the_alias():
    old = _plan()
    new = _plan()
    new.update_task(replace(new.task(2), custom=(("Number1", 8.0),)))
    lines = [diff_line(c, old, new) for c in diff_plans(old, new)]
    assert "changed  ID 2 'T2': Points 1 -> 8" in lines  # as its column is titled (s23w2)
