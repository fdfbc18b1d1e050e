"""Many plain task edits in one undo step (Replace All, Multiple Task Information) reach the
plan as one change: one announcement for the views, the file and the scheduler. Edits that
must run alone (a new duration rebalances the people's work) keep their order and effect."""

from __future__ import annotations

import pytest

from app.domain.errors import AppError
from app.domain.events import ChangeKind, Entity
from app.domain.resource import Assignment, Resource
from app.ui.commands import CompositeCommand, EditTaskCommand, execute
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _document() -> Document:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1, units=1.0, work_minutes=5 * 480))
    return Document(plan)


def _task_changes(document: Document) -> list[tuple[object, ...]]:
    seen: list[tuple[object, ...]] = []

    def heard(change):
        if change.entity is Entity.TASK and change.kind is ChangeKind.CHANGED:
            seen.append(change.keys)

    document.plan.changes.subscribe(heard)
    return seen


def _state(document: Document):
    plan = document.plan
    return list(plan.tasks), list(plan.assignments)


def test_s18ty_renaming_many_tasks_is_one_change_and_one_undo_step():
    document = _document()
    before = _state(document)
    seen = _task_changes(document)
    parts = [EditTaskCommand(document, uid, "Rename", name=f"Job {uid}") for uid in (2, 3, 5, 6)]
    execute(document, CompositeCommand(document, "Replace Task name of 4 tasks", parts))
    assert seen == [(2, 3, 5, 6)]
    assert [t.name for t in document.plan.tasks] == [
        "Design", "Job 2", "Job 3", "Build", "Job 5", "Job 6", "Go-live",
    ]  # fmt: skip
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _state(document) == before
    assert seen[-1] == (2, 3, 5, 6)  # taken back as one change too
    document.undo_stack.redo()
    assert document.plan.task(6).name == "Job 6"


def _mixed_parts(document: Document):
    return [
        EditTaskCommand(document, 2, "Rename", name="Outline"),
        EditTaskCommand(document, 3, "Note", notes="with the client"),
        EditTaskCommand(document, 5, "Longer", duration_minutes=10 * 480),  # runs alone
        EditTaskCommand(document, 6, "Rename", name="Check"),
        EditTaskCommand(document, 6, "Rename again", name="Check twice"),  # same task: after
        EditTaskCommand(document, 7, "Priority", priority=900),
    ]


def test_s18ty_edits_run_together_end_as_one_by_one():
    together, alone = _document(), _document()
    execute(together, CompositeCommand(together, "Edit", _mixed_parts(together)))
    for part in _mixed_parts(alone):
        execute(alone, part)
    assert _state(together) == _state(alone)
    assert together.plan.task(6).name == "Check twice"
    # the new duration rebalanced Ana's work on Code, as typed alone
    assert together.plan.assignments[0].work_minutes == 10 * 480
    assert together.schedule.get(7).start == alone.schedule.get(7).start


def test_s18ty_edits_run_together_undo_to_the_plan_before():
    document = _document()
    before = _state(document)
    execute(document, CompositeCommand(document, "Edit", _mixed_parts(document)))
    document.undo_stack.undo()
    assert _state(document) == before
    document.undo_stack.redo()
    assert document.plan.task(2).name == "Outline"
    assert document.plan.assignments[0].work_minutes == 10 * 480


def test_s18ty_a_refused_edit_leaves_the_plan_as_it_was():
    document = _document()
    before = _state(document)
    parts = [*_mixed_parts(document), EditTaskCommand(document, 3, "Move", outline_level=4)]
    with pytest.raises(AppError):
        execute(document, CompositeCommand(document, "Edit", parts))
    assert _state(document) == before
    assert document.undo_stack.count() == 0


def test_s18ty_replace_all_in_a_file_is_kept_as_one_change(qtbot, tmp_path):
    """The .gantry file writes the one change of many tasks: reopened, the names are there."""
    from PySide6.QtCore import QSettings

    from app.store.document import GantryFile
    from app.ui.app import Session
    from app.ui.find_query import FindQuery
    from app.ui.settings import Settings

    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()

    def open_window():
        ini = str(tmp_path / "gantry.ini")
        window = Session(Settings(QSettings(ini, QSettings.Format.IniFormat))).open_path(path)
        qtbot.addWidget(window)
        return window

    window = open_window()
    seen = _task_changes(window.document)
    window.replace_with(FindQuery("e"), "E", every=True)
    assert len(seen) == 1
    names = [t.name for t in window.document.plan.tasks]
    assert names[:3] == ["DEsign", "SpEcs", "REviEw"]
    window.close()
    again = open_window()
    assert [t.name for t in again.document.plan.tasks] == names
    again.close()
