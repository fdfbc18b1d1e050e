"""``gantry convert`` refuses a printing option its output does not print with (bad usage,
exit 2, one line, nothing read or written), as it already refused --rows, --table and the
view options: ``--landscape`` or ``--paper A3`` with a .xlsx, or ``--width`` with a .pdf,
were taken in silence and the file written without them."""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import write_plan
from tests.gui.conftest import build_plan


@pytest.mark.parametrize(
    ("output", "options", "line"),
    [
        ("out.xlsx", ["--landscape"], "--landscape applies to .pdf output only"),
        ("out.xlsx", ["--paper", "A3"], "--paper applies to .pdf output only"),
        ("out.png", ["--pages-wide", "2"], "--pages-wide applies to .pdf output only"),
        ("out.png", ["--pages-tall", "2"], "--pages-tall applies to .pdf output only"),
        ("out.csv", ["--no-blank-pages"], "--no-blank-pages applies to .pdf output only"),
        ("out.pdf", ["--width", "800"], "--width applies to .png output only"),
        ("out.xml", ["--from", "2026-03-02"], "--from applies to .pdf and .png output only"),
        ("out.gantry", ["--to", "2026-03-02"], "--to applies to .pdf and .png output only"),
    ],
)
def test_s19x_a_printing_option_the_output_does_not_take_is_refused(
    tmp_path, capsys, output, options, line
):
    source = tmp_path / "plan.gantry"
    write_plan(build_plan(), source)
    written = source.read_bytes()
    assert main(["convert", str(source), str(tmp_path / output), *options]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"gantry: {line}\n"
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gantry"]
    assert source.read_bytes() == written


@pytest.mark.parametrize(
    ("output", "options"),
    [
        ("out.pdf", ["--landscape", "--paper", "A3", "--pages-wide", "2", "--no-blank-pages"]),
        ("out.pdf", ["--from", "2026-03-02", "--to", "2026-03-20"]),
        ("out.png", ["--width", "800", "--from", "2026-03-02"]),
    ],
)
def test_s19x_printing_options_of_the_output_still_pass(tmp_path, output, options):
    source = tmp_path / "plan.gantry"
    write_plan(build_plan(), source)
    assert main(["convert", str(source), str(tmp_path / output), *options]) == 0
    assert (tmp_path / output).stat().st_size > 0
