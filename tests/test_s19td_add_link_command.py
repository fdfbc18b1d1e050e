"""A link dragged from bar to bar is an undo step among the other link commands
(app.ui.link_commands.AddLinkCommand), named as they name tasks (cut after 40 characters)."""

from __future__ import annotations

from dataclasses import replace

from app.domain.link import Link, LinkType
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.gantt.commands import move_task_command
from app.ui.link_commands import AddLinkCommand
from tests.gui.conftest import build_plan

LONG = "Integration of the payment provider's sandbox with the order service"


def test_s19td_a_dragged_link_is_one_undo_step():
    document = Document(build_plan())
    plan = document.plan
    assert plan.find_link(2, 6) is None
    command = AddLinkCommand(document, 2, 6)
    assert command.text() == "Link 'Specs' to 'Test'"
    execute(document, command)
    assert plan.find_link(2, 6) == Link(2, 6, LinkType.FS)
    document.undo_stack.undo()
    assert plan.find_link(2, 6) is None
    document.undo_stack.redo()
    assert plan.find_link(2, 6) == Link(2, 6, LinkType.FS)


def test_s19td_bar_commands_cut_a_long_name_as_the_link_does():
    document = Document(build_plan())
    document.plan.update_task(replace(document.plan.task(2), name=LONG))
    shown = "'Integration of the payment provider's sa…'"
    assert AddLinkCommand(document, 2, 6).text() == f"Link {shown} to 'Test'"
    start = document.schedule.get(2).start
    assert move_task_command(document, 2, start).text() == f"Move task {shown}"
