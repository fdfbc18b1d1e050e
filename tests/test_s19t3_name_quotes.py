"""The undo texts of moving (a drag, Move Up/Down), pasting and Replace All of one task quote
its name as every other command does (app.ui.commands.quoted): a name past 40 characters is cut
with '…', where it was quoted whole (a 300-character name made a 300-character Undo item). The
calendar mark's tooltip quotes through app.domain.quoting.quoted (its text as before)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.report.indicators import calendar_tip
from app.ui import find_query
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.find_query import FindQuery, Matcher, replace_command
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.task_clipboard import PasteTasksCommand, copy_tasks
from tests.gui.conftest import build_plan

LONG = "Integration of the payment provider's sandbox with the order service"
SHOWN = "'Integration of the payment provider's sa…'"
TEST = 6  # the sample plan's Test, under Build after Code


def _document(name: str = LONG) -> Document:
    plan = build_plan()
    plan.update_task(replace(plan.task(TEST), name=name))
    return Document(plan)


@pytest.mark.parametrize(("name", "shown"), [(LONG, SHOWN), ("Test", "'Test'")])
def test_s19t3_a_dragged_task(name, shown):
    document = _document(name)
    model = TaskTreeModel(document)
    assert model.drop_uids([TEST], 5, below=False)  # in front of Code
    assert document.undo_stack.undoText() == f"Move task {shown}"


@pytest.fixture
def window(qtbot):
    win = MainWindow(_document(), settings=Settings())
    qtbot.addWidget(win)
    win.show()
    return win


def test_s19t3_a_task_moved_up(window):
    window.tree.select_uids([TEST])
    window.action_collection["move_up"].trigger()
    assert window.document.undo_stack.undoText() == f"Move task {SHOWN} up"


@pytest.mark.parametrize(("name", "shown"), [(LONG, SHOWN), ("Test", "'Test'")])
def test_s19t3_a_task_pasted(name, shown):
    document = _document(name)
    plan = document.plan
    command = PasteTasksCommand(document, len(plan.tasks), 1, copy_tasks(plan, [TEST], name))
    execute(document, command)
    assert document.undo_stack.undoText() == f"Paste task {shown}"


def test_s19t3_a_name_replaced_in_one_task(monkeypatch):
    # one task's one cell is that cell's own command ("Rename task …", quoted already): the
    # text Replace All names the step with is seen where it is handed over
    named: list[str] = []
    monkeypatch.setattr(find_query, "one_step", lambda doc, text, parts: named.append(text))
    model = TaskTreeModel(_document())
    matcher = Matcher(model, FindQuery("order service", Column.NAME))
    replace_command(model, matcher, [TEST], "cart")
    assert named == [f"Replace Task name of {SHOWN}"]


def test_s19t3_the_calendar_tip_cuts_a_long_calendar_name():
    assert calendar_tip("Night shift") == "The calendar 'Night shift' is assigned to the task."
    name = "N" * 400
    assert calendar_tip(name) == f"The calendar '{'N' * 300}…' is assigned to the task."
