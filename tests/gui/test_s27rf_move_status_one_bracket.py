"""Move to Status Date's message said ``(2 split at their progress) (Start No Earlier Than set
on 14 tasks, 2 replaced)``: two brackets in a row (s27rw finding 11). Both now go in one."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.store.document import GantryFile
from tests.gui.conftest import build_plan

CODE, TEST = 5, 6
STATUS = datetime(2026, 3, 20, 17, 0)


def test_s27rf_split_and_constraints_in_one_bracket(session, tmp_path, qtbot) -> None:
    plan = build_plan()
    plan.project = replace(plan.project, status_date=STATUS)
    path = tmp_path / "late.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    doc = win.document
    start = doc.schedule[CODE].start
    assert start < STATUS
    doc.plan.update_task(replace(doc.plan.task(CODE), actual_start=start, percent_complete=10))
    win.tree.select_uids([CODE, TEST])
    win.action_collection["move_incomplete_to_status"].trigger()
    message = win.statusBar().currentMessage()
    assert message.startswith("Moved 2 tasks to start after 2026-03-20 (1 split at its progress; "
                              "Start No Earlier Than set on "), message  # fmt: skip
    assert ") (" not in message
    win.close()
