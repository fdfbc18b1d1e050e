"""Faults found driving the window as an MS Project user, in files this task may not edit:
each test says what MS Project does and is expected to fail until the owner fixes it
(strict: it turns red once fixed, so the mark is removed)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.app import Session
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings

DAY = 480
EDIT = Qt.ItemDataRole.EditRole


def _plan() -> Plan:
    plan = Plan(project=Project(name="Order", start=datetime(2027, 3, 1, 8, 0)))
    for uid in (1, 2, 3):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    return plan


def test_s17x2_link_tasks_follows_the_order_tasks_were_ctrl_clicked(qtbot):
    win = MainWindow(Document(_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1200, 500)
    with qtbot.waitExposed(win):
        win.show()
    tree, model = win.tree, win.model
    for uid, modifier in (
        (3, Qt.KeyboardModifier.NoModifier),
        (1, Qt.KeyboardModifier.ControlModifier),
    ):
        rect = tree.visualRect(model.index_of_uid(uid, Column.NAME))
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert set(tree.selected_uids()) == {1, 3}
    win.action_collection["link_tasks"].trigger()
    links = [(lk.predecessor, lk.successor) for lk in win.document.plan.links]
    assert links == [(3, 1)]  # T3 clicked first: it is the predecessor
    win.close()


def test_s17x2_a_lag_typed_in_weeks_reads_in_weeks():
    doc = Document(_plan())
    model = TaskTreeModel(doc)
    assert model.setData(model.index_of_uid(3, Column.PREDECESSORS), "1FS+1w", EDIT)
    assert doc.plan.links[0].lag_minutes == 5 * DAY
    assert model.index_of_uid(3, Column.PREDECESSORS).data() == "1FS+1w"


def test_s17x2_cli_prints_an_elapsed_task_slack_in_elapsed_days(tmp_path, capsys):
    from app.cli import main
    from app.store.document import GantryFile

    plan = Plan(project=Project(name="Elapsed", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Cure concrete", 1, duration_minutes=3 * 24 * 60, elapsed=True))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    path = tmp_path / "elapsed.gantry"
    GantryFile.create(path, plan).close()
    assert main(["schedule", str(path)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if "Cure concrete" in line)
    assert "1.38ed" in row
