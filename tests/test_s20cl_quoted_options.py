"""An option value or a command typed on the command line and refused is quoted through
app.domain.quoting.quoted: a long one is cut with '…' in the one line on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.quoting import QUOTE_LIMIT

TYPED = "s" * 30 + "t" * 50  # 80 characters
CUT = "'" + TYPED[:QUOTE_LIMIT] + "…'"
DEMO = str(resource_path("demo", "crm-rollout.gantry"))


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (["level", DEMO, "--order", TYPED], f"--order {CUT} is not a leveling order"),
        (["convert", DEMO, "out.png", "--rows", TYPED], f"--rows {CUT}: use FROM-TO"),
        (["convert", DEMO, "out.pdf", "--table", TYPED], f"unknown table {CUT} (choose"),
        (["schedule", DEMO, "--sort", TYPED], f"unknown sort key {CUT} (keys"),
        (["schedule", DEMO, "--filter", f"date-range={TYPED}"], f"{CUT} is not two dates"),
        (["move", DEMO, "--start", TYPED, "-o", "out.gantry"], f"--start {CUT} is not a date"),
        (["usage", DEMO, "--by", TYPED], f"--by {CUT}: use day, week or month"),
        (["convert", DEMO, "out.pdf", "--from", TYPED], f"--from: {CUT} is not a date"),
        (["convert", DEMO, "out.png", "--width", TYPED], f"{CUT} is not a whole number"),
    ],
)
def test_s20cl_a_long_option_value_is_quoted_cut(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: list[str], said: str
) -> None:
    line = [str(tmp_path / a) if a.startswith("out.") else a for a in line]
    assert main(line) == 2
    err = capsys.readouterr().err
    assert said in err
    assert TYPED not in err


def test_s20cl_a_long_mistyped_command_is_quoted_cut(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([TYPED, "plan.xml"]) == 2
    err = capsys.readouterr().err
    assert f"unknown command {CUT} (commands: schedule" in err
    assert TYPED not in err
