"""A plan whose baseline holds a fixed cost accrued at the start or the end lost that
accrual without a word when saved as MS Project XML (its <Baseline> has no field for it):
`gantry convert` (and Save a Copy As, through formats.not_kept) now says so, and says
nothing when every baseline entry accrues prorated, the default, or holds none."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.baseline import Baseline, BaselineEntry
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import CostAccrual, Task
from app.formats import not_kept
from app.store.document import GantryFile

START = datetime(2027, 1, 4, 8, 0)


def _plan(*accruals: CostAccrual | None) -> Plan:
    plan = Plan(project=Project(name="acc", start=START))
    entries = []
    for uid, accrual in enumerate(accruals, start=1):
        plan.append_task(Task(uid, f"Build {uid}", duration_minutes=2400, fixed_cost=1000.0))
        entries.append(BaselineEntry(uid, START, START, 2400, 0, 1000.0, 1000.0, accrual))
    plan.set_baseline(Baseline(0, START, tuple(entries)))
    return plan


def _accrual_lines(plan: Plan, ext: str = ".xml") -> list[str]:
    return [line for line in not_kept(plan, ext) if "Fixed Cost Accrual" in line]


def test_s28r2_convert_says_the_baseline_accrual_is_not_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "acc.gantry"
    GantryFile.create(source, _plan(CostAccrual.END)).close()
    assert main(["convert", str(source), str(tmp_path / "acc.xml")]) == 0
    err = capsys.readouterr().err
    assert (
        ".xml keeps no Baseline Fixed Cost Accrual: that of 1 task ('Build 1' in Baseline)" in err
    )
    assert "not saved" in err


def test_s28r2_many_are_counted_the_first_named() -> None:
    (line,) = _accrual_lines(_plan(CostAccrual.PRORATED, CostAccrual.START, CostAccrual.END))
    assert "that of 2 tasks (the first 'Build 2' in Baseline) not saved" in line


def test_s28r2_default_or_unknown_accruals_say_nothing() -> None:
    assert _accrual_lines(_plan(CostAccrual.PRORATED, None)) == []
    assert _accrual_lines(_plan(CostAccrual.END), ".xlsx") == []  # the workbook keeps it
    assert _accrual_lines(_plan(CostAccrual.END), ".gantry") == []
