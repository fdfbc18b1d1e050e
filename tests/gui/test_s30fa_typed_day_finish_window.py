"""Hours typed into the Usage view's Actual Work band move the task's Finish with the work
left after them, and one undo puts it back (task s30fa, finding s30rv H1)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from tests.test_s30ta_actual_window import _column, _task_usage_by_day

EDIT = Qt.ItemDataRole.EditRole


def _row(view, person: str) -> int:
    tree, shown = view.grid_model.tree, view.grid_model.shown
    return next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == person and tree.name(tree.parent[n]) == "Interviews"
    )


def _type(view, qtbot, person: str, day: date, text: str) -> None:
    view.refresh()
    view.wait_built()
    qtbot.waitUntil(lambda: view.grid_model.rowCount() > 1)
    model = view.grid_model
    model.typing_band = 1  # the Actual Work band
    assert model.setData(model.index(_row(view, person), _column(view, day)), text, EDIT)


def test_s30fa_aishas_wednesday_moves_the_finish_in_the_window(tmp_path, qtbot):
    window, view = _task_usage_by_day(tmp_path, qtbot)
    document = window.document
    _type(view, qtbot, "Maria", date(2027, 1, 4), "8h")
    assert document.schedule[1].finish == datetime(2027, 1, 8, 17, 0)
    _type(view, qtbot, "Aisha", date(2027, 1, 6), "8h")
    assert document.schedule[1].finish == datetime(2027, 1, 12, 17, 0)  # her last day left
    assert document.plan.task(1).duration_minutes == 7 * 480
    document.undo_stack.undo()
    assert document.schedule[1].finish == datetime(2027, 1, 8, 17, 0)
    assert document.plan.task(1).duration_minutes == 5 * 480
    window.close()
