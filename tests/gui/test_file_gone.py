"""A plan whose file is deleted or moved while open says so once, at the next edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    win = Session(Settings()).open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(win, "show_warning", lambda title, text: warnings.append((title, text)))
    win.warnings = warnings
    yield win
    win.close()


def _rename_first_task(window, name):
    """Type a new name into the first row, as a user does."""
    model = window.model
    return model.setData(model.index_of_uid(1, Column.NAME), name, Qt.ItemDataRole.EditRole)


@pytest.mark.parametrize("how", ["deleted", "moved", "replaced"])
def test_a_file_gone_from_under_the_window_is_reported_once(window, how):
    path = window.document.path
    assert _rename_first_task(window, "Still here")
    assert window.warnings == []
    if how == "deleted":
        path.unlink()
    elif how == "moved":
        path.rename(path.with_name("elsewhere.gantry"))
    else:  # another program wrote a new file under the name
        moved = path.with_name("old.gantry")
        path.rename(moved)
        path.write_bytes(moved.read_bytes())
    # SQLite refuses to write a file moved or deleted under it: the edit stays in memory,
    # undoable, and the user is told to keep the plan with Save a Copy As.
    assert _rename_first_task(window, "Not lost")
    assert window.document.plan.task(1).name == "Not lost"
    assert window.document.undo_stack.undoText() == "Rename task 'Still here'"
    assert len(window.warnings) == 1
    title, text = window.warnings[0]
    assert title == "plan.gantry was moved, renamed or deleted while open"
    assert "Save a Copy As" in text
    assert _rename_first_task(window, "Again")
    assert len(window.warnings) == 1  # once is enough
    copy = path.with_name("kept.gantry")
    window.document.file.save_copy(copy)
    assert read_plan(copy).tasks[0].name == "Again"
