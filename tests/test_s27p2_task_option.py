"""gantry split and gantry progress read ``--task UID`` with one rule (app/cli/task_option.py):
the same one-line refusal for a --task that is not a number or names no task, exit 1, the
plan file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.store.document import GantryFile
from tests.test_s27wc_percent_work_entry import _plan

COMMANDS = {
    "split": ["--at", "2026-03-06", "--for", "1d"],
    "progress": ["--percent-work", "25"],
}


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, _plan()).close()
    return path


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("task", "said"),
    [
        ("five", ("--task 'five' is not a task UID (gantry schedule --json lists them)",)),
        ("99", ("plan.gantry: no task with UID 99 (", " tasks; gantry schedule --json lists")),
    ],
)
def test_s27p2_split_and_progress_refuse_a_task_alike(plan_file, capsys, command, task, said):
    before = plan_file.read_bytes()
    assert main([command, str(plan_file), "--task", task, *COMMANDS[command]]) == 1
    err = capsys.readouterr().err.strip()
    assert all(part in err for part in said), err
    assert len(err.splitlines()) == 1
    assert plan_file.read_bytes() == before


def test_s27p2_a_task_uid_with_spaces_is_read(plan_file, capsys):
    assert main(["progress", str(plan_file), "--task", " 5 ", "--percent-work", "25"]) == 0
    assert "'Code': 25 % complete" in capsys.readouterr().out
