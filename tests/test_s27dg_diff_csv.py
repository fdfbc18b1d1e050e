"""gantry diff with a CSV: a task the client added at the end, and the CSV change report.

A task added after the last one moves the project's finish while no task moves; the diff
printed no summary, so the later finish went unsaid. And ``-o changes.csv`` (and Compare
with Plan's Save as CSV) wrote the money as the environment shows it (``1.620,00 €`` in
German), which a spreadsheet takes as text; the plan's own CSV writes bare numbers (and
its moments ISO, as this CSV now does too).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _added_at_end(tmp_path: Path) -> tuple[Path, Path]:
    plan = tmp_path / "plan.gantry"
    shutil.copy(DEMO, plan)
    table = tmp_path / "client.csv"
    assert main(["convert", str(plan), str(table)]) == 0
    with table.open("a", encoding="utf-8", newline="") as out:
        csv.writer(out).writerow(
            ["", "", "", "New review", "2d", "", "", "61", "Maria Lopez", "0%", "100.00", "", ""]
        )
    return plan, table


def test_s27dg_a_task_added_at_the_end_says_the_later_finish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, table = _added_at_end(tmp_path)
    capsys.readouterr()
    assert main(["diff", str(plan), str(table)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("project: Finish ")  # s27dx: the project's dates lead the text
    assert lines[1] == "added    ID 62 'New review' (UID 62)"  # s27di: added: its UID too
    assert lines[-1] == (
        "summary: 3 changes; no task moved; "
        "Finish 2027-06-01 17:00 -> 2027-06-03 17:00 (+2d working, +2 calendar days)"
    )
    assert main(["diff", str(plan), str(table), "--json"]) == 0
    assert '"finish": {' in capsys.readouterr().out


def test_s27dg_csv_report_money_is_plain_numbers_whatever_the_locale(tmp_path: Path) -> None:
    plan, table = _added_at_end(tmp_path)
    out = tmp_path / "changes.csv"
    env = {**os.environ, "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "diff", str(plan), str(table), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig") as read:
        rows = list(csv.reader(read))
    facts = {r[0]: r[1:] for r in rows if r}
    assert facts["Cost (EUR)"] == ["207210.00", "208830.00", "1620.00"]
    assert facts["BAC (EUR)"] == ["207210.00", "207210.00", ""]
    head = rows.index(
        [
            "Change",
            "Item",
            "Field",
            "Old",
            "New",
            "Difference",
            "Work change",
            "Cost change (EUR)",
            "UID",  # s27dx: the task named by its ID, its UID here
        ]
    )
    changes = rows[head + 1 :]
    # s27dx: after the slipped finish and the link (a schedule change) it came with
    added = [r for r in changes if r[0] == "added" and r[1].startswith("ID ")]
    assert added == [["added", "ID 62 'New review'", "", "", "", "", "+16h", "1620.00", "62"]]
    finish = [r for r in changes if r[1].startswith("Project ")]
    assert len(finish) == 1
    assert finish[0][0] == "moved"
    # its dates ISO, as the plan's CSV writes them (01.06.2027 in German before)
    assert finish[0][2:5] == ["Finish", "2027-06-01 17:00", "2027-06-03 17:00"]
    assert facts["Report made"][0][:2] == "20"  # 2026-..., not 28.11.2026
