"""Typing into a task's cells names the task in its messages as other commands do
(app.ui.commands.quoted): a long name is cut after 40 characters with '…', so an undo entry or a refusal
stays one readable line. The Start and Finish cells (task_date_edits) say it as the rest."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import InputError
from app.ui.commands import quoted
from app.ui.document import Document
from app.ui.models.task_date_edits import finish_command, start_command
from app.ui.models.task_edits import Column, command_for_cell
from tests.gui.conftest import build_plan

LONG = "Integration of the payment provider's sandbox with the order service"
SHOWN = "'Integration of the payment provider's sa…'"


def _document() -> Document:
    plan = build_plan()
    plan.update_task(replace(plan.task(1), name=LONG))  # the Design phase
    plan.update_task(replace(plan.task(5), name=LONG + " (code)"))
    return Document(plan)


def test_s19td_the_name_shown_is_cut_to_40_characters():
    assert quoted(LONG) == f"'{LONG[:40]}…'" == SHOWN  # every message's rule (domain.quoting)


def test_s19td_a_long_name_is_cut_in_the_undo_text_of_a_date_edit():
    document = _document()
    command = command_for_cell(document, 5, Column.START, "2026-03-20")
    assert command is not None
    assert command.text() == f"Move task {SHOWN}"
    command = finish_command(document, document.plan.task(5), "2026-04-20")
    assert command is not None
    assert command.text() == f"Set finish of {SHOWN}"
    command = command_for_cell(document, 5, Column.DURATION, "3d")
    assert command is not None
    assert command.text() == f"Set duration of {SHOWN}"


@pytest.mark.parametrize("column", [Column.FINISH, Column.DURATION])
def test_s19td_a_long_summary_name_is_cut_in_the_refusal(column):
    document = _document()
    with pytest.raises(InputError) as refused:
        command_for_cell(document, 1, column, "2026-03-20" if column != Column.DURATION else "2d")
    said = {  # a Start typed on a summary is its SNET since 1206392 (test_s25su)
        Column.FINISH: f"the finish of summary task {SHOWN} is its last subtask's: ",
        Column.DURATION: f"the duration of summary task {SHOWN} comes from its subtasks",
    }[column]
    assert str(refused.value).startswith(said)


def test_s19td_a_short_name_is_quoted_whole():
    document = Document(build_plan())
    command = start_command(document, document.plan.task(5), "2026-03-20")
    assert command is not None
    assert command.text() == "Move task 'Code'"
