"""gantry usage as a weekly bill (tester s30xt, M6): the Actual Work and Actual Cost lines
carry their totals in the Work column, and --from/--to keep only the periods between
them (text, CSV and PDF), refused in one line when none lies there."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main


@pytest.fixture
def billed(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    assert main(["status-date", str(path), "2027-01-08"]) == 0
    assert main(["progress", str(path), "--task", "3", "--actual-work", "26h"]) == 0
    capsys.readouterr()
    return path


def _csv(path: Path, *args: str) -> list[dict[str, str]]:
    out = path.with_name("bill.csv")
    assert main(["usage", str(path), "--by", "week", *args, "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_s30tb_actual_lines_have_their_totals(billed):
    rows = _csv(billed, "--details", "actual,actual-cost")
    maria = {r["Detail"]: r for r in rows if r["Resource"] == "Maria Lopez" and not r["Task"]}
    assert maria["Actual Work"]["Work"] == "26.00"
    assert maria["Actual Cost"]["Work"] == "2470.00"  # 26h x 95
    assert maria["Actual Work"]["2027-01-04"] == "26.00"


def test_s30tb_from_to_keeps_those_weeks_only(billed, tmp_path, capsys):
    rows = _csv(billed, "--details", "actual", "--from", "2027-01-11", "--to", "2027-01-17")
    weeks = [k for k in rows[0] if k[:2] == "20"]
    assert weeks == ["2027-01-11"]
    maria = next(r for r in rows if r["Resource"] == "Maria Lopez" and r["Detail"] == "Work")
    assert maria["Work"] == "102.00"  # the whole row's total, as the Work column's
    assert (
        main(["usage", str(billed), "--by", "week", "--from", "2027-01-11", "--to", "2027-01-17"])
        == 0
    )
    head = capsys.readouterr().out.splitlines()[0]
    assert head.split()[-3:] == ["11", "Jan", "2027"]
    assert "4 Jan" not in head
    pdf = tmp_path / "bill.pdf"
    args = ["usage", str(billed), "--by", "week", "--from", "2027-01-11", "--to", "2027-01-17"]
    assert main([*args, "--pdf", str(pdf)]) == 0
    assert pdf.stat().st_size > 0


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (("2028-01-01", "2028-02-01"), "no week of the plan's usage lies there"),
        (("2027-02-01", "2027-01-01"), "the range is empty (--from is after --to)"),
    ],
)
def test_s30tb_an_empty_range_is_refused(billed, capsys, days, said):
    out = billed.with_name("none.csv")
    status = main(["usage", str(billed), "--from", days[0], "--to", days[1], "--csv", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert said in err
    assert len(err.splitlines()) == 1
    assert not out.exists()
