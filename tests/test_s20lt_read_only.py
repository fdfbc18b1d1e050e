"""Every command that writes a plan in place refuses a read-only FILE in one line and leaves
it as it was (app.cli.plan_output.write_plan_output): ``gantry move`` and ``gantry level``
renamed a new file over it, write bits and all, as the tracking commands already refused.
Shared files are mode 444, so a copy of one is read-only until the test makes it writable."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def _overbooked(path: Path) -> Path:
    """Two tasks of Ana's side by side: leveling moves one, so the plan is written."""
    plan = Plan(project=Project(name="Two", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    formats.write_plan(plan, path)
    return path


def _refused(capsys, path: Path, *args: object, said: str) -> None:
    before = path.read_bytes()
    status, out, err = _run(capsys, *args)
    assert status == 1
    # the refusal is the last line; a client's .xml may say first what its read leaves out
    *notes, refusal = err.splitlines()
    assert refusal == f"gantry: {path.name}: the file is read-only; {said}"
    assert all(line.startswith("gantry: note: ") for line in notes)
    assert out == ""
    assert path.read_bytes() == before
    assert not os.stat(path).st_mode & stat.S_IWUSR  # still read-only, not replaced
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no draft left


def test_s20lt_move_refuses_a_read_only_shared_copy(shared_data, tmp_path, capsys):
    source = tmp_path / "sample.xml"
    shutil.copy(shared_data / "mspdi" / "sample.xml", source)  # mode 444 as shared
    _refused(capsys, source, "move", source, "--start", "2031-03-03", said="nothing was moved")
    source.chmod(source.stat().st_mode | stat.S_IWUSR)  # the same file made writable: moved
    status, out, _err = _run(capsys, "move", source, "--start", "2031-03-03")
    assert status == 0
    assert f"written to {source}" in out
    assert formats.read_plan(source).project.start.date().isoformat() == "2031-03-03"


def test_s20lt_level_refuses_a_read_only_file_and_output(tmp_path, capsys):
    source = _overbooked(tmp_path / "two.xml")
    source.chmod(stat.S_IRUSR | stat.S_IRGRP)
    _refused(capsys, source, "level", source, said="nothing was leveled")
    source.chmod(stat.S_IRUSR | stat.S_IWUSR)
    out = _overbooked(tmp_path / "leveled.xml")
    out.chmod(stat.S_IRUSR)  # -o naming a read-only file: refused the same way
    status, _out, err = _run(capsys, "level", source, "-o", out)
    assert status == 1
    assert err == "gantry: leveled.xml: the file is read-only; nothing was leveled\n"
    status, said, _err = _run(capsys, "level", source)  # writable: leveled in place
    assert status == 0
    assert f"written to {source}" in said


@pytest.mark.parametrize("suffix", [".gantry", ".xml", ".csv", ".pdf"])
def test_s20lt_convert_refuses_a_read_only_output(tmp_path, capsys, suffix):
    source = _overbooked(tmp_path / "plan.gantry")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"client{suffix}"
    target.write_bytes(b"the client's own file")
    target.chmod(0o444)
    _refused(capsys, target, "convert", source, target, said="nothing was converted")
    target.chmod(0o644)  # made writable, the same command writes it
    status, _out, _err = _run(capsys, "convert", source, target)
    assert status == 0
    assert target.read_bytes() != b"the client's own file"
