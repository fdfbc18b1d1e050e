"""The task tree model: shape, data, edits through undo commands, following plan changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.task import ConstraintType, Task
from app.ui.commands import DeleteTasksCommand, InsertTaskCommand, execute
from app.ui.document import Document
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc(plan):
    return Document(plan)


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def find(model, name, column=Column.NAME):
    """Index of the row whose name is ``name`` (searching the whole tree)."""
    hits = model.match(
        model.index(0, Column.NAME),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert hits, name
    return hits[0].siblingAtColumn(column)


def test_model_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_rows_are_the_tasks_in_outline_order_with_their_levels(model):
    assert model.rowCount() == 8  # seven tasks, then the empty row new tasks are typed into
    assert sheet(model) == [(1, 1), (2, 2), (3, 2), (4, 1), (5, 2), (6, 2), (7, 1)]
    design, specs = model.index(0, 0), model.index(1, Column.NAME)
    assert specs.data() == "Specs"
    assert not specs.parent().isValid()  # flat: the outline is drawn, not nested
    assert model.rowCount(design) == 0
    assert specs.data(TaskUidRole) == 2
    assert design.data(SummaryRole) is True
    assert specs.data(SummaryRole) is False


def test_cells_show_ids_wbs_durations_and_predecessors(model):
    code = find(model, "Code")
    assert code.siblingAtColumn(Column.ID).data() == "5"
    assert code.siblingAtColumn(Column.WBS).data() == "2.1"
    assert code.siblingAtColumn(Column.DURATION).data() == "5d"
    assert code.siblingAtColumn(Column.PREDECESSORS).data() == "3"
    assert find(model, "Build").data(Qt.ItemDataRole.FontRole).bold()


def test_a_summary_span_reads_in_days_as_in_ms_project():
    plan = Plan(
        tasks=[
            Task(1, "Phase", 1),
            Task(2, "Draft", 2, duration_minutes=480),
            Task(3, "Check", 2, duration_minutes=60),
        ],
        links=[Link(2, 3)],
    )
    model = TaskTreeModel(Document(plan))
    assert find(model, "Phase", Column.DURATION).data() == "1.13d"  # 9 hours, not "9h"
    assert find(model, "Check", Column.DURATION).data() == "1h"  # typed: as typed


def test_rename_is_one_undoable_step(model, doc):
    idx = find(model, "Code")
    assert model.setData(idx, "Write code", EDIT)
    assert doc.plan.task(5).name == "Write code"
    assert doc.undo_stack.undoText() == "Rename task 'Code'"
    doc.undo_stack.undo()
    assert doc.plan.task(5).name == "Code"
    assert idx.data() == "Code"
    doc.undo_stack.redo()
    assert idx.data() == "Write code"


def test_bad_duration_is_refused_with_a_reason(model, doc, qtbot):
    idx = find(model, "Code", Column.DURATION)
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not model.setData(idx, "abc", EDIT)
    assert "abc" in blocker.args[0]
    assert doc.plan.task(5).duration_minutes == 5 * 480
    assert doc.undo_stack.count() == 0


def test_duration_edit_and_summary_duration_is_not_editable(model, doc):
    assert model.setData(find(model, "Code", Column.DURATION), "4h", EDIT)
    assert doc.plan.task(5).duration_minutes == 240
    assert find(model, "Code", Column.DURATION).data() == "4h"
    assert not find(model, "Build", Column.DURATION).flags() & Qt.ItemFlag.ItemIsEditable


def test_predecessors_are_row_ids_and_a_cycle_is_refused(model, doc, qtbot):
    idx = find(model, "Test", Column.PREDECESSORS)
    assert model.setData(idx, "2FS+2d;3", EDIT)
    into = {lk.predecessor: lk for lk in doc.plan.links_into(6)}
    assert set(into) == {2, 3}
    assert into[2].lag_minutes == 2 * 480
    assert idx.data() == "2FS+2d,3"  # typed with ";", shown with "," (MS Project)
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not model.setData(find(model, "Specs", Column.PREDECESSORS), "6", EDIT)
    assert "cycle" in blocker.args[0]
    assert doc.plan.links_into(2) == []
    assert not model.setData(idx, "99", EDIT)
    doc.undo_stack.undo()
    assert {lk.predecessor for lk in doc.plan.links_into(6)} == {5}


def test_typing_a_start_date_pins_an_automatic_task(model, doc):
    assert model.setData(find(model, "Code", Column.START), "2026-04-06", EDIT)
    task = doc.plan.task(5)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 4, 6, 8, 0)
    doc.undo_stack.undo()
    assert doc.plan.task(5).constraint_type is ConstraintType.ASAP


def test_typing_a_finish_date_changes_the_duration(model, doc):
    start = doc.schedule[5].start
    assert start.weekday() < 5
    finish = start.replace(hour=17, minute=0)
    assert model.setData(find(model, "Code", Column.FINISH), finish.strftime("%Y-%m-%d"), EDIT)
    assert doc.plan.task(5).duration_minutes == (17 * 60 - start.hour * 60 - start.minute) - (
        60 if start.hour < 12 else 0
    )


def test_percent_complete(model, doc):
    assert model.setData(find(model, "Code", Column.PERCENT), "40%", EDIT)
    assert doc.plan.task(5).percent_complete == 40
    assert not model.setData(find(model, "Code", Column.PERCENT), "140", EDIT)


def test_insert_and_remove_rows_follow_the_plan(model, doc, qtbot, qtmodeltester):
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        execute(doc, InsertTaskCommand(doc, 5, Task(100, "Design review", 2)))
    parent, first, last = blocker.args
    assert not parent.isValid()
    assert (first, last) == (5, 5)
    assert model.index(5, Column.NAME).data() == "Design review"
    assert find(model, "Test", Column.ID).data() == "7"
    with qtbot.waitSignal(model.rowsRemoved) as blocker:
        execute(doc, DeleteTasksCommand(doc, [4]))  # Build with its three subtasks
    assert blocker.args[1:] == [3, 6]
    assert [model.index(r, Column.NAME).data() for r in task_rows(model)] == [
        "Design",
        "Specs",
        "Review",
        "Go-live",
    ]
    doc.undo_stack.undo()
    assert model.rowCount() == 9  # eight tasks and the empty row
    assert sheet(model) == plan_rows(doc.plan)
    assert find(model, "Go-live", Column.PREDECESSORS).data() == "7"


def test_outline_change_is_a_layout_change_persistent_indexes_follow(
    model, doc, qtbot, qtmodeltester
):
    qtmodeltester.check(model)
    go_live = QPersistentModelIndex(find(model, "Go-live"))
    assert go_live.parent() == QModelIndex()
    with qtbot.waitSignal(model.layoutChanged):
        doc.plan.indent([7])
    assert model.rowCount() == 8
    assert go_live.isValid()
    assert go_live.data() == "Go-live"
    assert go_live.data(OutlineLevelRole) == 2
    assert go_live.row() == 6
    with qtbot.waitSignal(model.layoutChanged):
        doc.plan.move_tasks([7], 1)  # to the top, in front of Design
    assert go_live.row() == 0
    assert sheet(model) == plan_rows(doc.plan)


def test_critical_rows_are_red(model, doc):
    times = doc.schedule.times
    times[5] = replace(times[5], critical=True, summary=False)
    times[6] = replace(times[6], critical=False)
    assert find(model, "Code").data(Qt.ItemDataRole.ForegroundRole) is not None
    assert find(model, "Test").data(Qt.ItemDataRole.ForegroundRole) is None


def test_link_change_refreshes_the_successor_row(model, doc, qtbot):
    idx = find(model, "Go-live", Column.PREDECESSORS)
    assert idx.data() == "6"  # the links are indexed by successor from here on
    with qtbot.waitSignal(model.dataChanged):
        doc.plan.add_link(Link(2, 7, LinkType.SS))
    assert idx.data() == "2SS,6"
    doc.plan.remove_link(6, 7)
    assert idx.data() == "2SS"
    assert find(model, "Test", Column.PREDECESSORS).data() == "5"


def test_read_only_document_has_no_editable_cells(plan):
    class _ReadOnlyFile:
        read_only = True
        path = None

    model = TaskTreeModel(Document(plan, _ReadOnlyFile()))
    assert not model.index(0, Column.NAME).flags() & Qt.ItemFlag.ItemIsEditable


def test_people_column_edits_through_the_team_command(model, doc, qtbot):
    from app.domain.resource import Resource

    doc.plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    doc.plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    idx = find(model, "Code", Column.RESOURCES)
    assert idx.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(idx, "Ana[50%], Ben", EDIT)
    assert {(a.resource_uid, a.units) for a in doc.plan.assignments_of_task(5)} == {
        (1, 0.5),
        (2, 1.0),
    }
    assert idx.data() == "Ana[50%], Ben"
    assert find(model, "Code", Column.COST).data() != "€0"
    doc.undo_stack.undo()
    assert doc.plan.assignments_of_task(5) == []
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not model.setData(idx, "Ana[lots]", EDIT)
    assert "lots" in blocker.args[0]
    # A name not in the team joins it, as in MS Project (tests/gui/test_user_people_cell.py).
    with qtbot.waitSignal(model.sig_notice) as blocker:
        assert model.setData(idx, "Zoe", EDIT)
    assert "Zoe" in blocker.args[0]


def test_indicators_cell_flags_scheduling_issues_and_notes(model, doc):
    from app.report.indicators import Indicator
    from app.ui.commands import EditTaskCommand
    from app.ui.models.indicators import IndicatorsRole

    plan = doc.plan
    plan.update_risk(replace(plan.risk(1), task_uids=()))  # no risk mark on Code (s29rk)
    from app.ui.models.critical_mark import CRITICAL_MARK

    marks = find(model, "Code", Column.INDICATORS)
    assert marks.data(IndicatorsRole) == (CRITICAL_MARK,)  # Code is critical (748f8724)
    assert find(model, "Code", Column.ID).data(Qt.ItemDataRole.DecorationRole) is None
    execute(doc, EditTaskCommand(doc, 5, "Add notes", notes="Pair with the vendor"))
    assert marks.data(IndicatorsRole) == (CRITICAL_MARK, Indicator.NOTE)
    assert "Pair with the vendor" in marks.data(Qt.ItemDataRole.ToolTipRole)
    deadline = doc.schedule[5].finish - timedelta(days=2)
    execute(doc, EditTaskCommand(doc, 5, "Set deadline", deadline=deadline))
    assert any(i.task_uid == 5 for i in doc.schedule.issues)
    tip = marks.data(Qt.ItemDataRole.ToolTipRole)
    assert "deadline" in tip
    assert "Pair with the vendor" in tip


def task_rows(model):
    """The rows holding tasks: all but the last, the empty row (checked here)."""
    last = model.rowCount() - 1
    assert model.is_blank(model.index(last, 0))
    assert model.index(last, 0).data(TaskUidRole) is None
    return range(last)


def sheet(model):
    """(uid, outline level) of every task row, read through the Qt model API only."""
    rows = (model.index(r, 0) for r in task_rows(model))
    return [(i.data(TaskUidRole), i.data(OutlineLevelRole)) for i in rows]


def plan_rows(plan, hidden=()):
    return [(t.uid, t.outline_level) for t in plan.tasks if t.uid not in hidden]


def test_many_changes_in_one_batch_reach_the_rows_once(model, doc, qtbot, qtmodeltester):
    qtmodeltester.check(model)
    inserted = []
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    with doc.plan.batch():
        doc.plan.insert_tasks(3, [Task(20, "Sign-off", 2), Task(21, "Notes", 3)])
        doc.plan.remove_tasks([6])
        doc.plan.append_task(Task(22, "Handover", 1))
        assert inserted == []  # nothing yet: the rows follow when the batch closes
    assert sheet(model) == plan_rows(doc.plan)
    assert len(inserted) == 2
    with doc.plan.batch():
        doc.plan.append_task(Task(23, "Retro", 1))
        doc.plan.indent([23])
    assert sheet(model) == plan_rows(doc.plan)
    assert find(model, "Retro", Column.WBS).data() == "4.1"


def drop(model, uids, row, parent):
    data = model.mimeData([model.index_of_uid(u) for u in uids])
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_dropping_rows_moves_tasks_as_one_undoable_step(model, doc, qtmodeltester):
    qtmodeltester.check(model)
    names = lambda: [t.name for t in doc.plan.tasks]  # noqa: E731
    levels = lambda: [t.outline_level for t in doc.plan.tasks]  # noqa: E731
    before = (names(), levels())
    # Code onto Specs: in front of Specs, under Design.
    assert drop(model, [5], -1, find(model, "Specs", 0))
    assert names() == ["Design", "Code", "Specs", "Review", "Build", "Test", "Go-live"]
    assert doc.plan.parent(5).uid == 1
    assert doc.undo_stack.undoText() == "Move task 'Code'"
    doc.undo_stack.undo()
    assert (names(), levels()) == before
    # The whole Design phase dropped before row 6 (Go-live): subtasks along, top level.
    assert drop(model, [1], 6, QModelIndex())
    assert names() == ["Build", "Code", "Test", "Design", "Specs", "Review", "Go-live"]
    assert levels() == [1, 2, 2, 1, 2, 2, 1]
    # Past the last row: last, at the top level.
    assert drop(model, [5], model.rowCount(), QModelIndex())
    assert names()[-1] == "Code"
    assert doc.plan.task(5).outline_level == 1
    assert sheet(model) == plan_rows(doc.plan)


def test_dropping_below_a_row_follows_what_the_row_shows(model, doc):
    names = lambda: [t.name for t in doc.plan.tasks]  # noqa: E731
    # Below Test, the last subtask of Build: Go-live becomes Build's last subtask.
    assert model.drop_uids([7], 6, below=True)
    assert doc.plan.parent(7).uid == 4
    assert names()[-1] == "Go-live"
    doc.undo_stack.undo()
    # Below an expanded summary: in front of its first subtask.
    assert model.drop_uids([7], 4, below=True)
    assert names() == ["Design", "Specs", "Review", "Build", "Go-live", "Code", "Test"]
    assert doc.plan.parent(7).uid == 4
    doc.undo_stack.undo()
    # Below a collapsed summary: after its hidden subtasks, as its sibling.
    model.set_collapsed(1, True)
    assert model.drop_uids([7], 1, below=True)
    assert names() == ["Design", "Specs", "Review", "Go-live", "Build", "Code", "Test"]
    assert doc.plan.task(7).outline_level == 1
    assert sheet(model) == plan_rows(doc.plan, hidden={2, 3})


def test_dropping_a_summary_into_itself_is_refused(model, doc, qtbot):
    with qtbot.waitSignal(model.sig_error) as blocker:
        assert not drop(model, [4], -1, find(model, "Code", 0))
    assert "inside" in blocker.args[0]
    assert doc.undo_stack.count() == 0
    assert not drop(model, [2], -1, find(model, "Specs", 0))  # onto itself: nothing to do
    assert doc.undo_stack.count() == 0


# ---------------------------------------------------------------------- expand and collapse


def deep_plan():
    """1 A(1) 2 A1(2) 3 A1a(3) 4 A1b(3) 5 A2(2) 6 B(1) 7 B1(2)."""
    plan = Plan()
    for uid, name, level in [
        (1, "A", 1),
        (2, "A1", 2),
        (3, "A1a", 3),
        (4, "A1b", 3),
        (5, "A2", 2),
        (6, "B", 1),
        (7, "B1", 2),
    ]:
        plan.append_task(Task(uid, name, level, duration_minutes=480))
    return plan


def uids(model):
    return [uid for uid, _level in sheet(model)]


def test_collapsing_a_summary_removes_exactly_its_descendants(model, doc, qtbot, qtmodeltester):
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rowsRemoved) as blocker:
        assert model.set_collapsed(4, True)
    assert blocker.args[1:] == [4, 5]  # Code and Test
    assert uids(model) == [1, 2, 3, 4, 7]
    assert model.is_collapsed(4)
    assert not model.index_of_uid(5).isValid()
    assert model.index_of_uid(7).row() == 4
    assert not model.set_collapsed(4, True)  # already collapsed
    assert not model.set_collapsed(5, True)  # not a summary
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        assert model.set_collapsed(4, False)
    assert blocker.args[1:] == [4, 5]
    assert uids(model) == [1, 2, 3, 4, 5, 6, 7]


def test_nested_collapsed_summaries_stay_collapsed_inside_an_expanded_one(qtmodeltester):
    model = TaskTreeModel(Document(deep_plan()))
    qtmodeltester.check(model)
    model.set_collapsed(2, True)
    assert uids(model) == [1, 2, 5, 6, 7]
    model.set_collapsed(1, True)
    assert uids(model) == [1, 6, 7]
    model.set_collapsed(2, False)  # hidden inside A: nothing shown changes yet
    assert uids(model) == [1, 6, 7]
    model.set_collapsed(2, True)
    model.set_collapsed(1, False)
    assert uids(model) == [1, 2, 5, 6, 7]  # A1 kept its own state
    assert model.shown_uids() == [1, 2, 5, 6, 7]


def test_outline_levels_expand_and_collapse_all_in_one_layout_change(qtbot, qtmodeltester):
    model = TaskTreeModel(Document(deep_plan()))
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.layoutChanged):
        model.show_outline_level(2)
    assert uids(model) == [1, 2, 5, 6, 7]
    model.collapse_all()
    assert uids(model) == [1, 6]
    assert model.collapsed_uids() == {1, 2, 6}
    model.show_outline_level(1)
    assert uids(model) == [1, 6]
    model.expand_all()
    assert uids(model) == [1, 2, 3, 4, 5, 6, 7]
    assert model.collapsed_uids() == set()


def test_reveal_expands_only_the_summaries_above_a_hidden_task():
    model = TaskTreeModel(Document(deep_plan()))
    model.collapse_all()
    model.reveal([4])
    assert uids(model) == [1, 2, 3, 4, 5, 6]
    assert model.collapsed_uids() == {6}


def test_plan_changes_keep_collapsed_summaries_and_hide_new_subtasks(model, doc, qtmodeltester):
    qtmodeltester.check(model)
    model.set_collapsed(4, True)
    execute(doc, InsertTaskCommand(doc, 5, Task(100, "Design review", 2)))  # under Build
    assert uids(model) == [1, 2, 3, 4, 7]
    assert model.is_collapsed(4)
    doc.plan.indent([7])  # Go-live goes under the collapsed Build
    assert uids(model) == [1, 2, 3, 4]
    doc.plan.outdent([7])
    assert uids(model) == [1, 2, 3, 4, 7]
    execute(doc, DeleteTasksCommand(doc, [5, 100, 6]))  # Build loses its subtasks
    assert not model.is_collapsed(4)
    assert sheet(model) == plan_rows(doc.plan)
    doc.undo_stack.undo()
    assert sheet(model) == plan_rows(doc.plan)  # back, and shown: Build is a plain task again
