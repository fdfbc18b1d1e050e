"""``gantry level``'s exit codes follow the CLI contract (DESIGN.md: 1 on a user-facing
error, 2 on bad usage): an option value the option does not take is bad usage, a bad
--from/--to date as much as a bad --order or --tasks word (OptionError), each one line
and nothing written; what the file decides (a UID the plan lacks) is exit 1."""

from __future__ import annotations

import shutil

import pytest

from app.assets import resource_path
from app.cli import main

BAD_USAGE = [
    ["--from", "2026-13-01", "--to", "2026-02-01"],
    ["--from", "2026-02-01", "--to", "tomorrow"],
    ["--from", "2026-03-01", "--to", "2026-02-01"],
    ["--to", "2026-02-01"],
    ["--order", "fastest"],
    ["--tasks", "3,x"],
    ["--clear", "--within-slack"],
    ["--entire-project", "--from", "2026-02-01"],
]


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


@pytest.mark.parametrize("args", BAD_USAGE, ids=lambda a: " ".join(a))
def test_s23lv_a_bad_option_value_is_bad_usage_in_one_line(plan, tmp_path, capsys, args):
    before = plan.read_bytes()
    out = tmp_path / "out.gantry"
    assert main(["level", str(plan), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gantry: ")
    assert err.count("\n") == 1  # no usage block, no traceback
    assert not out.exists()
    assert plan.read_bytes() == before


def test_s23lv_what_the_file_decides_is_exit_1(plan, capsys):
    before = plan.read_bytes()
    assert main(["level", str(plan), "--tasks", "99999"]) == 1
    err = capsys.readouterr().err
    assert "crm.gantry: no task with UID 99999" in err
    assert err.count("\n") == 1
    assert plan.read_bytes() == before
