"""Assignment Information shows the person's Baseline Work and Cost (Set Baseline's), which
stay as saved when their work or contour is changed afterwards; NA before Set Baseline."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document


def _doc() -> Document:
    plan = Plan(
        project=Project(start=datetime(2027, 3, 1, 8, 0)), calendars={1: standard_calendar()}
    )
    plan.append_task(Task(1, "Write", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    return Document(plan)


def test_s29mo_assignment_information_shows_the_persons_baseline(qtbot):
    doc = _doc()
    first = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(first)
    assert (first.baseline_work.text(), first.baseline_cost.text()) == ("NA", "NA")
    plan = doc.plan
    plan.set_baseline(snapshot(plan, doc.schedule, doc.costs, 0, datetime(2027, 3, 1)))
    plan.assignments[0] = replace(
        plan.assignments[0], work_minutes=48 * 60, contour=WorkContour.BACK_LOADED
    )
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.baseline_work.text() == "40h"
    assert dialog.baseline_cost.text() == "€2,000.00"
    dialog.close()
