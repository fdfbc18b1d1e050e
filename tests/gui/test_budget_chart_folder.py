"""Budget > Export chart offers the PNG beside the plan, not in the program's working folder."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from app.store.document import GantryFile
from app.ui.budget.view import BudgetView
from tests.gui.conftest import build_plan


def test_the_chart_is_offered_beside_the_plan(session, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "Client A"
    folder.mkdir()
    path = folder / "roll-out.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.show_view("budget")
    view = window.findChild(BudgetView)
    assert view is not None
    asked: list[str] = []

    def fake(parent, caption, start, filters):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    assert BudgetView.ask_png_path(view) == ""
    assert asked == [str(folder / "roll-out s-curve.png")]
