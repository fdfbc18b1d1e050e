"""``gantry diff plan.gantry client.csv`` said on every run that the CSV 'keeps its Start as
Start No Earlier Than' for a task its links place earlier: true of the plan convert or
open makes of the CSV, but the diff makes the CSV's edits in the other plan, whose
calendars and delays place that task. The diff no longer says it; convert still does, and
the read keeps the pin either way (a Start the client typed still moves its task)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from app.assets import resource_path
from app.cli import main
from app.domain.task import ConstraintType
from app.io.csv_plan import read_csv

PINNED = "keeps its Start as 'Start No Earlier Than'"


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    """The demo plan and its CSV (gantry convert), whose read pins one task."""
    plan = tmp_path / "plan.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), plan)
    table = tmp_path / "client.csv"
    assert main(["convert", str(plan), str(table)]) == 0
    return plan, table


def _stderr(capsys: pytest.CaptureFixture[str], *args: Path | str) -> str:
    capsys.readouterr()
    assert main([*map(str, args)]) == 0
    return capsys.readouterr().err


def test_s24tr_diff_of_a_csv_does_not_say_the_pins_either_way(exported, capsys):
    plan, table = exported
    assert PINNED not in _stderr(capsys, "diff", plan, table)
    assert PINNED not in _stderr(capsys, "diff", table, plan)
    other = table.with_name("other.csv")
    shutil.copy(table, other)
    assert PINNED not in _stderr(capsys, "diff", table, other)


def test_s24tr_convert_of_the_csv_still_says_the_pin(exported, capsys, tmp_path):
    _, table = exported
    err = _stderr(capsys, "convert", table, tmp_path / "back.gantry")
    assert f"client.csv: 1 task {PINNED}" in err


def test_s24tr_a_read_without_the_note_keeps_the_pin(exported):
    _, table = exported
    heard: list[str] = []
    quiet = read_csv(table, warn=heard.append, pins_note=False)
    assert not [line for line in heard if PINNED in line]
    told: list[str] = []
    said = read_csv(table, warn=told.append)
    assert [line for line in told if PINNED in line]
    pins = [
        [t.name for t in p.tasks if t.constraint_type is ConstraintType.SNET] for p in (quiet, said)
    ]
    assert pins[0] == pins[1] == ["Marketing campaigns module"]


def test_s24tr_a_start_typed_in_the_csv_still_moves_its_task_unsaid(exported, capsys):
    plan, table = exported
    with table.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    row = next(r for r in rows[1:] if r[0] == "41")
    row[rows[0].index("Start")] = "2027-03-01 08:00"
    row[rows[0].index("Finish")] = "2027-03-04 17:00"
    with table.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    capsys.readouterr()
    assert main(["diff", str(plan), str(table)]) == 0
    out, err = capsys.readouterr()
    assert "moved    ID 41 'Test plan': Start 2027-02-17 08:00 -> 2027-03-01 08:00" in out
    assert PINNED not in err
