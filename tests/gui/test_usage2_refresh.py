"""The Usage view after an edit or undo keeps its rows open or closed and shows the new figures.

At 10k tasks every edit re-laid both panes out (a model reset and the tree's
expandAll over 17,000 rows); an edit that leaves the same people with as many
assignments each now changes only the figures.
"""

from __future__ import annotations

from app.domain.resource import Assignment
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import staffed_plan


def _view(qtbot):
    doc = Document(staffed_plan())
    view = UsageView(doc)
    qtbot.addWidget(view)
    view.resize(900, 500)
    with qtbot.waitExposed(view):
        view.show()
    return doc, view


def _resets(model):
    seen = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def _grid_total(view, top):
    """Sum of a top row's figures in the grid (minutes)."""
    grid = view.grid_model
    row = grid.shown.index(view.tree_model.tree.child(-1, top))
    return sum(grid.value(row, c) for c in range(grid.columnCount()))


def test_an_edit_keeps_a_closed_person_closed_and_updates_the_figures(qtbot):
    doc, view = _view(qtbot)
    tree, model = view.tree, view.tree_model
    ben = model.index(3, 0)  # Ana, Specs, Review, Ben
    tree.collapse(ben)
    shown = list(view.grid_model.shown)
    tree_resets, grid_resets = _resets(model), _resets(view.grid_model)
    before = _grid_total(view, 1)
    execute(doc, EditTaskCommand(doc, 5, "Code longer", duration_minutes=8 * 480))
    assert tree_resets == []
    assert grid_resets == []
    assert not tree.isExpanded(model.index(3, 0))
    assert tree.isExpanded(model.index(0, 0))
    assert view.grid_model.shown == shown
    assert _grid_total(view, 1) == before + 3 * 480  # Code 5 -> 8 days at 100%
    assert model.index(3, 1).data() == view.tree_model.tree.text(before / 1 + 3 * 480, "h")
    doc.undo_stack.undo()
    assert tree_resets == []
    assert not tree.isExpanded(model.index(3, 0))
    assert _grid_total(view, 1) == before


def test_a_new_assignment_lays_the_rows_out_again_keeping_closed_ones_closed(qtbot):
    doc, view = _view(qtbot)
    tree, model = view.tree, view.tree_model
    tree.collapse(model.index(0, 0))
    tree_resets = _resets(model)
    plan = doc.plan
    plan.add_assignment(Assignment(9, 3, 2, 1.0, 480))  # Ben on Review too
    assert tree_resets == [1]
    assert model.tree.child_count(model.tree.child(-1, 1)) == 3  # Ben's rows
    assert not tree.isExpanded(model.index(0, 0))
    assert tree.isExpanded(model.index(1, 0))
    assert view.grid_model.shown == [0, 3, 4, 5, 6]  # Ana closed; Ben, Specs, Code, Review


def test_expand_all_opens_the_closed_rows_in_both_panes(qtbot):
    _doc, view = _view(qtbot)
    tree, model = view.tree, view.tree_model
    full = list(view.grid_model.shown)
    tree.collapse(model.index(0, 0))
    assert view.grid_model.shown != full
    resets = _resets(model)
    view.expand_all()
    assert resets == []
    assert tree.isExpanded(model.index(0, 0))
    assert view.grid_model.shown == full
    view.expand_all()  # nothing closed: nothing to do
    assert view.grid_model.shown == full
    view.set_mode(Mode.TASKS)
    view.collapse_all()
    view.expand_all()
    assert view.grid_model.shown == list(range(len(view.tree_model.tree)))
