"""`gantry FILE` without a screen: one line, not Qt's abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.cli.commands import _check_display
from app.domain.errors import AppError


def test_no_display_on_linux_is_refused_in_one_line():
    with pytest.raises(AppError, match="no screen to open the window on"):
        _check_display({}, "linux")


@pytest.mark.parametrize(
    "env",
    [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}],
)
def test_a_screen_or_a_chosen_platform_opens(env):
    _check_display(env, "linux")


def test_windows_and_macos_need_no_display_variable():
    _check_display({}, "win32")
    _check_display({}, "darwin")


def test_the_command_exits_1_with_the_line_and_makes_no_demo_copy(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    copies: list[Path] = []

    def plan_to_open(*args: object) -> Path:  # what run_open asks for a plan: never reached
        copies.append(tmp_path)
        return tmp_path

    monkeypatch.setattr("app.cli.demo.plan_to_open", plan_to_open)
    assert main([]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "no screen" in err[0]
    assert copies == []
