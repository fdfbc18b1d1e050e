"""The Risks view's Show box keeps the risks of a status (or every risk not closed) on
screen and on paper, as a register's filter does; Add risk with closed risks shown shows
them all again so the new one can be named."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.risk import Risk, RiskStatus
from app.report.render import BoldRow
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.risk_model import RiskColumn
from app.ui.printing import actions
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _window(qtbot):
    plan = build_plan()  # risk 1 'Vendor late', open
    plan.risks.append(Risk(91, "Supplier late", 0.35, 15_000.0, status=RiskStatus.CLOSED))
    plan.risks.append(Risk(92, "Spec churn", 0.3, 1_234.55, status=RiskStatus.MITIGATING))
    window = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(window)
    window.resize(1200, 500)
    window.show()
    window.show_view("risks")
    return window, window.views["risks"]


def _shown(view) -> list[str]:
    return [view.sorted.index(r, RiskColumn.TITLE).data() for r in range(view.sorted.rowCount())]


def _show(view, text: str) -> None:
    view.show_box.setCurrentIndex(view.show_box.findText(text))


def test_s19x_show_box_filters_the_register_and_its_printout(qtbot):
    window, view = _window(qtbot)
    assert view.show_box.currentText() == "All risks"
    assert _shown(view) == ["Vendor late", "Supplier late", "Spec churn"]
    _show(view, "Not closed")
    assert _shown(view) == ["Vendor late", "Spec churn"]
    _title, _headers, rows = actions.current_table(window)
    assert [r[1] for r in rows if not isinstance(r, BoldRow)] == ["Vendor late", "Spec churn"]
    _show(view, "Closed")
    assert _shown(view) == ["Supplier late"]
    view.grab().save("/tmp/s19x_risk_filter.png")
    # the totals are the register's, whatever is shown
    assert "Exposure of risks not closed: €3,370" in view.total.text()
    _show(view, "Mitigating")
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == ["Spec churn"]
    # a risk closed while 'Not closed' is shown leaves the list
    _show(view, "Not closed")
    index = view.sorted.index(_shown(view).index("Spec churn"), RiskColumn.STATUS)
    assert view.sorted.setData(index, "closed", Qt.ItemDataRole.EditRole)
    assert _shown(view) == ["Vendor late"]
    window.close()


def test_s19x_add_risk_shows_every_risk_to_name_the_new_one(qtbot):
    window, view = _window(qtbot)
    _show(view, "Closed")
    view.add_risk()
    assert view.show_box.currentText() == "All risks"
    current = view.table.currentIndex()
    assert current.isValid()
    assert current.data() == "New risk"
    window.close()
