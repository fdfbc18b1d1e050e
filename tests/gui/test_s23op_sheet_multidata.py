"""The task sheet answers every role a painted cell asks for in one multiData call (the
delegate's seven a cell, rather than seven data() calls from Qt): each answer is exactly
data()'s, on task rows, summaries, critical and filter-context rows, a hyperlink, notes, the
Indicators column, a custom field, the empty row and group headers. Qt hands the same span
from cell to cell, so a role a cell does not answer must leave nothing behind."""

from __future__ import annotations

import shutil
from dataclasses import replace

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, QSettings, Qt

from app.assets import resource_path
from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import BUILT_IN
from app.domain.hyperlinks import Hyperlink
from app.ui import filter_menu, group_menu
from app.ui.app import Session
from app.ui.models.custom_columns import CUSTOM_FIRST
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.settings import Settings

R = Qt.ItemDataRole
ROLES = (
    R.FontRole,  # QStyledItemDelegate.initStyleOption's seven, in its order
    R.TextAlignmentRole,
    R.ForegroundRole,
    R.CheckStateRole,
    R.DecorationRole,
    R.DisplayRole,
    R.BackgroundRole,
    R.EditRole,
    R.ToolTipRole,
    R.AccessibleTextRole,
    R.SizeHintRole,
    TaskUidRole,
    SummaryRole,
    OutlineLevelRole,
    IndicatorsRole,
)


def _window(qtbot, tmp_path):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    return window


def _mismatches(model) -> list[tuple[int, int, int]]:
    """Cells whose multiData answer differs from data(), each role's span reused over every
    cell as Qt reuses its own."""
    columns = [*range(model.columnCount()), CUSTOM_FIRST]
    kept = {int(role): QModelRoleData(role) for role in ROLES}
    spans = {role: QModelRoleDataSpan(one) for role, one in kept.items()}
    wrong = []
    for row in [*range(min(model.rowCount(), 30)), model.rowCount() - 1]:
        for column in columns:
            index = model.index(row, column)
            for role, span in spans.items():
                index.multiData(span)
                if kept[role].data() != index.data(role):
                    wrong.append((row, column, role))
    return wrong


def test_s23op_every_cell_answers_multidata_as_data(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    model, plan = window.model, window.document.plan
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    plan.update_task(
        replace(leaf, notes="Call the client", hyperlink=Hyperlink("Spec", "https://x.test"))
    )
    schedule = window.document.schedule
    assert any(schedule[t.uid].critical for t in plan.tasks if not plan.is_summary(t.uid))
    assert _mismatches(model) == []
    filter_menu.controller_of(window).apply(TaskFilter(FilterKind.NAME_CONTAINS, text=leaf.name))
    assert model.row_filter() is not None
    assert model.row_filter().context  # greyed summaries
    assert _mismatches(model) == []
    group_menu.controller_of(window).group_by(BUILT_IN[1][2])
    assert model.row_group() is not None
    assert _mismatches(model) == []


def test_s23op_a_cell_after_a_bold_red_one_is_plain(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    model, plan = window.model, window.document.plan
    top = next(t.uid for t in plan.tasks if plan.is_summary(t.uid))
    blank = model.index(model.rowCount() - 1, 2)
    font = QModelRoleData(R.FontRole)
    span = QModelRoleDataSpan(font)
    model.index_of_uid(top, 2).multiData(span)
    assert font.data().bold()
    blank.multiData(span)
    assert font.data() is None
