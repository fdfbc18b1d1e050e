"""``gantry usage --tasks --group`` lists Task Usage under group rows as the window's View >
Group by shows it: the same rows, each header's work rolled up per period; with --filter
only the filter's tasks make the groups; in CSV each header is a Level 1 row. Resource
Usage is per person (--group without --tasks is bad usage), an unknown group is one line."""

from __future__ import annotations

import re

import pytest

from app.cli import main
from app.formats import write_plan
from tests.gui.test_usage_view import staffed_plan
from tests.test_s21us_usage_group import BY_RESOURCE


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(staffed_plan(), path)
    return path


def _name(line: str) -> str:
    """A text line's name, its figures left off."""
    return re.sub(r"(\s+[\d.,]+h\*?)+$", "", line)


def test_s21us_cli_group_rows(source, capsys):
    assert main(["usage", str(source), "--tasks", "--group", "resource", "--by", "day"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [_name(line) for line in lines[1:]] == BY_RESOURCE
    # a header's work, in all and per day, is its tasks' (Specs 3 days, then Review)
    assert lines[1].split()[3:] == ["56.0h", "16.0h", "16.0h", "16.0h", "8.0h"]
    assert lines[2].split()[1:] == ["48.0h", "16.0h", "16.0h", "16.0h"]
    assert lines[5].split()[1:] == ["8.0h", "8.0h"]


def test_s21us_cli_group_with_filter_and_csv(source, tmp_path, capsys):
    args = [
        "usage",
        str(source),
        "--tasks",
        "--group",
        "critical",
        "--filter",
        "using-resource=Ana",
    ]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [_name(line) for line in lines[1:7]] == [
        "Critical: Yes", "  Specs", "    Ana", "    Ben", "  Review", "    Ana",
    ]  # fmt: skip
    assert lines[1].split()[2] == "56.0h"
    target = tmp_path / "usage.csv"
    assert main(["usage", str(source), "--tasks", "--group", "critical", "--csv", str(target)]) == 0
    rows = [r.split(",") for r in target.read_text(encoding="utf-8-sig").splitlines()[1:]]
    assert rows[0][:5] == ["Critical: Yes", "", "1", "hours", "96.00"]
    assert [r[0] for r in rows if r[2] == "2"] == ["Specs", "Review", "Code", "Test", "Go-live"]


def test_s21us_cli_group_bad_usage(source, capsys):
    assert main(["usage", str(source), "--group", "critical"]) == 2
    assert "--group applies to Task Usage (--tasks)" in capsys.readouterr().err
    assert main(["usage", str(source), "--tasks", "--group", "colour"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--group: unknown group field 'colour'" in err
