"""``gantry usage --tasks --filter NAME``: Task Usage of the tasks an MS Project filter keeps,
as the window's Task Usage shows them under View > Filter (the summaries above them, each
task with all its people), and the filter's line after the table. Resource Usage is per
person: --filter without --tasks is bad usage, told before any reading."""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import write_plan
from tests.gui.test_usage_view import staffed_plan


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(staffed_plan(), path)
    return path


def test_s19us_task_usage_of_a_filter(source, capsys):
    assert main(["usage", str(source), "--tasks", "--filter", "using-resource=ana"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line[:10].rstrip() for line in lines[1:-1]]
    assert names == ["Design", "  Specs", "    Ana", "    Ben", "  Review", "    Ana"]
    assert lines[-1] == "Filter: Using Resource 'Ana' (2 of 7 tasks)"
    assert main(["usage", str(source), "--tasks"]) == 0  # no filter: every task, no line
    whole = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in whole[1:]] == [
        "Design", "Specs", "Ana", "Ben", "Review", "Ana", "Build", "Code", "Ben", "Test", "Go-live",
    ]  # fmt: skip


def test_s19us_csv_of_a_filter(source, tmp_path, capsys):
    target = tmp_path / "usage.csv"
    args = ["usage", str(source), "--tasks", "--filter", "task-name-contains=code"]
    assert main([*args, "--csv", str(target)]) == 0
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert [row.split(",")[:3] for row in rows[1:]] == [
        ["Build", "", "1"],
        ["Code", "", "2"],
        ["Code", "Ben", "3"],
    ]
    assert capsys.readouterr().out == ""


def test_s19us_filter_refused_on_resource_usage(source, tmp_path, capsys):
    target = tmp_path / "usage.csv"
    assert main(["usage", str(source), "--filter", "critical", "--csv", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "gantry: --filter applies to Task Usage (--tasks): Resource Usage lists every person\n"
    )
    assert not target.exists()
    # a person the plan lacks: one line, exit 1, nothing written
    args = ["usage", str(source), "--tasks", "--filter", "using-resource=Zed"]
    assert main([*args, "--csv", str(target)]) == 1
    assert capsys.readouterr().err.startswith("gantry: no person named 'Zed' in the plan")
    assert not target.exists()
