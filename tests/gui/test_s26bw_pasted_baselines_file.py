"""Cells pasted into a numbered baseline of a plan kept in a .gantry: the file, opened
again, holds what was pasted; after Undo, the baseline as it was; after Redo, the paste."""

from __future__ import annotations

from app.store.document import GantryFile, read_plan
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


def test_s26bw_pasted_undone_and_redone_baseline_cells_are_what_the_file_holds(qtbot, tmp_path):
    from app.ui.clipboard_paste import paste_into_cells
    from app.ui.clipboard_table import ClipboardTable
    from app.ui.document import Document
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

    path = tmp_path / "pasted.gantry"
    GantryFile.create(path, build_plan()).close()
    with GantryFile.open(path) as file:
        doc = Document(file.plan, file)
        model = TaskTreeModel(doc)
        tree = TaskTreeView(model)
        qtbot.addWidget(tree)
        table = ClipboardTable(
            rows=(("2026-03-02", "1,200.00"), ("2026-03-05", "800")),
            columns=(Column["BASELINE6_START"], Column["BASELINE6_COST"]),
            titles=("Baseline6 Start", "Baseline6 Cost"),
        )
        paste_into_cells(tree, table, model.index_of_uid(2, Column["BASELINE6_START"]))
        pasted = doc.plan.baselines[6]
        assert [e.cost for e in pasted.entries] == [1200.0, 800.0]
        assert read_plan(path).baselines[6] == pasted
        doc.undo_stack.undo()
        assert 6 not in read_plan(path).baselines
        doc.undo_stack.redo()
        assert read_plan(path).baselines[6] == pasted
        # one more cell typed over the pasted ones: the other entry stays as pasted
        assert model.setData(model.index_of_uid(3, Column["BASELINE6_COST"]), "950")
        held = read_plan(path).baselines[6]
        assert held == doc.plan.baselines[6]
        assert [e.cost for e in held.entries] == [1200.0, 950.0]
