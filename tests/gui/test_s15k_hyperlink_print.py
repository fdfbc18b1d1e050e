"""The hyperlink columns the sheet shows are printed (Copy Picture, Print, PDF) with the
sheet's texts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.hyperlinks import Hyperlink
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

_LINKS = (Column.HYPERLINK, Column.HYPERLINK_ADDRESS, Column.HYPERLINK_SUB_ADDRESS)


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=Hyperlink("Spec", "https://e.org/s", "p2")))
    plan.update_task(replace(plan.task(6), hyperlink=Hyperlink("", "docs/test-plan.pdf")))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    win.close()


def test_the_printout_takes_the_hyperlink_columns_the_sheet_shows(window):
    for column in _LINKS:
        insert_column(window.tree, column)
    keys = shown_columns(gantt_view_of(window))
    assert keys[-3:] == ("hyperlink", "hyperlink_address", "hyperlink_sub_address")
    document = window.document
    cells = CellText(document.plan, document.schedule, {}, document.costs)
    model = window.model
    for uid in (2, 5, 6):
        row = model.index_of_uid(uid).row()
        for key, column in zip(keys[-3:], _LINKS, strict=True):
            assert key in COLUMNS
            sheet = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            assert cells.text(uid, key) == sheet
    assert cells.text(6, "hyperlink") == "docs/test-plan.pdf"
    assert cells.text(5, "hyperlink_sub_address") == "p2"
