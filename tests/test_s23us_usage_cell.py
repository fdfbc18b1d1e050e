"""The Usage window: 16 h typed into week 3 of Anna's assignment read back as 16 h in that
cell after Enter (not the new total spread evenly), one undo step puts the weeks back, and
bad input is one line that changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.contours import WorkContour
from tests.test_s21ru_usage_window import open_usage
from tests.test_s23us_typed_period import anna_plan

EDIT = Qt.ItemDataRole.EditRole


def _anna_row(view) -> int:
    tree, shown = view.grid_model.tree, view.grid_model.shown
    return next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == "Design" and tree.parent[n] >= 0 and tree.name(tree.parent[n]) == "Anna"
    )


def _weeks(view) -> list[str]:
    model = view.grid_model
    row = _anna_row(view)
    return [model.index(row, k).data() or "" for k in range(5)]


def test_s23us_the_typed_cell_reads_back_what_was_typed_and_undo_puts_it_back(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, anna_plan())
    document = window.document
    before = list(document.plan.assignments)
    assert _weeks(view)[:4] == ["40.0h", "40.0h", "40.0h", "40.0h"]
    model = view.grid_model
    assert model.setData(model.index(_anna_row(view), 2), "16", EDIT)
    view.refresh()
    assert _weeks(view)[:4] == ["40.0h", "40.0h", "16.0h", "40.0h"]
    a = document.plan.assignment(1)
    assert (a.work_minutes, a.contour) == (136 * 60, WorkContour.CONTOURED)
    assert document.undo_stack.undoText().startswith("Work of 'Anna' on 'Design', ")
    window.grab().save("/tmp/s23us/typed_cell.png")
    document.undo_stack.undo()
    assert document.plan.assignments == before
    view.refresh()
    assert _weeks(view)[:4] == ["40.0h", "40.0h", "40.0h", "40.0h"]
    document.undo_stack.redo()
    view.refresh()
    assert _weeks(view)[:4] == ["40.0h", "40.0h", "16.0h", "40.0h"]


def test_s23us_bad_input_is_one_line_and_changes_nothing(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot, anna_plan())
    document = window.document
    before = list(document.plan.assignments)
    depth = document.undo_stack.count()
    model = view.grid_model
    for text, why in (("-4", "work cannot be negative"), ("lots", "is not work (try 8h or 1d)")):
        assert not model.setData(model.index(_anna_row(view), 2), text, EDIT)
        assert view.last_refusal.startswith("Anna, Design, ")
        assert view.last_refusal.endswith(why)
        assert "\n" not in view.last_refusal
    assert document.plan.assignments == before
    assert document.undo_stack.count() == depth


def test_s23us_a_typed_assignment_shows_the_edited_contour_mark(tmp_path, qtbot):
    from app.ui.usage.contour_glyph import contour_icon
    from app.ui.usage.tree_model import NAME

    _window, view = open_usage(tmp_path, qtbot, anna_plan())
    tree_model = view.tree_model

    def mark(role):
        row = next(k for k, n in enumerate(tree_model.shown) if tree_model.tree.name(n) == "Design")
        return tree_model.index(row, NAME).data(role)

    assert mark(Qt.ItemDataRole.ToolTipRole) is None  # flat work: no mark
    model = view.grid_model
    assert model.setData(model.index(_anna_row(view), 2), "16", EDIT)
    view.refresh()
    tip = mark(Qt.ItemDataRole.ToolTipRole)
    assert tip == "The work of this assignment was edited in a usage view (Work contour: Contoured)"
    edited = contour_icon(WorkContour.CONTOURED).pixmap(16, 16).toImage()
    flat_bars = contour_icon(WorkContour.TURTLE).pixmap(16, 16).toImage()
    assert edited != flat_bars
    edited.scaled(96, 96).save("/tmp/s23us/edited_mark.png")
    view.tree.grab().save("/tmp/s23us/edited_tree.png")


def test_s23us_task_usage_takes_typed_work_in_the_same_way(tmp_path, qtbot):
    from app.ui.usage.rows import Mode

    window, view = open_usage(tmp_path, qtbot, anna_plan())
    view.set_mode(Mode.TASKS)
    view.wait_built()
    tree, shown, model = view.grid_model.tree, view.grid_model.shown, view.grid_model
    row = next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == "Anna" and tree.parent[n] >= 0 and tree.name(tree.parent[n]) == "Design"
    )
    assert model.setData(model.index(row, 3), "2d", EDIT)  # 16 h in week 4
    view.refresh()
    assert [model.index(row, k).data() for k in range(4)] == ["40.0h", "40.0h", "40.0h", "16.0h"]
    assert window.document.plan.assignment(1).work_minutes == 136 * 60


def test_s23us_a_duration_typed_later_lays_the_work_anew_and_its_undo_brings_it_back(
    tmp_path, qtbot
):
    from app.ui.commands import EditTaskCommand, execute

    window, view = open_usage(tmp_path, qtbot, anna_plan())
    document = window.document
    model = view.grid_model
    assert model.setData(model.index(_anna_row(view), 2), "16", EDIT)
    typed_back = document.plan.assignment(1)
    execute(document, EditTaskCommand(document, 1, "Duration", duration_minutes=10 * 480))
    a = document.plan.assignment(1)
    assert (a.edited_work, a.work_minutes) == ((), 80 * 60)  # 10 days at 100 %, laid evenly
    view.refresh()
    assert _weeks(view)[:3] == ["40.0h", "40.0h", ""]
    document.undo_stack.undo()
    assert document.plan.assignment(1) == typed_back
    view.refresh()
    assert _weeks(view)[:4] == ["40.0h", "40.0h", "16.0h", "40.0h"]
