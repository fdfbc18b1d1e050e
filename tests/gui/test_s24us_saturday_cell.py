"""The Usage day view's Saturday cell takes work typed into it (it refused: 'no working time
in that period') and reads back what was typed; one undo step takes it back; a Saturday after
the task's finish is refused in one line saying what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.task import Task
from app.domain.usage_periods import Scale
from tests.test_s21ru_usage_window import open_usage
from tests.test_s23us_typed_period import anna_plan
from tests.test_s23us_usage_cell import _anna_row

EDIT = Qt.ItemDataRole.EditRole
SAT, NEXT_SAT = 5, 26  # day columns from Mon 1 Mar 2027 (Design runs four weeks)


def test_s24us_a_saturday_cell_takes_typed_work(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, anna_plan())
    view.set_scale(Scale.DAYS)
    document = window.document
    before = list(document.plan.assignments)
    model = view.grid_model
    row = _anna_row(view)
    assert model.index(row, SAT).data() in (None, "")
    assert model.setData(model.index(row, SAT), "6h", EDIT), view.last_refusal
    view.refresh()
    assert model.index(row, SAT).data() == "6.0h"
    assert model.index(row, SAT - 1).data() == "8.0h"  # the Friday keeps its day
    assert document.plan.assignment(1).work_minutes == 166 * 60
    window.grab().save("/tmp/s24us/s24us_saturday_cell.png")
    document.undo_stack.undo()
    assert document.plan.assignments == before


def test_s24us_a_saturday_after_the_finish_is_refused_in_one_line(tmp_path, qtbot):
    plan = anna_plan()
    plan.append_task(Task(2, "Rollout", duration_minutes=30 * 480))  # the days run on
    window, view = open_usage(tmp_path, qtbot, plan)
    view.set_scale(Scale.DAYS)
    before = list(window.document.plan.assignments)
    model = view.grid_model
    assert model.columnCount() > NEXT_SAT, model.columnCount()
    assert not model.setData(model.index(_anna_row(view), NEXT_SAT), "4h", EDIT)
    assert "a day off for" in view.last_refusal
    assert "Change Working Time" in view.last_refusal
    assert "\n" not in view.last_refusal
    assert window.document.plan.assignments == before
