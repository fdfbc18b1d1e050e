"""Column titles shared by the item models (app/ui/models/headers.py)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from app.ui.budget.budget_model import SHOWN_HEADERS as BUDGET  # "Var. +over", "VAC -over"
from app.ui.budget.budget_model import BudgetModel
from app.ui.budget.variance_model import HEADERS as VARIANCE
from app.ui.budget.variance_model import VarianceModel
from app.ui.document import Document
from app.ui.models.headers import column_title
from app.ui.models.risk_model import RISK_HEADERS, RiskTableModel
from app.ui.team.roster_model import HEADERS as ROSTER
from app.ui.team.roster_model import RosterModel
from tests.gui.conftest import build_plan

H = Qt.Orientation.Horizontal
V = Qt.Orientation.Vertical
SHOW = Qt.ItemDataRole.DisplayRole


class _Col(IntEnum):
    NAME = 0
    COST = 1


def test_titles_keyed_by_column_enum_are_found_by_number():
    titles = {_Col.NAME: "Name", _Col.COST: "Cost"}
    assert [column_title(titles, s, H, SHOW) for s in (0, 1, 2)] == ["Name", "Cost", None]


def test_titles_listed_in_column_order():
    titles = ["Task", "Start"]
    assert [column_title(titles, s, H, SHOW) for s in (-1, 0, 1, 2)] == [
        None,
        "Task",
        "Start",
        None,
    ]


def test_only_the_horizontal_header_text_is_given():
    titles = ["Task"]
    assert column_title(titles, 0, V, SHOW) is None
    assert column_title(titles, 0, H, Qt.ItemDataRole.ToolTipRole) is None


def test_each_view_model_names_its_columns(qtbot):
    """The roster, budget, variance and risk models give their titles through it."""
    document = Document(build_plan())
    for model, titles in (
        (RosterModel(document), list(ROSTER.values())),
        (BudgetModel(document), list(BUDGET.values())),
        (VarianceModel(document), list(VARIANCE)),
        (RiskTableModel(document), list(RISK_HEADERS.values())),
    ):
        shown = [model.headerData(c, H, SHOW) for c in range(model.columnCount())]
        assert shown == titles, type(model).__name__
