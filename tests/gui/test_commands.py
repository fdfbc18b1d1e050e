"""Undo commands: do, check, undo, check the original, redo, check; refused edits change nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import AppError, CycleError, OutlineError
from app.domain.link import Link, LinkType
from app.domain.risk import Risk, RiskStatus
from app.domain.task import Task
from app.ui.commands import (
    CompositeCommand,
    DeleteTasksCommand,
    EditTaskCommand,
    InsertTaskCommand,
    execute,
)
from app.ui.document import Document
from app.ui.link_commands import LinkTasksCommand, SetPredecessorsCommand, UnlinkTasksCommand
from app.ui.outline_commands import IndentCommand, MoveTasksCommand, OutdentCommand, swapped_order
from app.ui.project_commands import (
    AddRiskCommand,
    DeleteRiskCommand,
    EditRiskCommand,
    SetProjectCommand,
)


@pytest.fixture
def doc(plan):
    return Document(plan)


def snapshot(plan):
    return (
        list(plan.tasks),
        sorted(plan.links, key=lambda lk: lk.key),
        list(plan.risks),
        plan.project,
    )


def round_trip(doc, command, check):
    """Run, check, undo to the original, redo, check again.

    ``check`` asserts itself (returning None) or returns whether the state is right.
    """
    before = snapshot(doc.plan)
    execute(doc, command)
    assert check() is not False
    doc.undo_stack.undo()
    assert snapshot(doc.plan) == before
    doc.undo_stack.redo()
    assert check() is not False


def test_edit_task(doc):
    def check():
        assert doc.plan.task(5).name == "Write code"
        assert doc.plan.task(5).priority == 800

    round_trip(
        doc, EditTaskCommand(doc, 5, "Edit task 'Code'", name="Write code", priority=800), check
    )
    assert doc.undo_stack.undoText() == "Edit task 'Code'"


def test_insert_and_delete(doc):
    round_trip(
        doc,
        InsertTaskCommand(doc, 3, Task(50, "Sign-off", 2)),
        lambda: doc.plan.wbs(50) == "1.3" or pytest.fail("not inserted under Design"),
    )

    def check_deleted():
        assert not doc.plan.has_task(4)
        assert not doc.plan.has_task(5)
        assert doc.plan.find_link(3, 5) is None

    round_trip(doc, DeleteTasksCommand(doc, [4]), check_deleted)
    assert doc.undo_stack.undoText() == "Delete task 'Build'"


def test_indent_outdent(doc):
    round_trip(doc, IndentCommand(doc, [7]), lambda: doc.plan.task(7).outline_level == 2)
    round_trip(doc, OutdentCommand(doc, [7]), lambda: doc.plan.wbs(7) == "3")


def test_an_outdent_the_scheduler_cannot_follow_is_taken_back(doc):
    execute(doc, IndentCommand(doc, [7]))
    before = snapshot(doc.plan)
    # Outdenting Code would put Test, its own successor, under it.
    with pytest.raises(AppError):
        execute(doc, OutdentCommand(doc, [5]))
    assert snapshot(doc.plan) == before
    assert doc.undo_stack.count() == 1
    assert doc.schedule.get(5) is not None


def test_refused_outline_change_is_not_pushed(doc):
    before = snapshot(doc.plan)
    with pytest.raises(OutlineError):
        execute(doc, IndentCommand(doc, [1]))
    assert snapshot(doc.plan) == before
    assert doc.undo_stack.count() == 0


def test_link_tasks_skips_existing_links_and_undoes_only_its_own(doc):
    def check():
        assert doc.plan.find_link(1, 4) is not None
        assert doc.plan.find_link(4, 7) is not None

    round_trip(doc, LinkTasksCommand(doc, [1, 4, 7]), check)
    assert len(doc.undo_stack.command(0).links) == 2


def test_link_tasks_that_close_a_cycle_change_nothing(doc):
    before = snapshot(doc.plan)
    with pytest.raises(CycleError):
        execute(doc, LinkTasksCommand(doc, [2, 6, 3]))  # 6 -> 3 closes 3 -> 5 -> 6
    assert snapshot(doc.plan) == before


def test_unlink(doc):
    def check():
        assert doc.plan.links_into(5) == []
        assert doc.plan.links_from(5) == []

    round_trip(doc, UnlinkTasksCommand(doc, [5]), check)


def test_set_predecessors_rolls_back_a_refused_list(doc):
    def check():
        assert {lk.predecessor for lk in doc.plan.links_into(6)} == {2}
        assert doc.plan.find_link(2, 6).type is LinkType.SS

    round_trip(doc, SetPredecessorsCommand(doc, 6, [Link(2, 6, LinkType.SS)]), check)
    before = snapshot(doc.plan)
    bad = [Link(3, 2), Link(7, 2)]  # 7 follows 6 which follows 2 (SS): a cycle
    with pytest.raises(CycleError):
        execute(doc, SetPredecessorsCommand(doc, 2, bad))
    assert snapshot(doc.plan) == before


def test_composite_is_one_step_and_all_or_nothing(doc):
    parts = [
        EditTaskCommand(doc, 6, "x", name="Testing"),
        SetPredecessorsCommand(doc, 6, [Link(2, 6)]),
    ]
    round_trip(
        doc,
        CompositeCommand(doc, "Edit task 'Test'", parts),
        lambda: (doc.plan.task(6).name, doc.plan.links_into(6)) == ("Testing", [Link(2, 6)]),
    )
    assert doc.undo_stack.count() == 1
    before = snapshot(doc.plan)
    failing = [
        EditTaskCommand(doc, 2, "x", name="Specs v2"),
        SetPredecessorsCommand(doc, 2, [Link(7, 2)]),
    ]
    with pytest.raises(AppError):
        execute(doc, CompositeCommand(doc, "Edit task 'Specs'", failing))
    assert snapshot(doc.plan) == before


def test_a_command_reschedules_once(doc, qtbot):
    emitted = []
    doc.sig_schedule_changed.connect(lambda: emitted.append(1))
    execute(doc, DeleteTasksCommand(doc, [4]))
    assert len(emitted) == 1
    emitted.clear()
    doc.undo_stack.undo()
    assert len(emitted) == 1


def test_project_and_risk_commands(doc):
    new_project = replace(doc.plan.project, name="Renamed", currency="USD", currency_symbol="$")
    round_trip(
        doc,
        SetProjectCommand(doc, new_project),
        lambda: doc.plan.project.name == "Renamed",
    )
    round_trip(
        doc,
        AddRiskCommand(doc, Risk(2, "Key person leaves", 0.2, 5000.0)),
        lambda: doc.plan.risk(2).title == "Key person leaves",
    )
    round_trip(
        doc,
        EditRiskCommand(doc, 1, "Close risk", status=RiskStatus.CLOSED),
        lambda: doc.plan.risk(1).status is RiskStatus.CLOSED,
    )
    round_trip(
        doc,
        DeleteRiskCommand(doc, 1),
        lambda: [r.uid for r in doc.plan.risks] == [2],
    )


def names(plan):
    return [t.name for t in plan.tasks]


def test_move_a_summary_with_its_subtasks(doc):
    order = swapped_order(doc.plan, [4], down=False)
    round_trip(
        doc,
        MoveTasksCommand(doc, order, "Move task 'Build' up"),
        lambda: (
            names(doc.plan) == ["Build", "Code", "Test", "Design", "Specs", "Review", "Go-live"]
        ),
    )
    assert doc.plan.find_link(3, 5) is not None


def test_move_siblings_down_and_refusals(doc):
    order = swapped_order(doc.plan, [2], down=True)
    execute(doc, MoveTasksCommand(doc, order, "Move task 'Specs' down"))
    assert names(doc.plan)[:3] == ["Design", "Review", "Specs"]
    with pytest.raises(OutlineError, match="already the last"):
        swapped_order(doc.plan, [2], down=True)
    with pytest.raises(OutlineError, match="already the first"):
        swapped_order(doc.plan, [1], down=False)
    with pytest.raises(OutlineError, match="same summary"):
        swapped_order(doc.plan, [2, 5], down=True)
