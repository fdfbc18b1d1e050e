"""gantry baseline --clear [N]: MS Project's Clear Baseline from the command line (the entire
project, or the tasks given), and a baseline of a plan with no tasks saying nothing was saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.store.document import GantryFile

DEMO = "CRM roll-out for Northwind Logistics"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def test_s25tr_clear_removes_the_baseline_of_the_entire_project(demo, tmp_path, capsys):
    before = formats.read_plan(demo).baselines[0]
    out = tmp_path / "out.gantry"
    status, said, err = _run(capsys, "baseline", demo, "--clear", "-o", out)
    assert (status, err) == (0, "")
    when = f"{before.saved_at:%Y-%m-%d %H:%M}"
    assert said == (
        f"{DEMO}: Baseline (saved {when}) cleared for the entire project "
        f"({len(before.entries)} tasks); written to {out}\n"
    )
    assert 0 not in formats.read_plan(out).baselines
    assert formats.read_plan(demo).baselines[0] == before  # FILE itself untouched with -o


def test_s25tr_clear_for_tasks_given_keeps_the_others(demo, tmp_path, capsys):
    before = formats.read_plan(demo).baselines[0]
    out = tmp_path / "out.xml"  # MS Project XML keeps the others' baseline too
    status, said, _ = _run(capsys, "baseline", demo, "--clear", "0", "--tasks", "5,6", "-o", out)
    assert status == 0
    assert "cleared for 2 tasks; the others keep theirs" in said
    left = formats.read_plan(out).baselines[0]
    assert {e.task_uid for e in left.entries} == {e.task_uid for e in before.entries} - {5, 6}


def test_s25tr_nothing_to_clear_leaves_the_file_as_it_was(demo, capsys):
    data = demo.read_bytes()
    status, said, _ = _run(capsys, "baseline", demo, "--clear", "3")
    assert status == 0
    assert said == f"{DEMO}: Baseline 3 is not saved: nothing cleared; {demo} left as it was\n"
    assert demo.read_bytes() == data


@pytest.mark.parametrize(
    ("extra", "why"),
    [
        (["--number", "2"], "--number and --clear"),
        (["--roll-up", "from-subtasks", "--tasks", "5"], "--roll-up applies to saving"),
    ],
)
def test_s25tr_clear_refuses_options_of_saving(demo, capsys, extra, why):
    data = demo.read_bytes()
    status, said, err = _run(capsys, "baseline", demo, "--clear", *extra)
    assert status != 0
    assert said == ""
    assert why in err
    assert demo.read_bytes() == data


def test_s25tr_baseline_of_a_plan_with_no_tasks_is_not_saved(tmp_path, capsys):
    path = tmp_path / "empty.gantry"
    GantryFile.create(path, Plan(project=Project(name="Empty"))).close()
    data = path.read_bytes()
    status, said, _ = _run(capsys, "baseline", path)
    assert status == 0
    assert said == f"Empty: the plan has no tasks: no baseline saved; {path} left as it was\n"
    assert path.read_bytes() == data
