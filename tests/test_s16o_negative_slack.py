"""Negative slack reads negative everywhere, as MS Project's Total Slack column shows it.

A 5-day Build feeding a Ship that must finish on the Wednesday misses it by three
days: Build's total slack is -3d. ``gantry schedule`` printed '0d' (``max(slack,
0)``) while its JSON held -1440 minutes; the sheet's Total Slack column and the
printed table already said -3d, and must go on saying it.
"""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.report.columns import CellText
from app.store.document import write_plan
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480


def _plan() -> Plan:
    plan = Plan(Project(name="Late", start=datetime(2026, 3, 2, 8)))
    plan.insert_tasks(
        0,
        [
            Task(1, "Build", 1, duration_minutes=5 * DAY),
            Task(
                2,
                "Ship",
                1,
                duration_minutes=DAY,
                constraint_type=ConstraintType.MFO,
                constraint_date=datetime(2026, 3, 4, 17),
            ),
            Task(3, "Docs", 1, duration_minutes=DAY),
        ],
    )
    plan.add_link(Link(1, 2))
    return plan


def _slack_column(text: str) -> dict[str, str]:
    lines = text.splitlines()
    at = lines[0].index("Slack")
    name_at = lines[0].index("Name")
    out = {}
    for line in lines[1:]:
        if not line.strip():
            break
        out[line[name_at:].split()[0]] = line[at:].split()[0]
    return out


def test_the_schedule_table_shows_the_missed_constraints_negative_slack(tmp_path, capsys):
    plan = _plan()
    assert schedule(plan)[1].total_slack_minutes == -3 * DAY  # the scheduler's value
    path = tmp_path / "late.gantry"
    write_plan(plan, path)
    assert main(["schedule", str(path)]) == 0
    slacks = _slack_column(capsys.readouterr().out)
    assert slacks == {"Build": "-3d", "Ship": "0d", "Docs": "4d"}  # Build was 0d


def test_the_sheet_and_the_printout_show_it_too(qtbot):
    plan = _plan()
    doc = Document(plan)
    model = TaskTreeModel(doc)
    total = model.index_of_uid(1, Column.TOTAL_SLACK).data()
    free = model.index_of_uid(1, Column.FREE_SLACK).data()
    times = doc.schedule[1]
    assert total == "-3d"
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "slack") == total
    # free slack as computed, in the same unit on screen and on paper
    assert cells.text(1, "free_slack") == free
    assert free.startswith("-") == (times.free_slack_minutes < 0)
