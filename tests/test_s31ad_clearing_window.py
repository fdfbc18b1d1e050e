"""The Usage band's Actual Work cleared in the window (task s31ad): Aisha's Wednesday emptied
lays Interviews anew from the work left, 5 days, as Usage shows it (s31fd); Assignment
Information's 0 keeps it 7 days long; one undo brings the Wednesday back."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.ui.usage.rows import Mode
from tests.test_s21ru_usage_window import open_usage
from tests.test_s31ad_clearing_keeps_length import WED, _kept, _stretched

EDIT = Qt.ItemDataRole.EditRole


def _aisha_wednesday(view):
    model = view.grid_model
    tree, shown = model.tree, model.shown
    row = next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == "Aisha" and tree.name(tree.parent[n]) == "Interviews"
    )
    return model.index(row, model.periods.starts.index(WED))


def test_s31ad_the_band_emptied_lays_the_task_anew_and_undo_brings_the_day_back(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, _stretched())
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.DAYS)
    view.set_details((Detail.WORK, Detail.ACTUAL_WORK))
    view.wait_built()
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 1)
    model, plan = view.grid_model, window.document.plan
    model.typing_band = 1  # the Actual Work band
    was = plan.assignment(2).actual_days
    assert [p.start.date() for p in was] == [date(2027, 1, 6)]
    assert model.setData(_aisha_wednesday(view), "0h", EDIT)
    assert plan.assignment(2).actual_days == ()
    assert plan.task(1).duration_minutes == 5 * 480  # the bar ends with the work (s31fd)
    assert window.document.schedule[1].finish == datetime(2027, 1, 8, 17, 0)
    window.document.undo_stack.undo()
    assert plan.assignment(2).actual_days == was
    _kept(plan)
    window.close()


def test_s31ad_actual_work_zero_in_the_window_keeps_the_task_long(tmp_path, qtbot):
    from app.ui.actual_work_command import (
        assignment_actual_work_command,
        task_actual_work_command,
    )

    window, _view = open_usage(tmp_path, qtbot, _stretched())
    document, plan = window.document, window.document.plan
    was = (plan.task(1), list(plan.assignments_of_task(1)))
    document.push(assignment_actual_work_command(document, 2, 0))  # Assignment Information
    assert plan.assignment(2).actual_days == ()
    _kept(plan)
    command = task_actual_work_command(document, 1, 0)  # the Tracking table's Actual Work
    assert command is not None
    document.push(command)
    assert plan.task(1).percent_complete == 0
    _kept(plan)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert (plan.task(1), list(plan.assignments_of_task(1))) == was
    window.close()
