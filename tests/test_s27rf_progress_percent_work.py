"""``gantry progress --percent-work`` (s27rw findings 3 and 4): a decimal share is taken as
the sheet's % Work Complete cell takes it (37.5 was refused "use 0 to 100"), and
``--percent`` with ``--percent-work`` is refused as bad usage (the last one won silently)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.formats import read_plan

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
INTERVIEWS = "4"  # 'Stakeholder interviews': 5d, two people at 50 %: 40h


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copy(DEMO, path)
    return path


@pytest.mark.parametrize(("typed", "share"), [("37.5", 37.5), ("50,5", 50.5)])
def test_s27rf_percent_work_takes_decimals(
    tmp_path: Path, typed: str, share: float, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plan(tmp_path)
    out = tmp_path / "out.gantry"
    assert main(["progress", str(path), "--task", INTERVIEWS, "--percent-work", typed,
                 "-o", str(out)]) == 0  # fmt: skip
    assert read_plan(out).task(4).percent_complete == pytest.approx(share)  # no work left out
    said = capsys.readouterr().out
    assert f"actual work {'15h' if share == 37.5 else '20.2h'}" in said  # of 40h


def test_s27rf_percent_and_percent_work_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _plan(tmp_path)
    before = path.read_bytes()
    capsys.readouterr()
    code = main(["progress", str(path), "--task", INTERVIEWS, "--percent", "50",
                 "--percent-work", "20"])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "give --percent or --percent-work, not both" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_s27rf_percent_work_past_100_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["progress", str(_plan(tmp_path)), "--task", INTERVIEWS,
                 "--percent-work", "100.5"]) == 1  # fmt: skip
    assert "--percent-work '100.5' is not a % work complete (use 0 to 100" in (
        capsys.readouterr().err
    )
