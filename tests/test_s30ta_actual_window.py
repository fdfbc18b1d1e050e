"""The Usage view's Actual Work band takes a timesheet's hours (task s30ta, finding s30xt H1):
a click in the band picks it, hours typed there stay on that day, one undo step; bad text is
refused naming the task, the person and the day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from app.ui.usage.rows import Mode
from tests.test_s21ru_usage_window import open_usage
from tests.test_s30ta_actual_days import interviews

EDIT = Qt.ItemDataRole.EditRole
H = 60


def _maria_row(view) -> int:
    tree, shown = view.grid_model.tree, view.grid_model.shown
    return next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == "Maria" and tree.name(tree.parent[n]) == "Interviews"
    )


def _column(view, day: date) -> int:
    return view.grid_model.periods.starts.index(day)


def _task_usage_by_day(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, interviews())
    view.set_mode(Mode.TASKS)
    view.set_scale(Scale.DAYS)
    view.set_details((Detail.WORK, Detail.ACTUAL_WORK))
    view.wait_built()
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 1)
    return window, view


def test_s30ta_hours_typed_in_the_actual_band_stay_on_their_day(tmp_path, qtbot):
    window, view = _task_usage_by_day(tmp_path, qtbot)
    model, plan = view.grid_model, window.document.plan
    row, thu = _maria_row(view), _column(view, date(2027, 1, 7))
    index = model.index(row, thu)
    # a click in the cell's second band (Actual Work) picks it for typing
    delegate = view.grid.itemDelegate()
    option = QStyleOptionViewItem()
    option.rect = view.grid.visualRect(index)
    y = option.rect.top() + model.row_height + 2
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(option.rect.left() + 3, y),
        QPointF(option.rect.left() + 3, y),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    delegate.editorEvent(press, model, option, index)
    assert model.typed_detail() is Detail.ACTUAL_WORK
    depth = window.document.undo_stack.count()
    assert model.setData(index, "10h", EDIT)
    a = plan.assignment(1)
    assert a.actual_work_minutes == pytest.approx(10 * H)
    assert [p.start.date() for p in a.actual_days] == [date(2027, 1, 7)]
    assert window.document.undo_stack.count() == depth + 1
    assert window.document.undo_stack.undoText().startswith("Actual work of 'Maria' on")
    view.refresh()
    view.wait_built()
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 1)
    model = view.grid_model
    model.typing_band = 1
    row, thu = _maria_row(view), _column(view, date(2027, 1, 7))
    assert model.detail_texts(row, thu)[1][0] == "10.0h"
    assert model.index(row, thu).data(EDIT) == "10.0h"
    window.grab().save("/tmp/s30ta/actual_band.png")
    window.document.undo_stack.undo()
    assert plan.assignment(1).actual_work_minutes == 0
    assert plan.assignment(1).actual_days == ()


def test_s30ta_bad_hours_are_refused_naming_the_cell(tmp_path, qtbot):
    window, view = _task_usage_by_day(tmp_path, qtbot)
    model = view.grid_model
    model.typing_band = 1
    row, thu = _maria_row(view), _column(view, date(2027, 1, 7))
    before = list(window.document.plan.assignments)
    assert not model.setData(model.index(row, thu), "abc", EDIT)
    assert view.last_refusal.startswith("Interviews, Maria, ")
    assert "'abc' is not work" in view.last_refusal
    assert not model.setData(model.index(row, thu), "25h", EDIT)
    assert "a day has 24 hours" in view.last_refusal
    assert list(window.document.plan.assignments) == before


def test_s30ta_a_week_typed_in_resource_usage_is_laid_over_its_working_days(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, interviews())  # Resource Usage, by week
    view.set_details((Detail.WORK, Detail.ACTUAL_WORK))
    view.wait_built()
    model = view.grid_model
    tree, shown = model.tree, model.shown
    row = next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == "Interviews" and tree.name(tree.parent[n]) == "Aisha"
    )
    model.typing_band = 1
    assert model.setData(model.index(row, 0), "20h", EDIT)
    days = window.document.plan.assignment(2).actual_days
    assert [p.start.date() for p in days] == [date(2027, 1, d) for d in range(4, 9)]
    assert all(p.minutes == pytest.approx(4 * H) for p in days)
    window.document.undo_stack.undo()
    assert window.document.plan.assignment(2).actual_days == ()
