"""Project Information sets the currency as MS Project does (code, symbol, placement,
decimals) in one undoable step, and every money text on screen follows it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.project import SymbolPosition
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

ROUBLE = "\u0440."  # the rouble abbreviated in Cyrillic
_RECURSIVE = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), fixed_cost=1234.56))
    path = tmp_path / "money.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _cost_cell(win):
    model = win.model
    hits = model.match(
        model.index(0, Column.NAME), Qt.ItemDataRole.DisplayRole, "Code", 1, _RECURSIVE
    )
    return hits[0].siblingAtColumn(Column.COST).data()


def _rouble_dialog(win, qtbot):
    dialog = ProjectDialog(win.document)
    qtbot.addWidget(dialog)
    dialog.currency.setText("rub")
    dialog.currency_symbol.setText(ROUBLE)
    dialog.currency_position.setCurrentIndex(
        dialog.currency_position.findData(SymbolPosition.AFTER_SPACE.value)
    )
    dialog.currency_digits.setValue(1)
    return dialog


def test_dialog_shows_each_placement_as_an_example(window, qtbot):
    dialog = _rouble_dialog(window, qtbot)
    texts = [dialog.currency_position.itemText(i) for i in range(4)]
    assert texts == [
        f"{ROUBLE}1,234.5",
        f"1,234.5{ROUBLE}",
        f"{ROUBLE} 1,234.5",
        f"1,234.5 {ROUBLE}",
    ]


def test_currency_edit_is_one_undoable_step_that_every_view_follows(window, qtbot, tmp_path):
    doc = window.document
    before = doc.plan.project
    qtbot.waitUntil(lambda: window.status_cost.text() == "Cost: €1,234.56")
    assert _cost_cell(window) == "€1,234.56"
    steps = doc.undo_stack.count()

    dialog = _rouble_dialog(window, qtbot)
    dialog.accept()
    assert dialog.error.text() == ""
    assert doc.undo_stack.count() == steps + 1
    project = doc.plan.project
    assert project.currency == "RUB"
    assert project.currency_symbol == ROUBLE
    assert project.currency_symbol_position is SymbolPosition.AFTER_SPACE
    assert project.currency_digits == 1
    assert project == replace(
        before,
        currency="RUB",
        currency_symbol=ROUBLE,
        currency_symbol_position=SymbolPosition.AFTER_SPACE,
        currency_digits=1,
    )
    qtbot.waitUntil(lambda: window.status_cost.text() == f"Cost: 1,234.6 {ROUBLE}")
    assert _cost_cell(window) == f"1,234.6 {ROUBLE}"
    assert read_plan(tmp_path / "money.gantry").project == project  # written at once

    doc.undo_stack.undo()
    assert doc.plan.project == before
    qtbot.waitUntil(lambda: window.status_cost.text() == "Cost: €1,234.56")
    assert _cost_cell(window) == "€1,234.56"
    doc.undo_stack.redo()
    assert doc.plan.project == project
    assert _cost_cell(window) == f"1,234.6 {ROUBLE}"


@pytest.mark.parametrize(
    ("code", "symbol", "message"),
    [
        ("E1", "€", "'E1' is not a currency code"),
        ("EUR", "€1", "cannot hold digits"),
    ],
)
def test_bad_currency_keeps_the_dialog_with_one_line(window, qtbot, code, symbol, message):
    doc = window.document
    steps = doc.undo_stack.count()
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    dialog.currency.setText(code)
    dialog.currency_symbol.setText(symbol)
    dialog.accept()
    assert message in dialog.error.text()
    assert "\n" not in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert doc.undo_stack.count() == steps


def test_an_unknown_code_may_stay_empty(window, qtbot):
    dialog = ProjectDialog(window.document)
    qtbot.addWidget(dialog)
    dialog.currency.setText("")
    dialog.currency_symbol.setText("kr")
    dialog.accept()
    assert dialog.error.text() == ""
    assert (
        window.document.plan.project.currency,
        window.document.plan.project.currency_symbol,
    ) == (
        "",
        "kr",
    )
