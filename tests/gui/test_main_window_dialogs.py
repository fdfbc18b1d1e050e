"""Task Information and Project Information: OK is one undoable step, bad input keeps the dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from app.domain.link import LinkType
from app.domain.task import ConstraintType
from app.ui.dialogs.about import about_text
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document


@pytest.fixture
def doc(plan):
    return Document(plan)


def test_task_dialog_applies_every_field_as_one_step(doc, qtbot):
    dialog = TaskDialog(doc, 6)
    qtbot.addWidget(dialog)
    assert dialog.duration.text() == "2d"
    assert dialog.predecessors.text() == "5"
    dialog.name.setText("System test")
    dialog.duration.setText("3d")
    dialog.percent.setValue(25)
    dialog.predecessors.setText("5;2SS+1d")
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.SNET))
    dialog.constraint_date.setDateTime(QDateTime(datetime(2026, 4, 1, 8, 0)))
    dialog.deadline.set_value(datetime(2026, 5, 1, 17, 0))
    dialog.notes.setPlainText("Needs the lab")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    task = doc.plan.task(6)
    assert task.name == "System test"
    assert task.duration_minutes == 3 * 480
    assert task.percent_complete == 25
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 4, 1, 8, 0)
    assert task.deadline == datetime(2026, 5, 1, 17, 0)
    assert task.notes == "Needs the lab"
    link = doc.plan.find_link(2, 6)
    assert link.type is LinkType.SS
    assert link.lag_minutes == 480
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Edit task 'Test'"
    doc.undo_stack.undo()
    assert doc.plan.task(6).name == "Test"
    assert doc.plan.find_link(2, 6) is None
    assert doc.plan.task(6).constraint_type is ConstraintType.ASAP


def test_task_dialog_keeps_bad_input_open(doc, qtbot):
    dialog = TaskDialog(doc, 6)
    qtbot.addWidget(dialog)
    dialog.duration.setText("soon")
    dialog.accept()
    assert "soon" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.duration.setText("2d")
    dialog.predecessors.setText("7")  # Go-live follows Test: a cycle
    dialog.accept()
    assert "cycle" in dialog.error.text()
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(6).name == "Test"


def test_unchanged_task_dialog_pushes_nothing(doc, qtbot):
    dialog = TaskDialog(doc, 4)
    qtbot.addWidget(dialog)
    assert not dialog.duration.isEnabled()  # a summary's duration comes from its subtasks
    dialog.accept()
    assert doc.undo_stack.count() == 0


def test_project_dialog(doc, qtbot):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.name.setText("CRM roll-out")
    dialog.currency.setText("usd")
    dialog.currency_symbol.setText("$")
    dialog.start.setDateTime(QDateTime(datetime(2026, 3, 9, 8, 0)))
    dialog.status_date.set_value(datetime(2026, 3, 20, 17, 0))
    dialog.accept()
    project = doc.plan.project
    assert (project.name, project.currency, project.currency_symbol) == ("CRM roll-out", "USD", "$")
    assert project.start == datetime(2026, 3, 9, 8, 0)
    assert project.status_date == datetime(2026, 3, 20, 17, 0)
    assert doc.schedule.start >= datetime(2026, 3, 9)
    doc.undo_stack.undo()
    assert doc.plan.project.name == "Sample"
    bad = ProjectDialog(doc)
    qtbot.addWidget(bad)
    bad.currency.setText("E1")
    bad.accept()
    assert "currency" in bad.error.text()


def test_about_names_the_product():
    assert "Gantry" in about_text()


def test_task_dialog_dates_behave_like_the_table(doc, qtbot):
    times = doc.schedule[5]
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert dialog.start.dateTime().toPython() == times.start
    dialog.start.setDateTime(QDateTime(datetime(2026, 4, 6, 8, 0)))
    dialog.accept()
    task = doc.plan.task(5)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 4, 6, 8, 0)
    assert doc.undo_stack.count() == 1
    again = TaskDialog(doc, 5)
    qtbot.addWidget(again)
    start = doc.schedule[5].start
    again.finish.setDateTime(QDateTime(start.replace(hour=17)))
    again.accept()
    assert doc.plan.task(5).duration_minutes == 480
    assert doc.schedule[5].finish == start.replace(hour=17)
    summary = TaskDialog(doc, 4)
    qtbot.addWidget(summary)
    assert not summary.start.isEnabled()


def test_project_dialog_sets_public_holidays_that_move_the_schedule(doc, qtbot):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.start.setDateTime(QDateTime(datetime(2026, 12, 21, 8, 0)))
    dialog.accept()
    without = doc.schedule.finish
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.holidays.setText("de")
    dialog.accept()
    assert doc.plan.calendar().holiday_country == "DE"
    assert doc.schedule.finish > without  # Christmas Day and Boxing Day are off in Germany
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.calendar().holiday_country is None
    assert doc.schedule.finish == without
    bad = ProjectDialog(doc)
    qtbot.addWidget(bad)
    bad.holidays.setText("XQ")
    bad.accept()
    assert "XQ" in bad.error.text()
    assert doc.plan.calendar().holiday_country is None


def test_task_information_does_not_offer_a_persons_days_off_as_a_task_calendar(doc, qtbot):
    from datetime import date

    from app.domain.resource import Resource
    from app.domain.vacations import add_vacation, people_calendar_uids

    doc.plan.add_resource(Resource(1, "Ana"))
    add_vacation(doc.plan, 1, date(2026, 3, 9), date(2026, 3, 13))
    personal = people_calendar_uids(doc.plan)
    assert personal  # Ana's days off live in a calendar of her own
    dialog = TaskDialog(doc, 6)
    qtbot.addWidget(dialog)
    offered = {dialog.calendar.itemData(i) for i in range(dialog.calendar.count())}
    assert None in offered  # the project calendar
    assert not offered & personal
