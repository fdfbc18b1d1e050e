"""View > Sort in the window by an Earned Value field: the Sort dialog lists them, and the
sheet's rows follow the figures its BCWS column shows, measured at the project's Current
Date (no status date set) as the column is. Plan: tests/test_s26ev_sort_earned_value.py's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox

from app.domain.sorting import SortField, SortKey, TaskSort
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.sort_menu import controller_of
from tests.test_s26ev_sort_earned_value import WED, _plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "shop.gantry"
    GantryFile.create(path, _plan(current=WED)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_s26ev_sorting_the_sheet_by_bcws_follows_its_column(window):
    model = window.model
    plan = window.document.plan
    controller_of(window).apply(TaskSort((SortKey(SortField.BCWS, descending=True),)))
    shown = model.shown_uids()
    assert [plan.task(u).name for u in shown] == ["Design", "Build"]
    cells = [model.index_of_uid(u, Column.BCWS).data() for u in shown]
    assert cells == ["€2,400.00", "€0.00"]  # the Current Date's figures, highest first
    assert controller_of(window).label.text() == "Sort: BCWS (descending)"
    controller_of(window).apply(TaskSort((SortKey(SortField.CPI),)))
    assert [plan.task(u).name for u in model.shown_uids()] == ["Design", "Build"]  # blank last


def test_s26ev_the_sort_dialog_lists_the_earned_value_fields(qtbot):
    dialog = SortDialog(SortChoice(TaskSort()))
    qtbot.addWidget(dialog)
    combo = dialog.findChildren(QComboBox)[0]
    titles = {combo.itemText(i) for i in range(combo.count())}
    wanted = {"BCWS", "BCWP", "ACWP", "SV", "CV", "CPI", "SPI", "EAC", "VAC", "SV%", "CV%", "TCPI"}
    assert wanted <= titles
    at = combo.findData(SortField.SV_PERCENT)
    combo.setCurrentIndex(at)
    assert dialog.choice().task_sort.keys[0].field is SortField.SV_PERCENT
