"""A finish-to-finish or start-to-finish predecessor typed onto a summary task was taken, then
ignored by the scheduler (a 'Scheduling issues' line): MS Project refuses it as it is typed.
The sheet's Predecessors cell and Task Information now refuse it in one line and change
nothing; FS and SS stay allowed, and a plan read from a file that holds one keeps it (only a
new one is refused, so the row's other links can still be edited).

Plan: 1 A (3d), 2 S summary of 3 c1 (2d) and 4 c2 (4d).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.models.predecessor_cells import parse_links
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480
EDIT = Qt.ItemDataRole.EditRole


def _plan() -> Plan:
    plan = Plan(project=Project(name="Summary links", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "A", 1, duration_minutes=3 * DAY))
    plan.append_task(Task(2, "S", 1))
    plan.append_task(Task(3, "c1", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(4, "c2", 2, duration_minutes=4 * DAY))
    return plan


@pytest.mark.parametrize("text", ["1FF", "1SF+1d", "1FF-20%"])
def test_s17x2_a_summary_refuses_a_typed_ff_or_sf_predecessor(text):
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    steps = doc.undo_stack.count()
    assert not model.setData(model.index_of_uid(2, Column.PREDECESSORS), text, EDIT)
    assert doc.plan.links == []
    assert doc.undo_stack.count() == steps
    assert not doc.schedule.issues
    with pytest.raises(InputError, match=r"summary 'S'.*finish-to-finish or start-to-finish"):
        parse_links(doc.plan, 2, text)


@pytest.mark.parametrize("text", ["1", "1SS+1d"])
def test_s17x2_a_summary_takes_fs_and_ss_predecessors(text):
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    assert model.setData(model.index_of_uid(2, Column.PREDECESSORS), text, EDIT)
    assert len(doc.plan.links) == 1


def test_s17x2_a_subtask_still_takes_ff():
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    assert model.setData(model.index_of_uid(3, Column.PREDECESSORS), "1FF", EDIT)
    assert doc.plan.links[0].type is LinkType.FF


def test_s17x2_an_ff_link_a_file_gave_a_summary_is_kept_when_its_row_is_edited():
    plan = _plan()
    plan.append_task(Task(5, "B", 1, duration_minutes=DAY))
    plan.add_link(Link(1, 2, LinkType.FF))
    doc = Document(plan)
    model = TaskTreeModel(doc)
    assert model.setData(model.index_of_uid(2, Column.PREDECESSORS), "1FF,5SS", EDIT)
    assert {(lk.predecessor, lk.type) for lk in doc.plan.links} == {
        (1, LinkType.FF),
        (5, LinkType.SS),
    }


def test_s17x2_task_information_refuses_it_too(qtbot):
    from app.ui.dialogs.task_dialog import TaskDialog

    doc = Document(_plan())
    dialog = TaskDialog(doc, 2)
    qtbot.addWidget(dialog)
    dialog.predecessors.setText("1FF")
    dialog.accept()
    assert "finish-to-finish or start-to-finish" in dialog.error.text()
    assert doc.plan.links == []
