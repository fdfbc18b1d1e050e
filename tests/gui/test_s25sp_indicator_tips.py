"""The Indicators cell paints its icons without writing their sentences (task s25sp).

A painted row asks for :data:`IndicatorsRole`; the tooltip's sentences (dates, money,
names in the locale's words) are written only when the cell is hovered (ToolTipRole).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.report.indicators import Indicator
from app.ui.document import Document
from app.ui.models.indicators import IndicatorCells, IndicatorsRole
from tests.gui.conftest import build_plan


def test_s25sp_icons_without_sentences_then_tooltip_on_hover(qapp) -> None:
    plan = build_plan()
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark on Code (s29rk)
    doc = Document(plan)
    doc.plan.update_task(replace(doc.plan.task(5), notes="ask Ben"))
    cells = IndicatorCells(doc)
    written: list[int] = []
    marks = cells._current()
    of = marks.of
    marks.of = lambda uid: (written.append(uid), of(uid))[1]  # type: ignore[method-assign]

    assert cells.data(5, IndicatorsRole) == (Indicator.NOTE,)
    assert written == []  # painted: no sentence written

    tip = cells.data(5, Qt.ItemDataRole.ToolTipRole)
    assert written == [5]
    assert tip is not None
    assert "ask Ben" in tip
    # the icons read after the sentences are the same kinds, in the same order
    assert cells.data(5, IndicatorsRole) == tuple(m.kind for m in cells.marks(5))
