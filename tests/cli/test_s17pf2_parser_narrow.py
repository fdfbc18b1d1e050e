"""The parser built for one command line (only the sub-command it names) says and reads
exactly what the full parser does: help, usage errors, exit codes and the namespace."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import pytest

from app.cli.parser import COMMANDS, build_parser

_LINES = [
    ["--help"],
    ["-h"],
    ["--bogus"],
    ["--version"],
    *([command] for command in COMMANDS),  # each command's usage error (arguments missing)
    *([command, "--help"] for command in COMMANDS),
    ["schedule", "plan.xml", "--json", "--sort", "start:desc", "--flat"],
    ["schedule", "plan.xml", "--bogus"],
    ["schedule", "plan.xml", "extra"],
    ["convert", "a.xml", "b.pdf", "--pages-wide", "0"],
    ["convert", "a.xml", "b.pdf", "--paper", "B5"],
    ["convert", "a.xml", "b.pdf", "--table", "cost", "--no-blank-pages", "--from", "2026-01-05"],
    ["diff", "a.xml", "b.xml", "--json"],
    ["info", "a.xml", "--sheet", "Plan"],
    ["report", "a.xml", "o.pdf", "--status-date", "nope"],
    ["move", "a.xml"],
    ["move", "a.xml", "--start", "2026-03-02", "-o", "b.xml"],
    ["usage", "a.xml", "--by", "month", "--tasks"],
    ["level", "a.xml", "--splits", "--no-splits"],
    ["level", "a.xml", "--order", "priority", "-o", "b.xml"],
]


def _run(parser_args: list[str] | None, line: list[str]) -> tuple[object, str, str, object]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    namespace: object = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            namespace = vars(build_parser(parser_args).parse_args(line))
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue(), namespace


@pytest.mark.parametrize("line", _LINES, ids=" ".join)
def test_s17pf2_narrow_parser_says_what_the_full_one_does(line: list[str]) -> None:
    assert _run(line, line) == _run(None, line)


def test_s17pf2_full_parser_for_options_lists_every_command() -> None:
    code, out, _err, _ns = _run(["--help"], ["--help"])
    assert code == 0
    assert all(command in out for command in COMMANDS)


def test_s17pf2_a_command_builds_no_table_list() -> None:
    # MS Project's tables are only named in convert's help: schedule does not import them.
    script = (
        "import sys; from app.cli.parser import build_parser; "
        "build_parser(['schedule', 'a.xml']).parse_args(['schedule', 'a.xml']); "
        "print('app.report.tables' in sys.modules, 'app.formats' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "False"]
