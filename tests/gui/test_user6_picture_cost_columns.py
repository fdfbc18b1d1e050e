"""Copy Picture after Insert Column: every column the sheet shows and the printout knows.

A PM inserted Finish Variance, Work, Baseline Cost and Cost Variance to show a
client the slip and then copied a picture: the picture left those four out
(Page Setup prints them, the sheet shows them) and kept the others.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.report.columns import COLUMNS, CellText
from app.ui.app import Session
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.gantt.copy_picture import shown_columns
from app.ui.gantt.toggles import gantt_view_of
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

_FOUR = (Column.FINISH_VARIANCE, Column.WORK, Column.BASELINE_COST, Column.COST_VARIANCE)


@pytest.fixture
def window(qtbot):
    document = Document(build_plan())
    plan = document.plan
    plan.set_baseline(
        snapshot(plan, document.schedule, document.costs, 0, datetime(2026, 3, 1, 9, 0))
    )
    win = MainWindow(document, Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    win.close()


def test_the_picture_keeps_the_cost_and_variance_columns_the_sheet_shows(window):
    tree = window.tree
    for column in _FOUR:
        insert_column(tree, column)
    keys = shown_columns(gantt_view_of(window))
    assert keys[-4:] == ("finish_variance", "work", "baseline_cost", "cost_variance")
    # Each is a printed column whose cells read as the sheet's do.
    document = window.document
    cells = CellText(document.plan, document.schedule, {}, document.costs)
    model = window.model
    code = next(t.uid for t in document.plan.tasks if t.name == "Code")
    row = model.index_of_uid(code).row()
    for key, column in zip(keys[-4:], _FOUR, strict=True):
        assert key in COLUMNS
        sheet = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        assert cells.text(code, key) == sheet
