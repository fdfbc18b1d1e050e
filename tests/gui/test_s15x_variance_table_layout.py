"""Budget > Baseline variance reads like the cost breakdown: names on one line, dates whole.

Found on the demo at 1600 px: the last column (Cost var.) stretched over half the
table while the Task column, 90 px, wrapped 'Initiation and discovery' onto two
lines and the baseline dates were cut ('2027-01-04 ...').
"""

from __future__ import annotations

from app.ui.budget.variance_model import VarianceColumn
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.gui.conftest import build_plan


def test_names_and_dates_fit_and_no_column_takes_the_rest(qtbot) -> None:
    view = BudgetView(Document(build_plan()))
    qtbot.addWidget(view)
    view.resize(1600, 800)
    view.pages.setCurrentIndex(1)
    with qtbot.waitExposed(view):
        view.show()
    table = view.variance_table
    metrics = table.fontMetrics()
    assert table.columnWidth(VarianceColumn.NAME) >= metrics.horizontalAdvance(
        "Initiation and discovery"
    )
    for column in (VarianceColumn.BASELINE_START, VarianceColumn.BASELINE_FINISH):
        assert table.columnWidth(column) > metrics.horizontalAdvance("2027-01-04 08:00")
    assert not table.horizontalHeader().stretchLastSection()
    assert table.columnWidth(VarianceColumn.COST) < 300
    assert not table.wordWrap()
    assert table.verticalHeader().defaultSectionSize() < 2 * metrics.height()
