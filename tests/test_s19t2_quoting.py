"""Names in undo texts and status lines are cut by the rule every message quotes with
(app.domain.quoting): the first 40 characters and "…", where app.ui.commands cut its own
way (37 characters and "...") and the several-tasks note the domain's way."""

from __future__ import annotations

from dataclasses import replace

from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.task import Task
from app.ui.commands import quoted as command_quoted
from app.ui.dialogs.multi_task_edits import _note
from app.ui.document import Document
from app.ui.outline_commands import IndentCommand
from tests.gui.conftest import build_plan

FORTY = "Integration of the payment provider's sa"  # 40 characters
LONG = FORTY + "ndbox with the order service"


def test_s19t2_a_name_of_40_characters_is_whole_a_longer_one_cut_after_them():
    assert command_quoted(FORTY) == f"'{FORTY}'"
    assert command_quoted(FORTY + "n") == f"'{FORTY}…'"
    assert command_quoted(LONG) == quoted(LONG, NAME_LIMIT) == f"'{FORTY}…'"


def test_s19t2_an_undo_text_and_the_several_tasks_note_cut_a_name_alike():
    document = Document(build_plan())
    plan = document.plan
    plan.update_task(replace(plan.task(3), name=LONG))  # Review, under Design
    assert IndentCommand(document, [3]).text() == f"Indent task '{FORTY}…'"
    assert _note([Task(1, LONG)], ["Priority"]) == (
        f"Not set on summary task '{FORTY}…': Priority (a summary's come from its subtasks)"
    )
