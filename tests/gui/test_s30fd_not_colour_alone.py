"""Colour is never the only sign (tester s30xk, item 9): a critical task's Indicators cell
shows a critical mark, told in its tooltip and to a screen reader; an over-allocated person's
roster name is bold with the over-allocated icon; an over-allocated Usage cell carries the
icon and says "over-allocated". The marks are icons, so a selected row keeps them."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.assets import resource_path
from app.ui.app import Session
from app.ui.models.critical_mark import CRITICAL_LINE, CRITICAL_MARK
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from app.ui.settings import Settings


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1300, 700)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    for w in list(session.windows):
        w.close()


def test_s30fd_critical_task_has_a_mark_besides_red(window):
    model = window.model
    plan, schedule = window.document.plan, window.document.schedule
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)]
    critical = next(u for u in leaves if schedule[u].critical)
    calm = next(u for u in leaves if not schedule[u].critical)
    cell = model.index_of_uid(critical, Column.INDICATORS)
    assert cell.data(IndicatorsRole)[0] == CRITICAL_MARK
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(CRITICAL_LINE)
    assert "Critical" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    name = model.index_of_uid(critical, Column.NAME)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name.data()}, critical"
    quiet = model.index_of_uid(calm, Column.INDICATORS)
    assert CRITICAL_MARK not in (quiet.data(IndicatorsRole) or ())
    tip = quiet.data(Qt.ItemDataRole.ToolTipRole) or ""
    assert CRITICAL_LINE not in tip


def test_s30fd_critical_icon_is_drawn():
    from app.ui.models.indicators import indicator_icon

    assert not indicator_icon(CRITICAL_MARK).pixmap(16, 16).isNull()
    assert isinstance(indicator_icon(CRITICAL_MARK), QIcon)


def test_s30fd_over_allocated_person_is_bold_with_an_icon(window):
    from app.ui.team.roster_model import OverallocatedRole, RosterColumn, RosterModel

    roster = RosterModel(window.document)
    rows = [roster.index(r, RosterColumn.NAME) for r in range(roster.rowCount())]
    over = [i for i in rows if i.data(OverallocatedRole)]
    calm = [i for i in rows if not i.data(OverallocatedRole)]
    assert over and calm
    name = over[0]
    assert name.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(name.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name.data()}, over-allocated"
    assert calm[0].data(Qt.ItemDataRole.DecorationRole) is None
    assert calm[0].data(Qt.ItemDataRole.FontRole) is None
