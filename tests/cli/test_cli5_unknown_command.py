"""A mistyped command is bad usage (exit 2) that names it, not a file to open."""

from __future__ import annotations

import pytest

from app.cli import main


@pytest.mark.parametrize(
    "args", [["schedulle", "plan.xml"], ["frobnicate"], ["conver", "a.xml", "b.csv"]]
)
def test_an_unknown_command_is_named_with_the_commands_there_are(
    args, capsys, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert f"unknown command '{args[0]}'" in err
    assert "schedule, convert, diff, info, report" in err


def test_a_missing_plan_file_is_still_no_such_file(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["plan.gantry"]) == 1
    assert "plan.gantry: no such file" in capsys.readouterr().err


def test_an_existing_file_without_extension_is_still_opened_not_refused(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schedulle").write_text("not a plan")
    opened = []
    monkeypatch.setattr("app.cli.commands.run_open", lambda path: opened.append(path) or 0)
    assert main(["schedulle"]) == 0
    assert [p.name for p in opened] == ["schedulle"]
