"""``gantry schedule --filter custom-field=FIELD:TEST`` tests a Number by value (``:3`` kept
the 13-point stories, ``:>8`` found none), and a mistyped filter is told in one line naming
what to type, not argparse's usage text: ``text1=Checkout`` (a field is filtered with
custom-field), ``custom-field=Epic=Checkout`` (the field and its test part at ``:``)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile

POINTS = {1: 3.0, 2: 13.0, 3: 8.0, 4: 30.0, 5: 2.0}


@pytest.fixture
def plan_file(tmp_path):
    fields = (CustomField("Number1", alias="Story Points"), CustomField("Text1", alias="Epic"))
    plan = Plan(
        project=Project(name="Sprints", start=datetime(2027, 1, 4, 8), custom_fields=fields)
    )
    for uid, points in POINTS.items():
        epic = "Checkout" if uid % 2 else "Checkout v2"
        custom = (("Text1", epic), ("Number1", points))
        plan.append_task(Task(uid, f"Story {uid}", 1, 480, custom=custom))
    path = tmp_path / "s25fl.gantry"
    GantryFile.create(path, plan).close()
    return path


def _matching(capsys, path, test: str) -> list[int]:
    code = main(["schedule", str(path), "--filter", f"custom-field={test}", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)["filter"]["matching"]


@pytest.mark.parametrize(
    ("test", "uids"),
    [
        ("Story Points:3", [1]),
        ("Story Points:>8", [2, 4]),
        ("Story Points:>=8", [2, 3, 4]),
        ("Story Points:<5", [1, 5]),
        ("Story Points:<>3", [2, 3, 4, 5]),
        ("Story Points:2..8", [1, 3, 5]),
        ("Epic:Checkout", [1, 2, 3, 4, 5]),
        ("Epic:=Checkout", [1, 3, 5]),
    ],
)
def test_s25fl_the_cli_tests_a_number_by_value(capsys, plan_file, test, uids):
    assert _matching(capsys, plan_file, test) == uids


def test_s25fl_the_text_table_names_the_test(capsys, plan_file):
    assert main(["schedule", str(plan_file), "--filter", "custom-field=Story Points:>8"]) == 0
    out = capsys.readouterr().out
    assert "Filter: Story Points is greater than 8 (2 of 5 tasks)" in out


def _refusal(capsys, path, option: str) -> tuple[int, str]:
    code = main(["schedule", str(path), "--filter", option])
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err


def test_s25fl_a_field_named_as_a_filter_is_told_in_one_line(capsys, plan_file):
    code, err = _refusal(capsys, plan_file, "text1=Checkout")
    assert code == 2
    assert err.count("\n") == 1  # one line, no usage text
    assert err.startswith("gantry: --filter: unknown filter 'text1': ")
    assert "custom-field=Text1:TEXT" in err
    assert "task-name-contains" in err  # the filters are listed


def test_s25fl_an_unknown_filter_is_one_line_listing_the_names(capsys, plan_file):
    code, err = _refusal(capsys, plan_file, "overdue")
    assert code == 2
    assert err.count("\n") == 1
    assert "usage:" not in err
    assert "late-tasks" in err


def test_s25fl_the_field_and_its_test_part_at_a_colon(capsys, plan_file):
    code, err = _refusal(capsys, plan_file, "custom-field=Epic=Checkout")
    assert code == 2
    assert err == (
        "gantry: --filter custom-field=Epic=Checkout: put ':' between the field and what it "
        "should hold (custom-field=Epic:Checkout; a number: Points:3, Points:>8, "
        "Points:2..5)\n"
    )


def test_s25fl_a_value_that_is_no_number_is_one_line_naming_the_field(capsys, plan_file):
    code, err = _refusal(capsys, plan_file, "custom-field=Story Points:>many")
    assert code == 1
    assert err == "gantry: Story Points: 'many' is not a number (try 12 or 12.5)\n"
