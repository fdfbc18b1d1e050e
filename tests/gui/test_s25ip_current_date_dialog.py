"""Project Information shows and sets the Current Date (unticked: today); the Budget view
then measures earned value at it and says so."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.store.document import GantryFile, read_plan
from app.ui.budget.view import BudgetView
from app.ui.dialogs.project_dialog import ProjectDialog
from tests.gui.conftest import build_plan

WED = datetime(2026, 3, 4, 8, 0)


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_s25ip_project_information_sets_the_current_date_one_undo_step(window, qtbot, tmp_path):
    doc = window.document
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert not dialog.current_date.check.isChecked()  # none set: today
    assert dialog.current_date.value() is None
    dialog.current_date.set_value(WED)
    dialog.show()
    dialog.grab().save("/tmp/s25ip_project_information.png")
    dialog.accept()
    assert dialog.error.text() == ""
    assert doc.plan.project.current_date == WED
    assert read_plan(doc.path).project.current_date == WED
    budget = BudgetView(doc, clock=lambda: datetime(2030, 1, 1, 9, 0))
    qtbot.addWidget(budget)
    assert "(Current Date)" in budget.status_label.text()
    doc.undo_stack.undo()
    assert doc.plan.project.current_date is None
    again = ProjectDialog(doc)
    qtbot.addWidget(again)
    assert not again.current_date.check.isChecked()
