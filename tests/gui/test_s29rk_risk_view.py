"""The Risks view as a programme controller reads it: each risk's ID (R-07), the Tasks
column sorted by the first linked task, an owner not on the team taken but marked and told,
a filter by owner, and a printout that gives the totals of the risks shown and says which
risks its filters left out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.resource import Resource
from app.domain.risk import Risk, RiskStatus
from app.report.render import BoldRow
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.risk_model import RiskColumn
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def _window(qtbot):
    plan = build_plan()  # risk 1 'Vendor late', Ana, task 5
    plan.add_resource(Resource(1, "Ana"))
    plan.risks.append(Risk(7, "Supplier late", 0.5, 10_000.0, owner="Ana", task_uids=(6, 2)))
    plan.risks.append(Risk(8, "Old issue", 0.2, 5_000.0, status=RiskStatus.CLOSED))
    plan.risks.append(Risk(9, "Spec churn", 0.4, 2_000.0, owner="Ben", task_uids=(3,)))
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.resize(1200, 500)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("risks")
    return window, window.views["risks"]


def _column(view, column) -> list[str]:
    return [view.sorted.index(r, column).data() for r in range(view.sorted.rowCount())]


def test_s29rk_ids_and_tasks_sort_by_first_linked_task(qtbot):
    window, view = _window(qtbot)
    assert _column(view, RiskColumn.ID) == ["R-01", "R-07", "R-08", "R-09"]
    assert not view.model.flags(view.model.index(0, RiskColumn.ID)) & Qt.ItemFlag.ItemIsEditable
    view.table.sortByColumn(RiskColumn.TASKS, Qt.SortOrder.AscendingOrder)
    # first linked task's ID: 6 (with 2), 3, 5; a risk with no task last
    assert _column(view, RiskColumn.TASKS) == ["3", "5", "6, 2", ""]
    window.close()


def test_s29rk_owner_not_on_team_is_taken_marked_and_told(qtbot):
    window, view = _window(qtbot)
    model = view.model
    ana, ben = model.index(0, RiskColumn.OWNER), model.index(3, RiskColumn.OWNER)
    assert ana.data(Qt.ItemDataRole.ForegroundRole) is None
    assert ben.data(Qt.ItemDataRole.ForegroundRole) is not None  # Ben is not on the team
    assert "not on the team" in ben.data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(ana, "Nobody Known", EDIT)
    assert window.document.plan.risk(1).owner == "Nobody Known"
    assert "'Nobody Known' is not on the team" in view.message.text()
    assert ana.data(Qt.ItemDataRole.FontRole).italic()
    window.close()


def test_s29rk_owner_filter_and_printout_say_what_is_left_out(qtbot):
    window, view = _window(qtbot)
    view.show_box.setCurrentIndex(view.show_box.findText("Not closed"))
    view.table.sortByColumn(RiskColumn.EXPOSURE, Qt.SortOrder.DescendingOrder)
    _title, headers, rows = actions.current_table(window)
    body = [r for r in rows if not isinstance(r, BoldRow)]
    assert [r[headers.index("ID")] for r in body] == ["R-07", "R-01", "R-09"]
    totals = [r for r in rows if isinstance(r, BoldRow)]
    assert len(totals) == 1  # the risks shown are those not closed: one line
    assert totals[0][headers.index("Risk")] == "Total of the 3 risks shown"
    assert totals[0][headers.index("Exposure")] == "€8,800"
    note = actions.table_note(window)
    assert note.startswith("Showing: not closed; 1 closed risk not shown")
    assert "Sorted by Exposure (descending)" in note

    view.owner_box.setCurrentIndex(view.owner_box.findData("Ana"))
    assert _column(view, RiskColumn.TITLE) == ["Supplier late", "Vendor late"]
    _title, headers, rows = actions.current_table(window)
    totals = [r for r in rows if isinstance(r, BoldRow)]
    assert [t[headers.index("Exposure")] for t in totals] == ["€8,000", "€8,800"]
    assert totals[1][headers.index("Risk")] == "Risks not closed (contingency reserve)"
    assert actions.table_note(window).startswith(
        "Showing: not closed, owner Ana; 2 risks not shown"
    )
    window.close()


def test_s29rk_a_task_carrying_a_risk_is_marked_in_the_indicators(qtbot):
    from app.report.indicators import Indicator
    from app.ui.models.indicators import IndicatorCells, IndicatorsRole

    window, view = _window(qtbot)
    cells = IndicatorCells(window.document)
    assert Indicator.RISK in cells.kinds(6)  # Supplier late, on tasks 6 and 2
    tip = cells.data(6, Qt.ItemDataRole.ToolTipRole)
    assert "R-07 Supplier late" in tip
    assert Indicator.RISK not in cells.kinds(4)  # no risk on Build
    # closing the risk (the Status cell, one undo step) takes its mark away
    status = view.model.index(1, RiskColumn.STATUS)
    assert view.model.setData(status, "closed", EDIT)
    assert Indicator.RISK not in cells.kinds(6)
    window.document.undo_stack.undo()
    assert Indicator.RISK in cells.data(6, IndicatorsRole)
    window.close()
