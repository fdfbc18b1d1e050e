"""The window never passes off as saved what its file lacks: a write that fails (the disk
full) is said in a box that stays until dismissed, the title starts with *, undo and redo go
on in the window, File > Save writes the plan whole, and closing asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import app.ui.unsaved_plan as unsaved_plan
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.commands import EditTaskCommand, execute, one_step
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

LONG = "Performance test " + "x" * 6000  # a note that needs new pages (names stop at 255)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    # closing at teardown (qtbot's) answers Discard; a test sets its own answer
    monkeypatch.setattr(unsaved_plan, "ask_save", lambda *a: unsaved_plan.Button.Discard)
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"T{i}", duration_minutes=480) for i in (1, 2, 3)])
    GantryFile.create(tmp_path / "t.gantry", plan).close()
    window = Session(Settings()).open_path(tmp_path / "t.gantry")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.boxes = []
    window.show_warning = lambda title, text: window.boxes.append((title, text))
    return window


def _fill_disk(window) -> None:
    conn = window.document.file._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _make_room(window) -> None:
    window.document.file._conn.execute("PRAGMA max_page_count = 1000000")


def _names(window) -> list[str]:
    """The names in the file, a task holding the long note as LONG (a failure reads short)."""
    return ["LONG" if t.notes == LONG else t.name for t in read_plan(window.document.path).tasks]


def _type_note(window, uid: int, text: str) -> bool:
    model = window.model
    row = window.document.plan.index_of(uid)
    index = model.index(row, int(Column.NOTES))
    return model.setData(index, text, Qt.ItemDataRole.EditRole)


def test_a_name_typed_on_a_full_disk_is_said_in_a_box_and_the_title_marks_it(qtbot, window):
    _fill_disk(window)
    _type_note(window, 1, LONG)
    qtbot.waitUntil(lambda: bool(window.boxes))
    ((title, text),) = window.boxes
    assert title == "Your change could not be saved"
    assert text.startswith("t.gantry could not be saved: the disk is full.")
    assert "File > Save" in text
    assert window.windowTitle().startswith("*t.gantry")
    assert window.document.plan.task(1).notes == LONG, (
        "not kept"
    )  # the window keeps it, as its title says
    assert _names(window) == ["T1", "T2", "T3"]
    assert window.document.undo_stack.canUndo()  # undoable like any edit


def test_undo_redo_and_steps_of_many_edits_stay_in_the_window_until_save(qtbot, window):
    _fill_disk(window)
    doc = window.document
    _type_note(window, 1, LONG)
    qtbot.waitUntil(lambda: bool(window.boxes))
    doc.undo_stack.undo()
    assert doc.plan.task(1).notes == ""
    doc.undo_stack.redo()
    assert doc.plan.task(1).notes == LONG, "not redone"
    _make_room(window)  # room again: still nothing goes in alone, the first edit is missing
    parts = [EditTaskCommand(doc, u, "Rename", name=f"n{u}") for u in (2, 3)]
    execute(doc, one_step(doc, "Rename tasks", parts))
    assert _names(window) == ["T1", "T2", "T3"]
    assert len(window.boxes) == 1  # said once; the title's * goes on saying it
    window.save_plan()  # File > Save
    assert _names(window) == ["LONG", "n2", "n3"]
    assert not window.windowTitle().startswith("*")
    doc.undo_stack.undo()  # and edits are written one by one again
    assert _names(window) == ["LONG", "T2", "T3"]


def test_a_save_on_a_disk_still_full_says_why_and_keeps_the_mark(qtbot, window, monkeypatch):
    _fill_disk(window)
    _type_note(window, 1, LONG)
    qtbot.waitUntil(lambda: bool(window.boxes))

    def still_full():
        from app.domain.errors import DocumentError

        raise DocumentError("t.gantry could not be saved: the disk is full")

    monkeypatch.setattr(window.document.file, "save", still_full)
    window.save_plan()
    title, text = window.boxes[-1]
    assert title == "The plan could not be saved"
    assert text.startswith("t.gantry could not be saved: the disk is full.")
    assert window.windowTitle().startswith("*")


def test_closing_asks_first_cancel_keeps_the_window_discard_leaves_the_file(
    qtbot, window, monkeypatch
):
    _fill_disk(window)
    _type_note(window, 1, LONG)
    qtbot.waitUntil(lambda: bool(window.boxes))
    asked = []
    monkeypatch.setattr(
        unsaved_plan,
        "ask_save",
        lambda parent, title, text: (asked.append(text), unsaved_plan.Button.Cancel)[1],
    )
    window.close()
    assert window.isVisible()
    assert "not in t.gantry (it could not be saved: the disk is full)" in asked[0]
    monkeypatch.setattr(unsaved_plan, "ask_save", lambda *a: unsaved_plan.Button.Discard)
    window.close()
    assert not window.isVisible()
    assert _names(window) == ["T1", "T2", "T3"]


def test_closing_with_save_writes_what_the_window_showed(qtbot, window, monkeypatch):
    path = window.document.path
    _fill_disk(window)
    _type_note(window, 2, LONG)
    qtbot.waitUntil(lambda: bool(window.boxes))
    _make_room(window)
    monkeypatch.setattr(unsaved_plan, "ask_save", lambda *a: unsaved_plan.Button.Save)
    window.close()
    assert not window.isVisible()
    assert [t.notes == LONG for t in read_plan(path).tasks] == [False, True, False]
