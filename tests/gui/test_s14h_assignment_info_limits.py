"""Assignment Information refuses work or units that would spread an assignment over more
than the plan's working time in the years Gantry schedules, naming the field and the limit
(it said "calendar 'Standard': dates too far apart to schedule")."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document

DAY = 480


def _dialog(qtbot) -> AssignmentInfoDialog:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Review", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    dialog = AssignmentInfoDialog(Document(plan), 1)
    qtbot.addWidget(dialog)
    return dialog


def test_huge_work_names_work_and_the_limit(qtbot):
    dialog = _dialog(qtbot)
    dialog.work.setText("99999999999h")
    with pytest.raises(InputError) as info:
        dialog.command()
    message = str(info.value)
    # past the calendars' 1,200 years the notation's bound names it first (notation.py)
    assert message.startswith("Work: '99999999999h' is too long: work can be at most ")
    assert "2999" in message
    dialog.work.setText("9999999h")  # within the notation's bound, past 1,200 years of weeks
    with pytest.raises(InputError) as info:
        dialog.command()
    message = str(info.value)
    assert message.startswith("Work: '9999999h' is more than ")
    assert message.endswith(
        ", 1,200 years of this plan's working time (Gantry schedules from 1800 to 2999)"
    )


def test_tiny_units_names_units(qtbot):
    dialog = _dialog(qtbot)
    dialog.units.setText("0.0001%")
    with pytest.raises(InputError, match=r"^Units: '0.0001%' would spread the work over more"):
        dialog.command()


def test_ordinary_values_still_pass(qtbot):
    dialog = _dialog(qtbot)
    dialog.units.setText("50%")
    dialog.work.setText("2000h")
    assert dialog.command() is not None
