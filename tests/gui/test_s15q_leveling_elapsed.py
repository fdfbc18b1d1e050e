"""The bar's hover text and the Indicators mark say a leveling delay in elapsed days, as MS
Project's Leveling Delay field and ``gantry diff`` do: ten working days over two weekends
read 14ed (they said 10d); a started task's pause stays in working days."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QSplitter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.indicators import TaskIndicators, leveling_delay_text
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView

DAY = 480


def _plan(percent: float = 0.0) -> Plan:
    plan = Plan(project=Project(name="Delay", start=datetime(2026, 3, 2, 8, 0)))  # a Monday
    started = datetime(2026, 3, 2, 8, 0) if percent else None
    plan.append_task(
        Task(
            1,
            "Build",
            duration_minutes=2 * DAY,
            leveling_delay_minutes=10 * DAY,
            percent_complete=percent,
            actual_start=started,
        )
    )
    return plan


def test_the_indicator_says_elapsed_days():
    plan = _plan()
    marks = TaskIndicators(plan, schedule(plan)).tooltip(1)
    assert marks is not None
    assert "This task is delayed 14ed by leveling" in marks


def test_a_started_tasks_pause_stays_in_working_days():
    plan = _plan(percent=50.0)
    found = schedule(plan)
    assert leveling_delay_text(plan, found, 1) == "10d"
    marks = TaskIndicators(plan, found).tooltip(1)
    assert marks is not None
    assert "resumes 10d later" in marks


def test_the_bars_hover_text_says_elapsed_days(qtbot):
    doc = Document(_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    qtbot.addWidget(splitter)
    assert "Leveling delay: 14ed" in gantt.tooltip_text(1)
