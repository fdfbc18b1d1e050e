"""`gantry update plan.gantry --through D --tasks 1001-1200` was refused ("no task with UID
1087, 1088, ...") on a plan from MS Project, whose UIDs have gaps. A range now takes the UIDs
the plan has, with a note; a single UID the plan lacks and a range holding none are still
refused, and nothing is written. The same for every command taking --tasks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _gap(path: Path) -> tuple[int, int, int]:
    """A range of UIDs the demo holds only some of, with how many of them it holds."""
    uids = sorted(t.uid for t in formats.read_plan(path).tasks)
    lo, hi = uids[0], uids[-1] + 50
    return lo, hi, len(uids)


@pytest.mark.parametrize(
    "command",
    [
        ["update", "--through", "2027-02-05"],
        ["baseline", "--number", "3"],
        ["baseline", "--interim", "2"],
        ["level"],
    ],
)
def test_a_range_with_gaps_takes_the_uids_in_the_plan(demo, tmp_path, capsys, command):
    lo, hi, held = _gap(demo)
    out_file = tmp_path / "out.gantry"
    status, _out, err = _run(
        capsys, command[0], demo, *command[1:], "--tasks", f"{lo}-{hi}", "-o", out_file
    )
    assert status == 0, err
    assert f"gantry: note: {lo}-{hi}: {held} tasks; UIDs not in the plan skipped" in err
    assert "no task with UID" not in err
    assert out_file.exists()


@pytest.mark.parametrize(
    "command",
    [["update", "--through", "2027-02-05"], ["baseline", "--number", "3"], ["level"]],
)
def test_a_single_missing_uid_or_an_empty_range_is_still_refused(demo, tmp_path, capsys, command):
    lo, hi, held = _gap(demo)
    before = demo.read_bytes()
    out_file = tmp_path / "out.gantry"
    status, _out, err = _run(
        capsys, command[0], demo, *command[1:], "--tasks", f"{lo}-{hi},99999", "-o", out_file
    )
    assert status == 1
    assert "plan.gantry: no task with UID 99999" in err
    assert "note" not in err  # one clear message, no note of a range that was not used
    status, _out, err = _run(
        capsys, command[0], demo, *command[1:], "--tasks", "90000-90100", "-o", out_file
    )
    assert status == 1
    assert err.strip() == (
        "gantry: plan.gantry: no task has a UID in --tasks 90000-90100 "
        f"({held} tasks; gantry schedule --json lists their uids)"
    )
    assert not out_file.exists()
    assert demo.read_bytes() == before


def test_a_range_without_gaps_says_nothing(demo, capsys):
    lo = min(t.uid for t in formats.read_plan(demo).tasks)
    status, _out, err = _run(capsys, "baseline", demo, "--number", "4", "--tasks", f"{lo}-{lo}")
    assert (status, err) == (0, "")
    assert 4 in formats.read_plan(demo).baselines
