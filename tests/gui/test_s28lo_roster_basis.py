"""The Team roster's over-allocation tooltip says when leveling on the plan's basis leaves
a person, as MS Project's indicator says a resource "should be leveled based on a Day by
Day setting": Ana (two 4 h tasks at once, 8 h in her 8 h day) is over-allocated but Day by
Day leaves her; Ben (10 h in a day) is leveled. The red mark itself stays moment by moment,
as MS Project's Overallocated field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.leveling_options import LevelingBasis
from app.store.document import GantryFile
from app.ui.team.roster_model import OverallocatedRole
from tests.test_s28lo_basis_and_kept import _plan


def _tips(session, tmp_path, qtbot, basis):
    plan = _plan()
    plan.project = replace(plan.project, leveling=replace(plan.project.leveling, basis=basis))
    path = tmp_path / "basis.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show_view("team")
    roster = win.views["team"].table.model()
    assert [roster.index(k, 0).data(OverallocatedRole) for k in range(2)] == [True, True]
    tips = [roster.index(k, 0).data(Qt.ItemDataRole.ToolTipRole) for k in range(2)]
    win.close()
    return tips


def test_s28lo_day_by_day_says_who_leveling_leaves(session, tmp_path, qtbot):
    ana, ben = _tips(session, tmp_path, qtbot, LevelingBasis.DAY)
    assert ana.startswith("Ana is over-allocated")
    assert ana.endswith(
        "Within a day only: leveling Day by Day leaves it (their hours hold each day's work)."
    )
    assert "Within a day" not in ben


def test_s28lo_minute_by_minute_says_nothing_more(session, tmp_path, qtbot):
    ana, _ben = _tips(session, tmp_path, qtbot, LevelingBasis.MINUTE)
    assert "leaves it" not in ana
