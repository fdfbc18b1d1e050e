"""Work typed into a Usage cell, as MS Project's Resource Usage takes hours typed in an
assignment row's period: the assignment's work changes by the difference and becomes
Contoured, one undoable step; refused input is one line and changes nothing; a person's
row is not typeable."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.contours import WorkContour
from app.domain.task import TaskType
from app.domain.usage_typed_work import read_typed_work
from tests.test_s21ru_usage_window import crowded_plan, open_usage

EDIT = Qt.ItemDataRole.EditRole


def _row(view, parent: str, name: str) -> int:
    """The shown row of ``name`` under ``parent`` (an assignment under its person)."""
    tree, shown = view.grid_model.tree, view.grid_model.shown
    return next(
        k
        for k, n in enumerate(shown)
        if tree.name(n) == name and tree.parent[n] >= 0 and tree.name(tree.parent[n]) == parent
    )


def _type(view, parent: str, name: str, column: int, text: str) -> bool:
    model = view.grid_model
    return model.setData(model.index(_row(view, parent, name), column), text, EDIT)


def test_s22us_typing_hours_changes_the_assignment_work_by_the_difference(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    document = window.document
    plan = document.plan
    specs = next(a for a in plan.assignments if a.task_uid == 1)
    assert specs.work_minutes == 40 * 60
    row = _row(view, "Ana", "Specs")
    assert view.grid_model.index(row, 0).data(EDIT) == "40.0h"
    assert view.grid_model.flags(view.grid_model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    depth = document.undo_stack.count()
    assert _type(view, "Ana", "Specs", 0, "24")  # 40 h shown in week 1: 16 h less
    a = plan.assignment(specs.uid)
    assert (a.work_minutes, a.contour) == (24 * 60, WorkContour.CONTOURED)
    assert plan.task(1).duration_minutes == 5 * 480  # the period keeps the work: same span
    assert document.undo_stack.count() == depth + 1
    assert document.undo_stack.undoText().startswith("Work of 'Ana' on 'Specs', ")
    view.refresh()
    assert view.grid_model.index(_row(view, "Ana", "Specs"), 0).data() == "24.0h"
    document.undo_stack.undo()
    assert plan.assignment(specs.uid) == specs
    assert plan.task(1).duration_minutes == 5 * 480
    document.undo_stack.redo()
    assert plan.assignment(specs.uid).work_minutes == 24 * 60


def test_s22us_a_persons_row_is_not_typeable(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    model = view.grid_model
    ana = model.index(0, 0)
    assert view.tree_model.tree.name(model.shown[0]) == "Ana"
    assert not model.flags(ana) & Qt.ItemFlag.ItemIsEditable
    depth = window.document.undo_stack.count()
    assert not model.setData(ana, "10", EDIT)
    assert window.document.undo_stack.count() == depth


def test_s22us_refused_work_is_one_line_and_changes_nothing(tmp_path, qtbot):
    window, view = open_usage(tmp_path, qtbot)
    document = window.document
    before = list(document.plan.assignments)
    depth = document.undo_stack.count()
    refusals = {
        "-8": "'-8': work cannot be negative",
        "lots": "'lots' is not work (try 8h or 1d)",
        "8": "'Ana' has done 16h on 'Specs' already: the work cannot drop below it",
    }
    for text, why in refusals.items():
        assert not _type(view, "Ana", "Specs", 0, text)
        assert view.last_refusal.endswith(why)
        assert view.last_refusal.startswith("Ana, Specs, ")
        assert "\n" not in view.last_refusal
    # Ben's Build starts in week 3: no work can be typed before it
    assert not _type(view, "Ben", "Build", 0, "8")
    assert view.last_refusal.endswith("'Build' starts later: type work in its own periods")
    assert document.plan.assignments == before
    assert document.undo_stack.count() == depth
    assert window.statusBar().currentMessage() == view.last_refusal


def test_s22us_a_period_after_the_finish_takes_work_only_when_the_task_can_stretch(tmp_path, qtbot):
    plan = crowded_plan()
    plan.update_task(replace(plan.task(2), task_type=TaskType.FIXED_DURATION))
    window, view = open_usage(tmp_path, qtbot, plan)
    # Draft (fixed duration, week 1) cannot stretch to week 2; Specs (fixed units) can
    assert not _type(view, "Ana", "Draft", 1, "8h")
    assert view.last_refusal.endswith(
        "'Draft' has finished by then and is of fixed duration: it cannot stretch to that period"
    )
    assert _type(view, "Ana", "Specs", 1, "1d")
    specs = next(a for a in window.document.plan.assignments if a.task_uid == 1)
    assert specs.work_minutes == 48 * 60
    # the week's 8 h over its five days: Specs now finishes at the end of week 2
    assert window.document.plan.task(1).duration_minutes == 10 * 480


def test_s22us_typed_work_reads_the_work_unit_and_the_locale_marks():
    plan = crowded_plan()
    assert read_typed_work("16", plan) == 16 * 60
    assert read_typed_work("1,5d", plan, group=".", decimal=",") == 12 * 60
    assert read_typed_work("1.234,5h", plan, group=".", decimal=",") == 1234 * 60 + 30
