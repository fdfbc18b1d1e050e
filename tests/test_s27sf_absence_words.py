"""gantry split and gantry days-off say what really happens: a split asked for on a weekend
names where the work stops, a split inside the work already done is refused, days off over a
weekend count no working days; gantry progress --help prints one "%"."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.parser import build_parser
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8)  # a Monday; the day is 8-12, 13-17
DAY = 480


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """Build: 10 days from Monday 5 January, Ana on it, 30 % done (3 days)."""
    plan = Plan(project=Project(name="Shop", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=10 * DAY, percent_complete=30.0))
    plan.add_resource(Resource(1, "Ana Ruiz"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    path = tmp_path / "shop.gantry"
    formats.write_plan(plan, path)
    return path


def _run(capsys, *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def test_s27sf_a_split_on_a_saturday_names_fridays_end(plan_file, capsys, tmp_path):
    out = tmp_path / "split.gantry"
    status, said, err = _run(
        capsys, "split", plan_file, "--task", 1, "--at", "2026-01-10", "--for", "1d", "-o", out
    )
    assert (status, err) == (0, "")
    assert said.startswith(
        "'Build': work stops Fri 2026-01-09 17:00 (the last working time before "
        "Sat 2026-01-10 08:00) for 1d"
    )


def test_s27sf_a_split_on_working_time_names_it(plan_file, capsys, tmp_path):
    out = tmp_path / "split.gantry"
    status, said, _ = _run(
        capsys,
        "split",
        plan_file,
        "--task",
        1,
        "--at",
        "2026-01-12 13:00",
        "--for",
        "1d",
        "-o",
        out,
    )
    assert status == 0
    assert said.startswith("'Build': work stops Mon 2026-01-12 13:00 for 1d")


def test_s27sf_a_split_inside_the_work_done_is_refused(plan_file, capsys):
    before = plan_file.read_bytes()
    status, said, err = _run(
        capsys, "split", plan_file, "--task", 1, "--at", "2026-01-06 13:00", "--for", "2d"
    )
    assert (status, said) == (1, "")
    assert "inside the work already done on 'Build' (30 % complete)" in err
    assert len(err.strip().splitlines()) == 1
    assert plan_file.read_bytes() == before
    # Just after the done part (3 days: Mon-Wed) is fine.
    status, _, err = _run(
        capsys, "split", plan_file, "--task", 1, "--at", "2026-01-08", "--for", "1d"
    )
    assert (status, err) == (0, "")


def test_s27sf_days_off_over_a_weekend_count_no_working_days(plan_file, capsys, tmp_path):
    out = tmp_path / "off.gantry"
    status, said, err = _run(
        capsys, "days-off", plan_file, "--person", "ana ruiz", "--from", "2026-01-10",
        "--to", "2026-01-11", "-o", out,
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert "(no working days: already non-working) off" in said
    assert "(unchanged)" in said


def test_s27sf_days_off_count_only_the_working_days(plan_file, capsys, tmp_path):
    out = tmp_path / "off.gantry"
    status, said, _ = _run(
        capsys, "days-off", plan_file, "--person", "Ana Ruiz", "--from", "2026-01-09",
        "--to", "2026-01-13", "-o", out,
    )  # fmt: skip
    assert status == 0
    assert "'Vacation' 2026-01-09 to 2026-01-13 (3 days) off" in said


def _helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    found = {parser.prog: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.update(_helps(sub))
    return found


def test_s27sf_no_help_prints_a_doubled_percent():
    helps = _helps(build_parser())
    assert "% complete" in helps["gantry progress"]
    assert [prog for prog, text in helps.items() if "%%" in text] == []
    assert "(default: Vacation)" in " ".join(helps["gantry days-off"].split())
