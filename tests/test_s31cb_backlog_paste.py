"""A backlog pasted from a spreadsheet is read whatever the order of its columns.

Found by a team lead pasting 80 stories (s31xa M1, L1-L3): with the title row
``Task Name, Work, Resource Names, Story Points`` nothing was pasted ("has no people"),
while the same rows with Resource Names before Work pasted fine; a row's People cell is
now typed before its work, as MS Project keeps work typed before someone is assigned.
Also: a ``Task Type`` title was not read (``Type`` was); ``5 pts`` in Story Points was
refused with the column named twice; durations worked out from the work read ``6h?`` on
one row and ``1.5d?`` on the next (now in the unit the new task showed, days: 0.75d?).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.custom_fields import value_of
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task, TaskType
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.custom_fields_dialog import rename_command
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

HOUR = 60


@pytest.fixture
def window(tmp_path, qtbot):
    plan = Plan(project=Project(name="Release", start=datetime(2027, 1, 4, 8, 0)))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.append_task(Task(1, "Story 00 ui", 1, duration_minutes=480))
    path = tmp_path / "release.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    command = rename_command(win.document, "Number1", "Story Points")
    assert command is not None
    win.document.push(command)
    yield win
    for w in list(session.windows):
        w.close()


def _paste(window, index, text: str) -> str:
    window.tree.setCurrentIndex(index)
    QApplication.clipboard().setText(text)
    window.action_collection["paste_tasks"].trigger()
    return window.statusBar().currentMessage()


def _people_work(plan: Plan, uid: int) -> list[tuple[str, int]]:
    return [
        (plan.resource(a.resource_uid).name, a.work_minutes) for a in plan.assignments_of_task(uid)
    ]


def _shown(window, uid: int, column: int) -> str:
    return window.model.index_of_uid(uid, column).data(Qt.ItemDataRole.DisplayRole)


@pytest.mark.parametrize(
    "titles",
    [
        "Task Name\tWork\tResource Names\tStory Points",
        "Task Name\tResource Names\tWork\tStory Points",
    ],
)
def test_s31cb_a_backlog_pastes_with_work_before_or_after_its_people(window, titles):
    plan = window.document.plan
    order = titles.split("\t")
    rows = [
        {"Task Name": "Story 01 ui", "Work": "6h", "Resource Names": "Ana", "Story Points": "1"},
        {"Task Name": "Story 02 api", "Work": "12h", "Resource Names": "Ben", "Story Points": "2"},
    ]
    text = titles + "\n" + "".join("\t".join(r[t] for t in order) + "\n" for r in rows)
    steps = window.document.undo_stack.count()
    said = _paste(window, window.model.blank_index(Column.NAME), text)
    assert said == "Pasted 2 tasks"
    assert window.document.undo_stack.count() == steps + 1  # one undo step
    one, two = plan.tasks[1].uid, plan.tasks[2].uid
    assert _people_work(plan, one) == [("Ana", 6 * HOUR)]
    assert _people_work(plan, two) == [("Ben", 12 * HOUR)]
    assert value_of(plan.task(two).custom, "Number1") == 2.0
    # worked out from the work, in the unit a new task shows (days), row after row
    assert [_shown(window, one, Column.DURATION), _shown(window, two, Column.DURATION)] == [
        "0.75d?",
        "1.5d?",
    ]


def test_s31cb_work_and_people_pasted_into_cells_of_a_task_without_people(window):
    plan = window.document.plan
    said = _paste(
        window, window.model.index_of_uid(1, Column.WORK), "Work\tResource Names\n16h\tAna\n"
    )
    assert said == "Pasted 2 cells"
    assert _people_work(plan, 1) == [("Ana", 16 * HOUR)]


def test_s31cb_a_task_type_title_is_read(window):
    plan = window.document.plan
    said = _paste(
        window,
        window.model.blank_index(Column.NAME),
        "Task Name\tTask Type\nSpike\tFixed Duration\n",
    )
    assert said == "Pasted 1 task"  # nothing "not read"
    assert plan.tasks[-1].task_type is TaskType.FIXED_DURATION


def test_s31cb_a_word_in_a_number_field_names_the_column_once(window):
    plan = window.document.plan
    before = list(plan.tasks)
    said = _paste(
        window, window.model.blank_index(Column.NAME), "Task Name\tStory Points\nStory 03\t5 pts\n"
    )
    assert said.count("Story Points") == 1, said
    assert "'5 pts' is not a number" in said
    assert plan.tasks == before  # nothing pasted
