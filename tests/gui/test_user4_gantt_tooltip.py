"""Hover text of a bar reads as the plan's text, whatever characters its names hold."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextDocument

from app.domain.resource import Assignment, Resource
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


def _shown(html: str) -> str:
    """The text the rich-text tooltip shows."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_a_name_with_angle_brackets_and_ampersand_shows_as_written(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), name="Code <ERP> adapter & tests"))
    plan.add_resource(Resource(1, "R&D <contractor>"))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 5 * 480))
    doc = Document(plan)
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    qtbot.addWidget(tree)
    qtbot.addWidget(gantt)
    shown = _shown(gantt.tooltip_text(5))
    # '<ERP>' read as a tag vanished from the tooltip: 'Code  adapter & tests'
    assert "Code <ERP> adapter & tests" in shown
    assert "R&D <contractor>" in shown
    assert "Start: " in shown
