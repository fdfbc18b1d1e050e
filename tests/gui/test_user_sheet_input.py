"""What a user sees when typing dates into the task sheet that the plan cannot take."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.task import ConstraintType
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def window(tmp_path, qtbot):
    """A window on a .gantry file of the sample plan (project start Mon 2026-03-02 08:00)."""
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2026-01-01", datetime(2026, 1, 1, 8, 0)),
        ("2025-12-31 08:00", datetime(2025, 12, 31, 8, 0)),
        ("2026-03-02 07:00", datetime(2026, 3, 2, 7, 0)),
    ],
)
def test_start_before_the_project_start_is_taken_as_ms_project_takes_it(window, text, moment):
    # s28ke: it was refused; MS Project pins it (SNET) and starts the task before the project
    doc, model = window.document, window.model
    assert model.setData(model.index_of_uid(5, Column.START), text, EDIT)
    code = doc.plan.task(5)
    assert (code.constraint_type, code.constraint_date) == (ConstraintType.SNET, moment)
    assert doc.schedule[5].start == datetime(2026, 3, 6, 8, 0)  # Review still holds it
    assert doc.undo_stack.count() == 1


def test_start_on_the_project_start_is_taken(window):
    doc, model = window.document, window.model
    assert model.setData(model.index_of_uid(5, Column.START), "2026-03-20", EDIT)
    assert doc.plan.task(5).constraint_date is not None
    assert model.index_of_uid(5, Column.START).data() == "Fri 2026-03-20"


def test_a_manual_task_may_start_before_the_project(window):
    """As in MS Project, a manually scheduled task sits wherever the user puts it."""
    from app.ui.commands import EditTaskCommand, execute

    doc, model = window.document, window.model
    execute(doc, EditTaskCommand(doc, 5, "Manual", manual=True, start=doc.plan.project.start))
    assert model.setData(model.index_of_uid(5, Column.START), "2026-02-23", EDIT)
    assert model.index_of_uid(5, Column.START).data() == "Mon 2026-02-23"


def test_an_elapsed_lag_of_the_same_length_replaces_a_working_one(window):
    """3d of working time and 1ed (24 h straight) are both 1440 minutes, yet not the same lag."""
    doc, model = window.document, window.model
    cell = model.index_of_uid(6, Column.PREDECESSORS)
    assert model.setData(cell, "5FS+3d", EDIT)
    assert model.setData(cell, "5FS+1ed", EDIT)
    link = doc.plan.find_link(5, 6)
    assert link is not None
    assert (link.lag_minutes, link.lag_elapsed) == (1440, True)
    assert doc.undo_stack.count() == 2
