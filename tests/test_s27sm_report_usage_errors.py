"""gantry report --cash-flow's usage errors: OUT missing is argparse's one usage line naming
OUT (.pdf or .csv); a bad --by or --level is bad usage (exit 2) as usage --by's is; OUT may
come after the options, as may usage's other plans."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def test_s27sm_cash_flow_without_out_names_pdf_or_csv(capsys):
    assert main(["report", str(DEMO), "--cash-flow"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == (
        "gantry report: error: the following arguments are required: OUT (.pdf or .csv)"
    )


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["report", "{plan}", "{out}", "--cash-flow", "--by", "year"], "--by: 'year' is not one"),
        (["report", "{plan}", "{out}", "--cash-flow", "--level", "0"], "--level: 0 is not an"),
        (["usage", "{plan}", "--by", "year"], "--by 'year'"),
    ],
)
def test_s27sm_a_bad_by_or_level_is_bad_usage_everywhere(tmp_path, capsys, command, said):
    out = tmp_path / "cash.pdf"
    args = [a.format(plan=DEMO, out=out) for a in command]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert said in err[0]
    assert not out.exists()


def test_s27sm_cash_flow_out_may_follow_the_options(tmp_path, capsys):
    out = tmp_path / "cash.csv"
    assert main(["report", str(DEMO), "--cash-flow", "--by", "week", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("UID,")
    assert capsys.readouterr().err == ""


def test_s27sm_usage_takes_other_plans_after_the_options(tmp_path, capsys):
    other = tmp_path / "clientB.gantry"
    shutil.copy(DEMO, other)
    assert main(["usage", str(DEMO), "--by", "month", str(other)]) == 0
    assert "[clientB]" in capsys.readouterr().out


def test_s27sm_an_option_left_over_stays_a_usage_error(tmp_path, capsys):
    out = tmp_path / "cash.csv"
    assert main(["report", str(DEMO), "--cash-flow", str(out), "--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
    assert main(["info", str(DEMO), "extra"]) == 2
    assert "unrecognized arguments: extra" in capsys.readouterr().err
    assert not out.exists()
