"""Task Information: picking a constraint type offers the date that keeps the task where it is.

Found building a plan as an MS Project user: on a task running Fri 06-26 11:00 to Fri 07-03
11:00, choosing Finish No Later Than offered the task's *start* (06-26) as the constraint
date; OK then pinned the finish a week early and the task went late with negative slack.
MS Project fills a start constraint with the task's start and a finish constraint with its
finish, so OK with the offered date changes nothing but the type.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document


def _document() -> Document:
    plan = Plan(project=Project(name="Constraints", start=datetime(2026, 6, 22, 8, 0)))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=3 * 60))
    plan.append_task(Task(2, "Integration", 1, duration_minutes=5 * 480))
    plan.add_link(Link(1, 2, LinkType.FS))
    return Document(plan)


@pytest.mark.parametrize(
    ("kind", "edge"),
    [
        (ConstraintType.SNET, "start"),
        (ConstraintType.SNLT, "start"),
        (ConstraintType.MSO, "start"),
        (ConstraintType.FNET, "finish"),
        (ConstraintType.FNLT, "finish"),
        (ConstraintType.MFO, "finish"),
    ],
)
def test_a_new_constraint_is_offered_at_the_task_edge_it_holds(qtbot, kind, edge):
    document = _document()
    times = document.schedule[2]
    assert (times.start, times.finish) == (datetime(2026, 6, 22, 11), datetime(2026, 6, 29, 11))
    dialog = TaskDialog(document, 2)
    qtbot.addWidget(dialog)
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(kind))
    offered = dialog.constraint_date.dateTime().toPython()
    assert offered == getattr(times, edge)
    dialog.accept()
    assert not dialog.error.text()
    task = document.plan.task(2)
    assert (task.constraint_type, task.constraint_date) == (kind, getattr(times, edge))
    after = document.schedule[2]
    assert (after.start, after.finish) == (times.start, times.finish)  # OK moved nothing


def test_a_date_the_user_set_is_kept_when_the_type_changes(qtbot):
    document = _document()
    dialog = TaskDialog(document, 2)
    qtbot.addWidget(dialog)
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.SNET))
    typed = datetime(2026, 7, 6, 8, 0)
    dialog.constraint_date.setDateTime(typed)
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.FNLT))
    assert dialog.constraint_date.dateTime().toPython() == typed


def test_the_task_own_constraint_date_is_shown_as_it_is(qtbot):
    dated = datetime(2026, 7, 10, 17, 0)
    document = _document()
    task = replace(
        document.plan.task(2), constraint_type=ConstraintType.FNLT, constraint_date=dated
    )
    document.plan.update_task(task)
    dialog = TaskDialog(document, 2)
    qtbot.addWidget(dialog)
    assert dialog.constraint_date.dateTime().toPython() == dated
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.MFO))
    assert dialog.constraint_date.dateTime().toPython() == dated


def test_a_deadline_ticked_is_offered_at_the_end_of_the_finish_day(qtbot):
    """MS Project keeps a deadline at the end of its day ("Default end time"): ticking
    Deadline on a task finishing Mon 11:00 offered Mon 11:00, and a day picked in its
    calendar kept that 11:00, so a deadline set for Friday ended Friday morning."""
    document = _document()
    assert document.schedule[2].finish == datetime(2026, 6, 29, 11, 0)
    dialog = TaskDialog(document, 2)
    qtbot.addWidget(dialog)
    dialog.deadline.check.setChecked(True)
    assert dialog.deadline.value() == datetime(2026, 6, 29, 17, 0)
    dialog.deadline.edit.setDate(datetime(2026, 7, 3).date())  # picked in the calendar
    dialog.accept()
    assert document.plan.task(2).deadline == datetime(2026, 7, 3, 17, 0)
