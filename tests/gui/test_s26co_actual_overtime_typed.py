"""Actual Overtime Work is typed in Assignment Information, as in MS Project: kept on the
assignment, paid at the overtime rate, one undo step; more than the work done is refused
naming the field. The sample plan (tests/gui/conftest.py): Code (uid 5), Ana at 100/h,
150/h overtime (tests/gui/test_s25bl_assignment_actual_overtime.py)."""

from __future__ import annotations

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from tests.gui.test_s25bl_assignment_actual_overtime import _with_progress

H = 60


def _ok(qtbot, doc, **typed: str) -> AssignmentInfoDialog:
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    for name, text in typed.items():
        getattr(dialog, name).setText(text)
    dialog.accept()
    return dialog


def test_s26co_actual_overtime_typed_is_kept_and_paid_at_the_overtime_rate(qtbot):
    doc = _with_progress(50.0)  # 20h done of 40h, 8h of it overtime: 4h overtime done
    before = doc.costs.assignments[1].actual_cost
    assert before == 16 * 100 + 4 * 150
    dialog = _ok(qtbot, doc, actual_overtime="6h")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(1).actual_overtime_work_minutes == 6 * H
    assert doc.costs.assignments[1].actual_cost == 14 * 100 + 6 * 150
    assert AssignmentInfoDialog(doc, 1).actual_overtime.text() == "6h"
    doc.undo_stack.undo()
    assert doc.plan.assignment(1).actual_overtime_work_minutes == 0
    assert doc.costs.assignments[1].actual_cost == before
    doc.undo_stack.redo()
    assert doc.plan.assignment(1).actual_overtime_work_minutes == 6 * H


def test_s26co_actual_overtime_beyond_the_work_done_is_refused(qtbot):
    doc = _with_progress(50.0)
    dialog = _ok(qtbot, doc, actual_overtime="21h")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Actual overtime work: 21h is more than the actual")
    assert doc.plan.assignment(1).actual_overtime_work_minutes == 0
    # typed with more actual work in the same OK: judged against that
    dialog = _ok(qtbot, doc, actual_work="30h", actual_overtime="21h")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert doc.plan.assignment(1).actual_overtime_work_minutes == 21 * H
    assert doc.costs.assignments[1].actual_work_minutes == 30 * H


def test_s26co_actual_overtime_typed_survives_ms_project_xml(qtbot, tmp_path):
    from app.formats import read_plan, write_plan

    doc = _with_progress(50.0)
    _ok(qtbot, doc, actual_overtime="6h")
    path = tmp_path / "typed.xml"
    write_plan(doc.plan, path)
    back = read_plan(path)
    got = next(a for a in back.assignments if a.actual_overtime_work_minutes)
    assert got.actual_overtime_work_minutes == 6 * H
