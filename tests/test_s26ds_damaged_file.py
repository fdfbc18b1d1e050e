"""A .gantry file with a damaged page is refused the same way by every entry point: the
window always said "cannot be read: database disk image is malformed", while ``gantry
info`` printed a summary and ``gantry diff`` said "no changes" against it (exit 0)."""

from __future__ import annotations

import random
import shutil

import pytest

from app.cli import main as cli_main
from app.domain.errors import DocumentError
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan

REFUSAL = "bad.gantry cannot be read: database disk image is malformed"


@pytest.fixture
def files(tmp_path):
    """A good plan and a copy with 4 KB of random bytes at offset 16384 (as a bad sector)."""
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"Task {i} " + "n" * 60) for i in range(1, 400)])
    good = tmp_path / "good.gantry"
    write_plan(plan, good)
    bad = tmp_path / "bad.gantry"
    shutil.copyfile(good, bad)
    noise = random.Random(16384).randbytes(4096)
    with bad.open("r+b") as fh:
        fh.seek(16384)
        fh.write(noise)
    return good, bad


def test_reading_a_damaged_plan_is_refused(files):
    _, bad = files
    with pytest.raises(DocumentError, match=f"^{REFUSAL}$"):
        read_plan(bad)
    with pytest.raises(DocumentError, match=f"^{REFUSAL}$"):
        GantryFile.open(bad)  # the window's open, without its progress count


@pytest.mark.parametrize("command", [["info"], ["schedule"], ["diff", "GOOD"], ["diff-rev"]])
def test_the_command_line_refuses_it_in_one_line(files, command, capsys):
    good, bad = files
    if command == ["diff-rev"]:
        argv = ["diff", str(bad), str(good)]
    elif command == ["diff", "GOOD"]:
        argv = ["diff", str(good), str(bad)]
    else:
        argv = [*command, str(bad)]
    assert cli_main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [f"gantry: {REFUSAL}"]


def test_a_good_plan_still_reads(files, capsys):
    good, _ = files
    assert len(read_plan(good).tasks) == 399
    assert cli_main(["diff", str(good), str(good)]) == 0
