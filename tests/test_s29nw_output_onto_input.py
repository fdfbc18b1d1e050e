"""``-o`` naming the very file read (the same path written another way, a symlink or a hard
link to it) was taken for another file, so a command that changes a plan wrote a client's
MS Project file back without the parts its read left out, which the same command without
-o refuses. Now such an -o is FILE in place: a lossy write is refused in one line (exit 1,
the file as it was), a lossless one allowed; the commands that read FILE and write a
report or a copy refuse a hard link to it as they refused the same path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_plan

LOSS = (
    "writing it back would lose 10 resource baselines and "
    "24 other timephased values; give -o OUT.gantry (or OUT.xml to accept the loss)"
)


def _client_xml(shared_data: Path, tmp_path: Path) -> Path:
    bx = tmp_path / "bx.xml"
    shutil.copyfile(shared_data / "mspdi" / "baselines.xml", bx)
    bx.chmod(0o644)
    return bx


def _link(kind: str, target: Path, name: str) -> Path:
    link = target.with_name(name)
    try:
        if kind == "symlink":
            link.symlink_to(target.name)
        else:
            os.link(target, link)
    except OSError:
        pytest.skip(f"no {kind}s here")
    return link


@pytest.mark.parametrize("kind", ["same path", "symlink", "hard link"])
@pytest.mark.parametrize(
    "command",
    [
        ["project", "{f}", "--company", "Acme"],
        ["move", "{f}", "--start", "2001-02-05"],
        ["status-date", "{f}", "2001-01-05"],
    ],
    ids=lambda c: c[0],
)
def test_o_onto_the_file_read_is_refused_when_the_write_is_lossy(
    shared_data, tmp_path, capsys, kind, command
):
    bx = _client_xml(shared_data, tmp_path)
    before = bx.read_bytes()
    if kind == "same path":
        output, named = tmp_path / "." / "bx.xml", "bx.xml: "
    else:
        output = _link(kind.split()[0], bx, "copy.xml")
        named = "copy.xml: it is bx.xml, the file read; "
    code = main([*(a.format(f=bx) for a in command), "-o", str(output)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1] == f"gantry: {named}{LOSS}"
    assert bx.read_bytes() == before
    assert output.read_bytes() == before


def test_o_onto_the_file_read_is_allowed_when_lossless(tmp_path, capsys):
    plan = tmp_path / "plan.gantry"
    assert main(["new", str(plan), "--start", "2027-01-04"]) == 0
    same = tmp_path / "." / "plan.gantry"
    assert main(["project", str(plan), "--company", "Acme", "-o", str(same)]) == 0
    assert "lose" not in capsys.readouterr().err
    assert read_plan(plan).project.company == "Acme"


def test_o_onto_a_disguised_file_read_is_refused(tmp_path, capsys):
    """An MS Project XML named .xlsx: writing a workbook over it is refused, as in place."""
    made = tmp_path / "made.xml"
    assert main(["new", str(made), "--start", "2027-01-04"]) == 0
    book = tmp_path / "client.xlsx"
    made.rename(book)
    before = book.read_bytes()
    capsys.readouterr()
    code = main(["project", str(book), "--company", "Acme", "-o", str(tmp_path / "client.xlsx")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("gantry: client.xlsx is MS Project XML")
    assert "not renamed in place" in err[-1]
    assert book.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [
        ["convert", "{f}", "{o}"],
        ["report", "{f}", "{o}"],
        ["usage", "{f}", "--csv", "{o}"],
    ],
    ids=lambda c: c[0],
)
def test_a_hard_link_to_the_file_read_is_no_output(tmp_path, capsys, command):
    plan = tmp_path / "plan.gantry"
    assert main(["new", str(plan), "--start", "2027-01-04"]) == 0
    suffix = {"convert": ".gantry", "report": ".pdf", "usage": ".csv"}[command[0]]
    link = _link("hard", plan, f"other{suffix}")
    before = plan.read_bytes()
    capsys.readouterr()
    assert main([a.format(f=plan, o=link) for a in command]) == 1
    err = capsys.readouterr().err
    assert err == f"gantry: other{suffix}: input and output are the same file\n"
    assert plan.read_bytes() == before
