"""Usage with Include Work from Other Plans: only Resource Usage reaches other plans' dates;
Task Usage, which shows none of their work, kept the longer axis (empty columns after this
plan's last work). And the Resource Name column widened for opened other-plan task rows but
never narrowed again once they were closed or the plans left out."""

from __future__ import annotations

from app.ui.usage.rows import Mode
from app.ui.usage.tree_model import NAME
from tests.gui.test_s27op_other_plan_tasks import (
    _priya_other_row,
    view_with_c,  # noqa: F401 (fixture)
)
from tests.gui.test_s27pb_usage_other_plans_axis import _view


def _starts(view):
    return view.grid_model.periods.starts


def test_s28wd_task_usage_keeps_this_plans_dates(qtbot, tmp_path):
    view, c = _view(qtbot, tmp_path, "2027-07-05")  # clientC after clientA
    try:
        view.mode_box.setCurrentIndex(1)  # Task Usage
        view.wait_built()
        assert view.mode is Mode.TASKS
        own = _starts(view)
        assert view.other_plans.include([c], keep=False)
        view.wait_built()
        assert _starts(view) == own  # no empty columns after this plan's last work
        assert len(view.print_sheet().periods) == len(own)
        view.mode_box.setCurrentIndex(0)  # Resource Usage reaches clientC's work
        view.wait_built()
        assert view.mode is Mode.RESOURCES
        assert _starts(view)[-1] > own[-1]
        view.mode_box.setCurrentIndex(1)
        view.wait_built()
        assert _starts(view) == own
    finally:
        view.close()


def test_s28wd_the_name_column_narrows_when_the_rows_go(view_with_c):  # noqa: F811
    view, _plan_c = view_with_c
    before = view.tree.columnWidth(NAME)
    _row, node = _priya_other_row(view)
    view.expand(node)
    assert view.tree.columnWidth(NAME) > before
    view.collapse(node)  # closed again: back to the width it had
    assert view.tree.columnWidth(NAME) == before
    view.expand(node)
    assert view.tree.columnWidth(NAME) > before
    view.other_plans.leave_out()  # the option off: the rows go, the column narrows
    view.wait_built()
    assert view.tree.columnWidth(NAME) == before


def test_s28wd_a_width_the_user_gave_stays(view_with_c):  # noqa: F811
    view, _plan_c = view_with_c
    _row, node = _priya_other_row(view)
    view.expand(node)
    view.tree.setColumnWidth(NAME, 420)  # dragged by the user
    view.collapse(node)
    assert view.tree.columnWidth(NAME) == 420
