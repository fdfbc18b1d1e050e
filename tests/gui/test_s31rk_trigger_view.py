"""The Risks view's Trigger and Trigger date: typed in place (undoable), shown once a risk has
one; a risk whose trigger date or next review is before the status date (else today) has its
ID and that date in bold red, said in their tooltips and counted on the view's line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
RED = QColor("#b00020")


def _view(qtbot, status_date=datetime(2027, 3, 10, 17, 0)):
    plan = build_plan()  # R-01 'Vendor late'
    plan.project = replace(plan.project, status_date=status_date)
    doc = Document(plan)
    view = RiskView(doc)
    view.model.clock = lambda: datetime(2027, 6, 1, 9, 0)  # "today", without a status date
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return doc, view


def test_s31rk_trigger_typed_in_place_and_undone(qtbot, tmp_path):
    doc, view = _view(qtbot)
    model = view.model
    assert view.table.isColumnHidden(RiskColumn.TRIGGER)
    assert view.table.isColumnHidden(RiskColumn.TRIGGER_DATE)
    assert model.headerData(RiskColumn.TRIGGER, Qt.Orientation.Horizontal) == "Trigger"
    assert model.setData(model.index(0, RiskColumn.TRIGGER), " Vendor misses the drop ", EDIT)
    assert model.setData(model.index(0, RiskColumn.TRIGGER_DATE), "01.04.2027", EDIT)
    risk = doc.plan.risks[0]
    assert (risk.trigger, risk.trigger_date) == ("Vendor misses the drop", date(2027, 4, 1))
    assert doc.undo_stack.undoText() == "Edit trigger date of risk 'Vendor late'"
    assert model.index(0, RiskColumn.TRIGGER_DATE).data() == "2027-04-01"
    assert not view.table.isColumnHidden(RiskColumn.TRIGGER)
    assert not view.table.isColumnHidden(RiskColumn.TRIGGER_DATE)
    view.grab().save(str(tmp_path / "trigger.png"))
    doc.undo_stack.undo()
    assert doc.plan.risks[0].trigger_date is None
    doc.undo_stack.redo()
    assert doc.plan.risks[0].trigger_date == date(2027, 4, 1)

    assert not model.setData(model.index(0, RiskColumn.TRIGGER_DATE), "April", EDIT)
    assert view.message.text().startswith("R-01 'Vendor late', Trigger date: 'April' is not a date")
    assert doc.plan.risks[0].trigger_date == date(2027, 4, 1)
    assert model.setData(model.index(0, RiskColumn.TRIGGER_DATE), "", EDIT)  # cleared
    assert doc.plan.risks[0].trigger_date is None
    view.close()


def test_s31rk_a_date_past_the_status_date_is_flagged(qtbot, tmp_path):
    _doc, view = _view(qtbot)
    model = view.model
    assert view.watch.isHidden()
    assert model.setData(model.index(0, RiskColumn.TRIGGER_DATE), "2027-03-09", EDIT)
    ident = model.index(0, RiskColumn.ID)
    when = model.index(0, RiskColumn.TRIGGER_DATE)
    assert ident.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert when.data(Qt.ItemDataRole.FontRole).bold()
    tip = "Trigger date 2027-03-09 passed (checked at 2027-03-10)"
    assert ident.data(Qt.ItemDataRole.ToolTipRole) == tip
    assert when.data(Qt.ItemDataRole.ToolTipRole) == tip
    assert model.index(0, RiskColumn.NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not view.watch.isHidden()
    assert view.watch.text() == "1 risk past its trigger or review date (2027-03-10)"
    view.grab().save(str(tmp_path / "flagged.png"))

    assert model.setData(model.index(0, RiskColumn.NEXT_REVIEW), "2027-03-01", EDIT)
    review = model.index(0, RiskColumn.NEXT_REVIEW)
    assert review.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert "review 2027-03-01 overdue" in ident.data(Qt.ItemDataRole.ToolTipRole)

    assert model.setData(model.index(0, RiskColumn.STATUS), "closed", EDIT)  # nothing to watch
    assert ident.data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.watch.isHidden()
    view.close()


def test_s31rk_without_a_status_date_today_is_the_day(qtbot):
    _doc, view = _view(qtbot, status_date=None)
    model = view.model
    assert model.setData(model.index(0, RiskColumn.NEXT_REVIEW), "2027-05-31", EDIT)
    assert view.watch.text() == "1 risk past its trigger or review date (2027-06-01)"
    assert model.setData(model.index(0, RiskColumn.NEXT_REVIEW), "2027-06-01", EDIT)
    assert view.watch.isHidden()  # due today, not past
    assert model.index(0, RiskColumn.ID).data(Qt.ItemDataRole.ForegroundRole) is None
    view.close()
