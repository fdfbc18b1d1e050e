"""Actual overtime typed beyond the planned overtime raises Overtime Work to it, as in MS
Project (Overtime Work = Actual Overtime + Remaining Overtime), so Cost never falls below
Actual Cost (tester s30xt, H3: Cost 1,230 against Actual Cost 1,330). The sample plan
(tests/gui/conftest.py): Code (uid 5), Ana at 100/h, 150/h overtime."""

from __future__ import annotations

from dataclasses import replace

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document
from tests.gui.test_s23ot_overtime_column import _document

H = 60


def _done(percent: float) -> Document:
    plan = _document().plan  # no planned overtime
    at = [t.uid for t in plan.tasks].index(5)
    plan.tasks[at] = replace(plan.task(5), percent_complete=percent)
    return Document(plan)


def test_s30tb_actual_overtime_without_planned_overtime_keeps_cost_above_actual(qtbot):
    doc = _done(100.0)
    assert doc.plan.assignment(1).overtime_work_minutes == 0
    work = doc.costs.assignments[1].work_minutes
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.actual_overtime.setText("2h")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    a = doc.plan.assignment(1)
    assert a.actual_overtime_work_minutes == 2 * H
    assert a.overtime_work_minutes == 2 * H
    cost = doc.costs.assignments[1]
    assert cost.actual_cost == (work / H - 2) * 100 + 2 * 150
    assert cost.cost >= cost.actual_cost
    assert cost.cost == cost.actual_cost  # all done: nothing remains
    doc.undo_stack.undo()  # one step puts both back
    a = doc.plan.assignment(1)
    assert (a.overtime_work_minutes, a.actual_overtime_work_minutes) == (0, 0)


def test_s30tb_actual_overtime_below_the_planned_overtime_leaves_it(qtbot):
    doc = _done(50.0)
    plan = doc.plan
    plan.assignments[0] = replace(plan.assignment(1), overtime_work_minutes=8 * H)
    doc = Document(plan)
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.actual_overtime.setText("3h")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(1).overtime_work_minutes == 8 * H
