"""The critical path not by colour alone: MS Project's Critical field (Yes/No, read-only) in
Insert Column > Schedule, printed with the same words, and "critical" in what a screen
reader hears of a critical task's cell and in its name's tooltip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.app import Session
from app.ui.column_catalog import COLUMN_GROUPS
from app.ui.models.task_edits import Column
from app.ui.models.task_model import CRITICAL_TIP
from app.ui.settings import Settings
from app.ui.sheet_tables import REPORT_KEYS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1300, 600)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _critical_and_not(window):
    schedule = window.document.schedule
    plan = window.document.plan
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    critical = next(u for u in leaves if schedule[u].critical)
    calm = next(u for u in leaves if not schedule[u].critical)
    return critical, calm


def test_s23ay_critical_column_says_yes_on_the_red_tasks(window):
    assert Column.CRITICAL in COLUMN_GROUPS["Schedule"]
    model = window.model
    assert model.headerData(Column.CRITICAL, Qt.Orientation.Horizontal) == "Critical"
    critical, calm = _critical_and_not(window)
    cell = model.index_of_uid(critical, Column.CRITICAL)
    assert cell.data() == "Yes"
    assert model.index_of_uid(calm, Column.CRITICAL).data() == "No"
    plan, schedule = window.document.plan, window.document.schedule
    summaries = [t.uid for t in plan.tasks if plan.is_summary(t.uid)]
    red = next(u for u in summaries if schedule[u].critical)
    assert model.index_of_uid(red, Column.CRITICAL).data() == "Yes"  # as MS Project's field
    assert not model.index_of_uid(red, Column.NAME).data(Qt.ItemDataRole.ForegroundRole)
    calm_summaries = [u for u in summaries if not schedule[u].critical]
    for uid in calm_summaries:
        assert model.index_of_uid(uid, Column.CRITICAL).data() == "No"
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable  # worked out, not typed
    assert REPORT_KEYS[Column.CRITICAL] == "critical"  # printed and copied as a picture


def test_s23ay_critical_in_accessible_text_and_tooltip(window):
    model = window.model
    critical, calm = _critical_and_not(window)
    duration = model.index_of_uid(critical, Column.DURATION)
    spoken = duration.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"{duration.data()}, critical"
    assert (
        model.index_of_uid(calm, Column.DURATION).data(Qt.ItemDataRole.AccessibleTextRole) is None
    )
    tip = model.index_of_uid(critical, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(CRITICAL_TIP)


def test_s23ay_critical_column_shown(window, qtbot):
    tree = window.tree
    tree.setColumnHidden(Column.CRITICAL, False)
    header = tree.horizontalHeader()
    header.moveSection(header.visualIndex(Column.CRITICAL), header.visualIndex(Column.DURATION))
    for column in (Column.PREDECESSORS, Column.RESOURCES, Column.COST, Column.PERCENT):
        tree.setColumnHidden(column, True)
    critical, _calm = _critical_and_not(window)
    tree.setCurrentIndex(window.model.index_of_uid(critical, Column.CRITICAL))
    tree.setFocus()
    tree.grab().save("/tmp/s23ay/s23ay_critical_column.png")
    assert tree.visualRect(window.model.index_of_uid(critical, Column.CRITICAL)).width() > 30
