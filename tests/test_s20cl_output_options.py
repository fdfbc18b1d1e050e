"""convert's options that print only into some outputs are refused in one place
(app/cli/option_checks), before any file is read: bad usage, exit 2, one line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.cli.option_checks import check_option_values
from app.domain.errors import OptionError


@pytest.mark.parametrize(
    ("output", "option", "message"),
    [
        ("b.pdf", ["--rows", "1-3"], "--rows applies to .png output only"),
        ("b.xlsx", ["--rows", "1-3"], "--rows applies to .png output only"),
        ("b.xlsx", ["--table", "cost"], "--table applies to .pdf and .png output only"),
        ("b.gantry", ["--table", "nowhere"], "--table applies to .pdf and .png output only"),
        ("b.pdf", ["--width", "900"], "--width applies to .png output only"),
    ],
)
def test_s20cl_option_for_another_output_is_refused_before_reading(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, output: str, option: list[str], message: str
) -> None:
    # IN does not exist: the refusal comes before any reading of it
    line = ["convert", str(tmp_path / "missing.xml"), str(tmp_path / output), *option]
    assert main(line) == 2
    assert capsys.readouterr().err == f"gantry: {message}\n"
    assert not (tmp_path / output).exists()


def test_s20cl_rows_refused_by_the_option_checks_alone() -> None:
    ns = argparse.Namespace(
        command="convert", input=Path("a.xml"), output=Path("b.pdf"), rows="1-3", sheet=None
    )
    with pytest.raises(OptionError, match=r"^--rows applies to \.png output only$"):
        check_option_values(ns)


def test_s20cl_rows_and_table_still_print_a_png(qapp: object, tmp_path: Path) -> None:
    # qapp: the QApplication the window's tests share, made before the PNG writer's own
    demo = resource_path("demo", "crm-rollout.gantry")
    out = tmp_path / "rows.png"
    assert main(["convert", str(demo), str(out), "--rows", "1-5", "--table", "entry"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
