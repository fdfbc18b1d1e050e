"""An elapsed-duration task's slack is elapsed time (the scheduler counts it in 24-hour
minutes, app/domain/scheduling/results.py slack): the sheet, the bar's hover text and the
printed table show it in elapsed days, as MS Project shows an elapsed task's slack in edays.
Read as working minutes it was 3.2 times too long: a 3ed task with 33 hours to spare read
'4.13d'.

Plan: from Mon 2027-03-01 08:00, T1 3ed (to Thu 08:00) and T2 5d (to Fri 17:00), unlinked:
T1 can slip 33 hours, 1.375 elapsed days.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.columns import CellText
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.timescale import Timescale, level_named
from app.ui.document import Document
from app.ui.gantt.tooltip import tooltip_text
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480


def _document() -> Document:
    plan = Plan(project=Project(name="Elapsed", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Cure concrete", 1, duration_minutes=3 * 24 * 60, elapsed=True))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    return Document(plan)


def test_s17x2_elapsed_task_slack_reads_in_elapsed_days_in_the_sheet():
    doc = _document()
    assert doc.schedule[1].total_slack_minutes == 33 * 60  # elapsed minutes, on purpose
    model = TaskTreeModel(doc)
    for column in (Column.TOTAL_SLACK, Column.FREE_SLACK):
        assert model.index_of_uid(1, column).data(Qt.ItemDataRole.DisplayRole) == "1.38ed"
    # a working-time task's slack stays in working days
    assert model.index_of_uid(2, Column.TOTAL_SLACK).data() == "0d"


def test_s17x2_elapsed_task_slack_reads_in_elapsed_days_on_the_bar():
    doc = _document()
    scale = Timescale.at_level(datetime(2027, 3, 1), level_named("days"))
    chart = GanttPainter(doc.plan, doc.schedule, scale, ChartOptions())
    text = tooltip_text(doc, chart, 1)
    assert "Total slack: 1.38ed" in text
    assert "Total slack: 0d" in tooltip_text(doc, chart, 2)


def test_s17x2_elapsed_task_slack_prints_in_elapsed_days():
    doc = _document()
    cells = CellText(doc.plan, doc.schedule, {})
    assert cells.text(1, "slack") == "1.38ed"
    assert cells.text(1, "free_slack") == "1.38ed"
    assert cells.text(2, "slack") == "0d"
