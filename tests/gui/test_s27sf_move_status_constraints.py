"""Project > Move to Status Date > Incomplete Parts gives the tasks it moves a Start No Earlier
Than (as MS Project), overwriting one a task had: the status bar says so, or a PM never learns
why a task will not move back."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.task import ConstraintType
from app.store.document import GantryFile
from tests.gui.conftest import build_plan

DESIGN, SPECS, REVIEW, BUILD, CODE, TEST, GO_LIVE = range(1, 8)
STATUS = datetime(2026, 3, 20, 17, 0)


def test_s27sf_the_status_bar_counts_the_constraints_set_and_replaced(session, tmp_path, qtbot):
    plan = build_plan()
    plan.project = replace(plan.project, status_date=STATUS)
    code = plan.task(CODE)  # its own earlier SNET, overwritten by the move
    plan.update_task(
        replace(
            code,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 2, 8),
        )
    )
    path = tmp_path / "late.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    doc = win.document
    due = [t.uid for t in doc.plan.tasks if doc.schedule[t.uid].start < STATUS]
    win.tree.select_uids([CODE, TEST])
    win.action_collection["move_incomplete_to_status"].trigger()
    moved = [CODE, TEST]
    for uid in moved:
        task = doc.plan.task(uid)
        assert task.constraint_type is ConstraintType.SNET
        assert task.constraint_date == STATUS
    message = win.statusBar().currentMessage()
    assert message.startswith("Moved 2 tasks to start after 2026-03-20"), (message, due)
    assert message.endswith("(Start No Earlier Than set on 2 tasks, 1 replaced)")
    with qtbot.waitExposed(win):
        win.show()
    win.grab().save(str(tmp_path / "moved.png"))
    win.close()
