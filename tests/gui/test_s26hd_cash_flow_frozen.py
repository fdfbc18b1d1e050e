"""File > Cash Flow…: the Task column stays in view while the weeks scroll sideways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.app import Session
from app.ui.printing.cash_flow_dialog import CashFlowDialog
from app.ui.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def test_s26hd_task_column_stays_when_the_weeks_scroll(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    path.write_bytes(DEMO.read_bytes())
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    try:
        win.action_collection["cash_flow"].trigger()
        (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CashFlowDialog)]
        qtbot.waitExposed(dialog)
        dialog.period_box.setCurrentIndex(0)  # weeks: far wider than the window
        table, frozen = dialog.table, dialog.frozen
        bar = table.horizontalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        bar.setValue(bar.maximum())
        assert table.columnViewportPosition(0) < 0  # the table's own Task column is gone
        # the frozen one lies over the left edge, Task wide, showing the task names
        assert frozen.isVisible()
        assert frozen.geometry().left() <= table.frameWidth()
        assert frozen.width() == table.columnWidth(0) > 0
        assert frozen.columnViewportPosition(0) == 0
        assert all(frozen.isColumnHidden(c) for c in range(1, dialog.model.columnCount()))
        assert frozen.model().index(0, 0).data() == dialog.model.index(0, 0).data()
        # scrolled down, its rows follow the table's
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
        assert frozen.verticalScrollBar().value() == table.verticalScrollBar().value()
        dialog.grab().save(str(tmp_path / "cash.png"))
        dialog.close()
    finally:
        for w in list(session.windows):
            w.close()
