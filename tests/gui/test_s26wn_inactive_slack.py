"""An inactive task under a late summary shows no slack, as MS Project shows none: the
sheet, the printed column, the bar's hover text and gantry schedule (text and JSON)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import formats
from app.cli import main
from app.cli.schedule_json import schedule_to_dict
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.report.columns import CellText
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

TEST = 6  # under Build, made inactive


def _late_plan() -> Plan:
    """Build's deadline falls days before its subtasks finish: they run on negative slack."""
    plan = build_plan()
    plan.update_task(replace(plan.task(4), deadline=datetime(2026, 3, 6, 17)))
    plan.update_task(replace(plan.task(TEST), active=False))
    return plan


def test_s26wn_the_scheduler_still_gives_the_inactive_task_negative_slack():
    plan = _late_plan()
    found = schedule(plan)
    assert found[TEST].total_slack_minutes < 0  # what showed as "-6d"
    assert found[5].total_slack_minutes < 0  # an active one keeps its


def test_s26wn_the_sheet_shows_no_slack_for_an_inactive_task(qtbot):
    document = Document(_late_plan())
    model = TaskTreeModel(document)

    def cell(uid: int, column: Column) -> str:
        return model.index_of_uid(uid, column).data(Qt.ItemDataRole.DisplayRole)

    assert cell(TEST, Column.TOTAL_SLACK) == ""
    assert cell(TEST, Column.FREE_SLACK) == ""
    assert cell(5, Column.TOTAL_SLACK).startswith("-")
    tree = TaskTreeView(model)
    view = GanttView(document, tree)
    qtbot.addWidget(tree)
    qtbot.addWidget(view)
    assert "Total slack" not in view.tooltip_text(TEST)
    assert "Total slack: -" in view.tooltip_text(5)


def test_s26wn_the_printed_column_shows_no_slack_for_an_inactive_task():
    plan = _late_plan()
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(TEST, "slack") == ""
    assert cells.text(TEST, "free_slack") == ""
    assert cells.text(5, "slack").startswith("-")


def test_s26wn_gantry_schedule_gives_no_slack_for_an_inactive_task(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    plan = _late_plan()
    rows = {t["uid"]: t for t in schedule_to_dict(plan, schedule(plan))["tasks"]}
    assert rows[TEST]["total_slack_minutes"] is None
    path = tmp_path / "late.gantry"
    formats.write_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0  # the fast writer
    rows = {t["uid"]: t for t in json.loads(capsys.readouterr().out)["tasks"]}
    assert rows[TEST]["total_slack_minutes"] is None
    assert rows[TEST]["free_slack_minutes"] is None
    assert rows[5]["total_slack_minutes"] < 0
    assert main(["schedule", str(path)]) == 0  # the table: an empty Slack cell
    lines = capsys.readouterr().out.splitlines()
    assert " -" in next(line for line in lines if " Code " in line)
    assert " -" not in next(line for line in lines if " Test " in line)
