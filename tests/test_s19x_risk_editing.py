"""Opening a risk's number cell and pressing Enter changes nothing: the editor showed an
impact of €1,234,567 as '1.23457e+06' (refused: 'Impact: ... is not an amount') and a
probability of 12.34567 % as '12.3457%' (taken: an undo step and a new exposure)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.risk import Risk
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.risk_model import RiskColumn
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _view(qtbot):
    plan = build_plan()
    plan.risks.append(Risk(91, "Supplier late", 0.1234567, 1_234_567.0, contingency=12_345_678.9))
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.show()
    window.show_view("risks")
    return window, window.views["risks"]


def test_s19x_enter_on_an_unchanged_risk_number_changes_nothing(qtbot):
    window, view = _view(qtbot)
    plan = view.document.plan
    before = plan.risks[1]
    steps = view.document.undo_stack.count()
    for column in (RiskColumn.PROBABILITY, RiskColumn.IMPACT, RiskColumn.CONTINGENCY):
        index = view.sorted.mapFromSource(view.model.index(1, column))
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        editor = view.table.indexWidget(index)
        assert isinstance(editor, QLineEdit)
        assert "e+" not in editor.text()
        with qtbot.waitSignal(editor.destroyed):  # Enter closes it; the next one opens after
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert view.message.text() == ""
    assert plan.risks[1] == before
    assert view.document.undo_stack.count() == steps
    window.close()


def test_s19x_risk_amount_editor_shows_the_whole_amount(qtbot):
    window, view = _view(qtbot)
    edit = Qt.ItemDataRole.EditRole
    assert view.model.index(1, RiskColumn.IMPACT).data(edit) == "1234567"
    assert view.model.index(1, RiskColumn.CONTINGENCY).data(edit) == "12345678.9"
    assert view.model.index(1, RiskColumn.PROBABILITY).data(edit) == "12.34567%"
    window.close()
