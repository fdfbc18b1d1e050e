"""gantry schedule --help names the sort keys that work, the earned value ones included,
each whole on its line (a key broken at a hyphen could not be copied), in 80 columns, as
every command's help is (gantry usage's listed its --details in an 88-column usage line)."""

from __future__ import annotations

import re

import pytest

from app.cli import main
from app.cli.parser import COMMANDS
from app.domain.earned_value_table import EARNED_KEYS
from app.domain.sorting import SortField


@pytest.fixture
def help_text(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["schedule", "--help"]) == 0
    return capsys.readouterr().out


def _sort_help(text: str) -> str:
    part = text.split("--sort KEY[:desc],...\n", 1)[1].split("  --flat", 1)[0]
    return " ".join(part.split())


def test_s27sm_schedule_help_fits_80_columns(help_text):
    assert max(len(line) for line in help_text.splitlines()) <= 80


def test_s27sm_sort_help_lists_every_earned_value_key(help_text):
    said = set(re.findall(r"[a-z][a-z0-9-]*", _sort_help(help_text)))
    for key in EARNED_KEYS:
        assert key.replace("_", "-") in said, key


def test_s27sm_sort_help_names_only_keys_that_sort(help_text):
    listed = _sort_help(help_text).split("Keys:", 1)[1]
    groups = [listed.split(";", 1)[0], *re.findall(r"\(([^)]*)\)", listed)]
    keys = [k.strip(" .") for group in groups for k in group.split(",")]
    assert "tcpi" in keys
    assert "physical-percent-complete" in keys
    for key in keys:
        if key != "text1":  # a custom field's, its own kind of key
            SortField.from_name(key)


def test_s27sm_no_help_line_breaks_a_key_at_its_hyphen(help_text):
    assert not [line for line in help_text.splitlines() if line.rstrip().endswith("-")]


@pytest.mark.parametrize("command", COMMANDS)
def test_s27sm_every_commands_help_fits_80_columns(monkeypatch, capsys, command):
    monkeypatch.setenv("COLUMNS", "80")
    assert main([command, "--help"]) == 0
    wide = [line for line in capsys.readouterr().out.splitlines() if len(line) > 80]
    assert wide == []
