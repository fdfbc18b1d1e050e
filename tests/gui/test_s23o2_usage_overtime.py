"""Task and Resource Usage show each person's Overtime Work beside their Work and take it
typed on an assignment row, as MS Project's Usage sheets do: 8h typed for Ana on the 40h
Code makes it 4 days, one undo step; bad text is one line and changes nothing.

The sample plan (tests/gui/conftest.py via tests/gui/test_s23ot_overtime_column.py): Code
(uid 5) lasts 5 days; Ana (100 %) works its 40h.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.usage_detail_rows import Detail
from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import OVERTIME, RowKeyRole
from app.ui.usage.view import UsageView
from tests.gui.test_s23ot_overtime_column import _document

DAY = 480


def _view(qtbot, mode: Mode) -> UsageView:
    view = UsageView(_document())
    qtbot.addWidget(view)
    view.set_mode(mode)
    view.resize(1200, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.document.undo_stack.clear()
    return view


def _row(view: UsageView, key: tuple[str, int]) -> int:
    model = view.tree_model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(RowKeyRole) == key)


def _cell(view: UsageView, key: tuple[str, int]):
    return view.tree_model.index(_row(view, key), OVERTIME)


def test_s23o2_overtime_typed_on_an_assignment_row_shortens_the_task_in_one_undo_step(qtbot):
    view = _view(qtbot, Mode.TASKS)
    model, document = view.tree_model, view.document
    assert model.headerData(OVERTIME, Qt.Orientation.Horizontal) == "Overtime Work"
    cell = _cell(view, ("assignment", 1))
    assert cell.data() == "0.0h"
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    task_cell = _cell(view, ("task", 5))
    assert not task_cell.flags() & Qt.ItemFlag.ItemIsEditable  # a task sums its people's

    assert model.setData(cell, "8h")
    a = document.plan.assignment(1)
    assert (a.work_minutes, a.overtime_work_minutes) == (40 * 60, 8 * 60)
    assert document.plan.task(5).duration_minutes == 4 * DAY
    assert document.undo_stack.count() == 1
    assert _cell(view, ("assignment", 1)).data() == "8.0h"
    assert _cell(view, ("task", 5)).data() == "8.0h"  # the task's row sums it

    document.undo_stack.undo()
    assert document.plan.task(5).duration_minutes == 5 * DAY
    assert document.plan.assignment(1).overtime_work_minutes == 0


def test_s23o2_a_persons_row_sums_their_overtime_and_their_assignment_takes_it(qtbot):
    view = _view(qtbot, Mode.RESOURCES)
    model = view.tree_model
    assert model.setData(_cell(view, ("assignment", 1)), "8h")
    assert _cell(view, ("resource", 1)).data() == "8.0h"
    assert view.document.plan.task(5).duration_minutes == 4 * DAY
    assert model.setData(_cell(view, ("assignment", 1)), "8.0h") is False  # typed back


def test_s23o2_bad_overtime_is_one_line_and_changes_nothing(qtbot):
    view = _view(qtbot, Mode.TASKS)
    model, document = view.tree_model, view.document
    for text, said in (("lots", "Overtime Work"), ("40h", "less than the work")):
        assert model.setData(_cell(view, ("assignment", 1)), text) is False
        assert said in view.last_refusal
        assert "\n" not in view.last_refusal
    assert document.plan.task(5).duration_minutes == 5 * DAY
    assert document.undo_stack.count() == 0
    view.tree.setCurrentIndex(_cell(view, ("assignment", 1)))
    view.grab().save("/tmp/s23o2/usage.png")


def test_s23o2_usage_cost_by_week_holds_regular_and_overtime_in_the_four_days(qtbot):
    view = _view(qtbot, Mode.TASKS)
    assert view.tree_model.setData(_cell(view, ("assignment", 1)), "8h")
    view.set_details([Detail.WORK, Detail.COST])
    model = view.grid_model
    node = model.shown[_row(view, ("assignment", 1))]
    work = model.tree.values(node, model.periods)
    cost = model.figures.values(node, Detail.COST)
    weeks = [k for k in range(len(model.periods)) if cost[k]]
    # Fri 6 Mar, then Mon to Wed: 32h regular at 100/h and 8h overtime at 150/h, 4 days,
    # 10h a day (the overtime spread over the regular span)
    assert [model.periods.starts[k].isoformat() for k in weeks] == ["2026-03-02", "2026-03-09"]
    assert [round(work[k]) for k in weeks] == [10 * 60, 30 * 60]
    assert [round(cost[k]) for k in weeks] == [1100, 3300]
    texts = [model.detail_texts(_row(view, ("assignment", 1)), k)[1][0] for k in weeks]
    assert all(texts)
