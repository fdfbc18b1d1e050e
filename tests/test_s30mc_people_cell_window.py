"""The sheet's People cell takes a material's rate and a cost item's amount, as the tester
typed them (s30xc: ``Concrete[12 m³/d]`` on a 5-day slab, ``MEP subcontractor[45000]``):
the quantity follows the duration typed next, a wrong label is refused in the status bar,
and one Undo takes the amount back."""

from __future__ import annotations

import pytest

from tests.test_s30mc_material_rates import _cost, _plan


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.app import Session
    from app.ui.document import Document
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Document(_plan()), Session(Settings(settings)))
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    w.close()


def _set(window, uid: int, column, text: str) -> bool:
    from PySide6.QtCore import Qt

    cell = window.model.index_of_uid(uid, column)
    return bool(window.model.setData(cell, text, Qt.ItemDataRole.EditRole))


def test_s30mc_the_sheet_takes_a_rate_and_the_duration_moves_the_quantity(window) -> None:
    from app.ui.models.task_edits import Column

    plan = window.document.plan
    assert _set(window, 1, Column.RESOURCES, "Concrete[12 m³/d]")
    assert window.model.index_of_uid(1, Column.RESOURCES).data() == "Concrete[12 m³/d]"
    assert _cost(plan, 1) == pytest.approx(60 * 145.0)
    assert _set(window, 1, Column.DURATION, "8d")
    assert plan.assignments_of_task(1)[0].units == pytest.approx(96.0)
    assert window.model.index_of_uid(1, Column.RESOURCES).data() == "Concrete[12 m³/d]"


def test_s30mc_the_sheet_refuses_another_label(window) -> None:
    from app.ui.models.task_edits import Column

    assert not _set(window, 1, Column.RESOURCES, "Concrete[12 bags]")
    assert "Concrete is counted in m³" in window.statusBar().currentMessage()
    assert window.document.plan.assignments_of_task(1) == []


def test_s30mc_the_sheet_takes_a_cost_items_amount_in_one_undo_step(window) -> None:
    from app.ui.models.task_edits import Column

    plan = window.document.plan
    assert _set(window, 2, Column.RESOURCES, "MEP subcontractor[45000]")
    assert _cost(plan, 2) == pytest.approx(45000.0)
    window.document.undo_stack.undo()
    assert plan.assignments_of_task(2) == []
