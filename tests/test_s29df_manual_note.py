"""``gantry diff plan.gantry client.xlsx`` beside a ``--no-roundtrip`` workbook names the plan's
manually scheduled tasks.

The Plan sheet has no Task Mode: read back, a manually scheduled task is scheduled
automatically and moves where its links put it. The diff listed the move like any other,
with no word of why (shared schedule-conflict.xml: five tasks moved, nothing typed). One
note now names them, so a PM reads those moves as the sheet's, not the client's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import write_plan

MON = datetime(2027, 1, 4, 8)
DAY = 480


def _diff(tmp_path: Path, capsys: pytest.CaptureFixture[str], manual: bool) -> tuple[str, str]:
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=DAY))
    cure = Task(2, "Cure", duration_minutes=DAY)
    if manual:  # typed where its link cannot put it: the same day as Pour
        cure = replace(cure, manual=True, start=MON, finish=datetime(2027, 1, 4, 17))
    plan.append_task(cure)
    plan.add_link(Link(1, 2))
    source = tmp_path / "site.gantry"
    write_plan(plan, source)
    book = tmp_path / "client.xlsx"
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) == 0
    capsys.readouterr()
    assert main(["diff", str(source), str(book)]) == 0
    said = capsys.readouterr()
    return said.out, said.err


def test_s29df_a_manually_scheduled_task_is_named_beside_its_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, err = _diff(tmp_path, capsys, manual=True)
    assert "moved    ID 2 'Cure'" in out  # read back scheduled automatically, after Pour
    notes = [line for line in err.splitlines() if "manually scheduled" in line]
    assert notes == [
        "gantry: note: 1 task of site.gantry is manually scheduled; the Plan sheet has no Task "
        "Mode and reads it scheduled automatically, where links and the project's start place "
        "it: its move below may come from that, not a change typed (first: 'Cure')"
    ]


def test_s29df_no_manual_task_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _diff(tmp_path, capsys, manual=False)
    assert out.strip() == "no changes"
    assert "manually scheduled" not in err
