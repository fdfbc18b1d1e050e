"""What ``gantry COMMAND --help`` tells a new user is what the commands do: the keys, words
and defaults it names are the ones the code takes and uses."""

from __future__ import annotations

import argparse
import re

import pytest

from app.cli import main
from app.cli.level_command import ORDERS
from app.cli.parser import _DESCRIPTION, COMMANDS, build_parser
from app.domain.filters import FilterKind
from app.domain.sorting import parse_sort
from app.report.export import PNG_DEFAULT_WIDTH


def _parser(command: str) -> argparse.ArgumentParser:
    top = build_parser([command])
    sub = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    parser: argparse.ArgumentParser = sub.choices[command]
    return parser


def _option_help(command: str, option: str) -> str:
    """The help of one option, as written (argparse wraps it when printing)."""
    found = [a for a in _parser(command)._actions if option in a.option_strings]
    assert len(found) == 1
    return str(found[0].help)


@pytest.mark.parametrize("command", COMMANDS)
def test_s20cl_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: gantry {command} ")
    assert "app/cli" not in out  # no source paths in what the user reads


def test_s20cl_the_overview_lines_up_and_names_every_command() -> None:
    lines = [line for line in _DESCRIPTION.splitlines() if line.startswith("  gantry")]
    assert [line.split()[1] for line in lines[1:]] == list(COMMANDS)
    columns = {len(line) - len(line.split("  ", 2)[2].lstrip()) for line in lines}
    assert len(columns) == 1, "each command's words start in the same column"
    assert all("  " in line[2:].split(" ", 1)[1] for line in lines)


def test_s20cl_sort_keys_in_the_help_are_keys() -> None:
    text = _option_help("schedule", "--sort")
    named = re.search(r"Keys: (.*?); the variance", text)  # then each group's, in brackets
    assert named is not None
    keys = [k.strip() for k in named.group(1).split(",")]
    groups = re.findall(r"\(([^)]*)\)", text.split("Keys:", 1)[1])
    keys += [k.strip(" .") for group in groups for k in group.split(",")]
    assert len(keys) >= 8
    for key in keys:
        parse_sort(key, ())  # raises for a key Gantry does not take


def test_s20cl_filter_names_in_the_help_are_filters() -> None:
    text = _option_help("schedule", "--filter")
    listed = text.split("summaries:", 1)[1].split("(an unknown")[0]
    for word in re.findall(r"[a-z][a-z-]+(?==|\[|,|\.\.\.)", listed):
        FilterKind.from_name(word)


def test_s20cl_level_orders_in_the_help_are_the_words_taken() -> None:
    text = _option_help("level", "--order")
    for word in ORDERS:
        assert f"{word} (" in text
    assert "app/cli" not in str(_parser("level").description)


def test_s20cl_defaults_in_the_help_are_the_defaults() -> None:
    assert f"(default: {PNG_DEFAULT_WIDTH})" in _option_help("convert", "--width")
    assert "(default: 1)" in _option_help("convert", "--pages-wide")
    assert "(default: A4)" in _option_help("convert", "--paper")
    assert "(default: A4)" in _option_help("report", "--paper")
    by = build_parser(["usage"]).parse_args(["usage", "plan.xml"]).by
    assert f"(default: {by})" in _option_help("usage", "--by")
