"""A usage error after a sub-command (an option it does not take, an argument it lacks) is
told with that sub-command's usage, not gantry's top-level one, in one error line, exit 2."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

_TOP_USAGE = "gantry [FILE] | gantry {"

_UNKNOWN = [
    (["convert", "a.xml", "b.gantry", "--bogus"], "convert", "--bogus"),
    (["convert", "--bogus", "a.xml", "b.pdf"], "convert", "--bogus"),
    (["schedule", "a.xml", "--jsn"], "schedule", "--jsn"),
    (["info", "a.xml", "b.xml"], "info", "b.xml"),
    (["diff", "a.xml", "b.xml", "--table", "cost"], "diff", "--table cost"),
    (["report", "a.xml", "o.pdf", "--width", "9"], "report", "--width 9"),
    (["move", "a.xml", "--start", "2026-03-02", "--quiet"], "move", "--quiet"),
    (["usage", "a.xml", "--weekly"], "usage", "--weekly"),
    (["level", "a.xml", "--dry-run"], "level", "--dry-run"),
]


def _usage_error(capsys: pytest.CaptureFixture[str], line: list[str]) -> tuple[str, str]:
    code = main(line)
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    return err.splitlines()[0], err.splitlines()[-1]


@pytest.mark.parametrize(("line", "command", "extra"), _UNKNOWN, ids=lambda v: str(v))
def test_s20cl_unknown_argument_shows_the_commands_usage(
    capsys: pytest.CaptureFixture[str], line: list[str], command: str, extra: str
) -> None:
    first, last = _usage_error(capsys, line)
    assert first.startswith(f"usage: gantry {command} ")
    assert _TOP_USAGE not in first
    assert last == f"gantry {command}: error: unrecognized arguments: {extra}"


@pytest.mark.parametrize(
    ("line", "command", "missing"),
    [
        (["convert", "a.xml"], "convert", "OUT"),
        (["move", "a.xml"], "move", "--start"),
        (["report", "a.xml"], "report", "OUT.pdf"),
        (["diff"], "diff", "OLD, NEW"),
    ],
)
def test_s20cl_missing_argument_shows_the_commands_usage(
    capsys: pytest.CaptureFixture[str], line: list[str], command: str, missing: str
) -> None:
    first, last = _usage_error(capsys, line)
    assert first.startswith(f"usage: gantry {command} ")
    assert last == f"gantry {command}: error: the following arguments are required: {missing}"


def test_s20cl_unknown_top_level_option_keeps_gantrys_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, last = _usage_error(capsys, ["--bogus"])
    assert first.startswith("usage: " + _TOP_USAGE)
    assert last == "gantry: error: unrecognized arguments: --bogus"


def test_s20cl_installed_script_says_the_commands_usage(tmp_path: Path) -> None:
    script = shutil.which("gantry", path=str(Path(sys.executable).parent))
    assert script is not None, "the gantry script is installed with the package"
    done = subprocess.run(
        [script, "convert", "a.xml", "b.gantry", "--bogus"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0].startswith("usage: gantry convert [-h]")
    assert lines[-1] == "gantry convert: error: unrecognized arguments: --bogus"
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "b.gantry").exists()
