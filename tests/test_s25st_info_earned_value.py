"""``gantry info`` gives the earned value the status report's headline gives: CPI, SPI,
EAC and VAC against baseline 0 as of the status date (else today), in one line, none
without a baseline holding cost (app/cli/info_command.py)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.scheduling.run import schedule_only
from app.domain.status_report import gather_status
from app.formats import read_plan, write_plan
from tests.test_s24s2_info_deadlines import DEMO


def _info(path: Path, capsys) -> dict[str, str]:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    return {k: v.strip() for k, _sep, v in (line.partition(":") for line in lines)}


def _behind(tmp_path: Path, capsys) -> Path:
    """The demo, worked as scheduled through 2027-02-12, its status date 2027-03-01: two
    weeks of work planned by then are not done."""
    path = tmp_path / "crm.gantry"
    shutil.copy(DEMO, path)
    assert main(["update", str(path), "--through", "2027-02-12"]) == 0
    assert main(["status-date", str(path), "2027-03-01"]) == 0
    capsys.readouterr()
    return path


def test_s25st_info_gives_the_report_s_earned_value(tmp_path, capsys):
    path = _behind(tmp_path, capsys)
    plan = read_plan(path)
    sched = schedule_only(plan)
    h = gather_status(plan, sched, compute_costs(plan, sched), datetime(2026, 11, 27)).headline
    assert h.spi is not None
    assert h.cpi is not None
    assert h.spi < 0.95  # behind: the report's SPI card in red
    assert h.eac is not None
    assert h.vac is not None
    info = _info(path, capsys)
    assert info["Earned value"] == (
        f"CPI {h.cpi:.2f}, SPI {h.spi:.2f}, EAC €{h.eac:,.2f}, VAC "
        f"{'-' if h.vac < 0 else ''}€{abs(h.vac):,.2f} (against Baseline, to the status date)"
    )
    keys = list(info)
    assert keys.index("Earned value") == keys.index("Actual cost") + 1


def test_s25st_without_a_status_date_it_is_as_of_today(tmp_path, capsys):
    path = tmp_path / "crm.gantry"
    shutil.copy(DEMO, path)
    # the demo runs in 2027 and records no progress: nothing spent, nothing planned yet
    said = _info(path, capsys)["Earned value"]
    assert said == "CPI n/a, SPI n/a, EAC €207,210.00, VAC €0.00 (against Baseline, to today)"


def test_s25st_no_baseline_no_earned_value_line(tmp_path, capsys):
    plan = read_plan(DEMO)
    plan.clear_baseline(0)
    path = tmp_path / "bare.gantry"
    write_plan(plan, path)
    info = _info(path, capsys)
    assert "Earned value" not in info
    assert info["Baseline cost"] == "none saved"
