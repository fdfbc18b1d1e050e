"""The empty row under the last task, as in MS Project: typing into it adds a task there."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.copy_picture import selected_rows
from app.ui.gantt.view import GanttView
from app.ui.models.roles import OutlineLevelRole, TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def build_ending_in_a_subtask() -> Plan:
    """The sample plan without Go-live: rows 1 Design 2 Specs 3 Review 4 Build 5 Code 6 Test,
    the last (Test) a level-2 subtask of Build. Starts Mon 2026-03-02 08:00."""
    plan = build_plan()
    plan.remove_tasks([7])
    return plan


def open_window(qtbot, path, plan):
    GantryFile.create(path, plan).close()
    window = Session(Settings()).open_path(path)
    qtbot.addWidget(window)
    window.resize(1400, 700)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def plan_file(tmp_path):
    return tmp_path / "sample.gantry"


@pytest.fixture
def window(qtbot, plan_file):
    win = open_window(qtbot, plan_file, build_ending_in_a_subtask())
    yield win
    win.close()


def task_uids(model):
    """Uids of the task rows, checking that the last row is the empty one."""
    last = model.rowCount() - 1
    assert model.is_blank(model.index(last, Column.NAME))
    assert model.index(last, Column.NAME).data(TaskUidRole) is None
    return [model.index(r, 0).data(TaskUidRole) for r in range(last)]


def chart_uids(window):
    gantt = window.findChild(GanttView)
    gantt.canvas.repaint()
    return [r.uid for r in gantt.visible_rows()]


def type_into_blank(window, column, text):
    model = window.model
    return model.setData(model.blank_index(column), text, EDIT)


def test_the_sheet_ends_with_one_empty_row_without_id_or_bar(window):
    model, plan = window.model, window.document.plan
    assert task_uids(model) == [t.uid for t in plan.tasks]
    blank = model.blank_index()
    assert blank.row() == len(plan.tasks)
    for column in Column:
        cell = model.blank_index(column)
        assert cell.data() is None  # no ID, no WBS, nothing
        assert not cell.flags() & Qt.ItemFlag.ItemIsSelectable
        assert not cell.flags() & Qt.ItemFlag.ItemIsDragEnabled
    editable = {c for c in Column if model.blank_index(c).flags() & Qt.ItemFlag.ItemIsEditable}
    assert editable == {
        Column.NAME,
        Column.DURATION,
        Column.START,
        Column.FINISH,
        Column.PREDECESSORS,
        Column.RESOURCES,
        Column.PERCENT,
    }
    assert blank.data(OutlineLevelRole) == 2  # the name editor opens at the level it will get
    assert chart_uids(window) == [t.uid for t in plan.tasks]  # the chart draws no bar for it


def test_a_name_typed_in_the_empty_row_adds_a_scheduled_task_at_the_end(window, plan_file):
    doc, model = window.document, window.model
    assert type_into_blank(window, Column.NAME, "  Deploy ")
    new = doc.plan.tasks[-1]
    assert (new.name, new.outline_level) == ("Deploy", 2)  # Test's level: a third subtask
    assert not doc.plan.is_summary(new.uid)
    assert (new.duration_minutes, new.estimated) == (480, True)  # as Insert: "1d?"
    assert model.index_of_uid(new.uid, Column.DURATION).data() == "1d?"
    assert model.index_of_uid(new.uid, Column.WBS).data() == "2.3"
    assert model.index_of_uid(new.uid, Column.ID).data() == "7"
    assert task_uids(model) == [1, 2, 3, 4, 5, 6, new.uid]  # and the empty row below it
    assert doc.schedule[new.uid].start == datetime(2026, 3, 2, 8, 0)  # scheduled at once
    assert new.uid in chart_uids(window)
    gantt = window.findChild(GanttView)
    row = next(r for r in gantt.visible_rows() if r.uid == new.uid)
    assert gantt.chart_painter().geometry(row) is not None  # its bar is drawn
    assert [t.name for t in read_plan(plan_file).tasks][-1] == "Deploy"  # saved at once
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Add task 'Deploy'"
    doc.undo_stack.undo()
    assert [t.uid for t in doc.plan.tasks] == [1, 2, 3, 4, 5, 6]
    assert task_uids(model) == [1, 2, 3, 4, 5, 6]
    doc.undo_stack.redo()
    assert doc.plan.tasks[-1].name == "Deploy"


def test_predecessors_typed_in_the_empty_row_add_a_linked_task_in_one_undo_step(window):
    doc, model = window.document, window.model
    before = [t.uid for t in doc.plan.tasks]
    links = list(doc.plan.links)
    assert type_into_blank(window, Column.PREDECESSORS, "5FS+2d")
    new = doc.plan.tasks[-1]
    assert new.name == "New task"  # Insert's name: a task needs one
    link = doc.plan.find_link(5, new.uid)
    assert link is not None
    assert link.lag_minutes == 2 * 480
    assert model.index_of_uid(new.uid, Column.PREDECESSORS).data() == "5FS+2d"
    # Code finishes Thu 2026-03-12 17:00; two working days later it is Tue 2026-03-17.
    assert doc.schedule[5].finish == datetime(2026, 3, 12, 17, 0)
    assert doc.schedule[new.uid].start == datetime(2026, 3, 17, 8, 0)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Add task 'New task'"
    doc.undo_stack.undo()
    assert [t.uid for t in doc.plan.tasks] == before
    assert doc.plan.links == links
    doc.undo_stack.redo()
    assert doc.plan.find_link(5, new.uid) is not None


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (Column.DURATION, "abc", "abc"),
        (Column.PREDECESSORS, "99FS", "no task with ID 99"),
        (Column.PREDECESSORS, "7", "cannot depend on itself"),  # the row it takes
        # a Start before the project start is taken as Start No Earlier Than (s28ke)
        (Column.START, "next Friday", "is not a date"),
        (Column.FINISH, "2026-03-01", "before the start"),
        (Column.RESOURCES, "Ana[lots]", "lots"),
    ],
)
def test_bad_input_in_the_empty_row_says_why_and_adds_nothing(
    window, plan_file, column, text, message
):
    doc, model = window.document, window.model
    doc.plan.add_resource(Resource(1, "Ana"))
    before = list(doc.plan.tasks)
    assert not type_into_blank(window, column, text)
    status = window.statusBar().currentMessage()
    assert message in status
    assert "\n" not in status
    assert doc.plan.tasks == before
    assert doc.undo_stack.count() == 0
    assert task_uids(model) == [t.uid for t in before]
    assert len(read_plan(plan_file).tasks) == len(before)


@pytest.mark.parametrize(
    ("column", "text"),
    [
        (Column.DURATION, "abc"),
        (Column.START, "tomorrow"),
        (Column.FINISH, "2026-13-45"),
        (Column.PREDECESSORS, "5XX"),
        (Column.PERCENT, "half"),
    ],
)
def test_a_typo_in_the_empty_row_never_touches_the_plan(window, column, text):
    """Unreadable text is refused before a task is added: no change, no reschedule."""
    doc = window.document
    changes = []
    doc.plan.changes.subscribe(changes.append)
    rescheduled = []
    doc.sig_changed.connect(lambda: rescheduled.append(True))
    assert not type_into_blank(window, column, text)
    assert window.statusBar().currentMessage()
    assert changes == []
    assert rescheduled == []
    doc.plan.changes.unsubscribe(changes.append)


def test_nothing_typed_adds_nothing(window):
    doc = window.document
    assert not type_into_blank(window, Column.NAME, "   ")
    assert not type_into_blank(window, Column.PREDECESSORS, "")
    assert len(doc.plan.tasks) == 6
    assert doc.undo_stack.count() == 0


def test_other_cells_of_the_empty_row_add_a_task_with_that_value(window):
    doc = window.document
    assert type_into_blank(window, Column.DURATION, "3d")
    assert doc.plan.tasks[-1].duration_minutes == 3 * 480
    assert type_into_blank(window, Column.FINISH, "2026-03-06 17:00")  # Mon 08:00 to Fri
    assert doc.plan.tasks[-1].duration_minutes == 5 * 480
    assert type_into_blank(window, Column.START, "2026-03-09")
    assert doc.schedule[doc.plan.tasks[-1].uid].start == datetime(2026, 3, 9, 8, 0)
    assert type_into_blank(window, Column.PERCENT, "50")
    assert doc.plan.tasks[-1].percent_complete == 50
    assert len(doc.plan.tasks) == 10
    assert doc.undo_stack.count() == 4


def test_a_new_name_in_the_empty_rows_people_joins_the_team_in_the_same_step(window, qtbot):
    doc, model = window.document, window.model
    with qtbot.waitSignal(model.sig_notice):
        assert type_into_blank(window, Column.RESOURCES, "Zoe")
    new = doc.plan.tasks[-1]
    assert [r.name for r in doc.plan.resources] == ["Zoe"]
    assert len(doc.plan.assignments_of_task(new.uid)) == 1
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert len(doc.plan.tasks) == 6
    assert doc.plan.resources == []


def test_commands_on_the_selection_ignore_the_empty_row(window, qtbot):
    doc, tree = window.document, window.tree
    tree.selectAll()
    assert tree.selected_uids() == [1, 2, 3, 4, 5, 6]
    selection = tree.selectionModel()
    assert not any(window.model.is_blank(i) for i in selection.selectedIndexes())
    assert list(selected_rows(window.findChild(GanttView))) == [1, 2, 3, 4, 5, 6]
    # The empty row current, nothing selected: delete, indent and link have nothing to act on.
    tree.setCurrentIndex(window.model.blank_index())
    tree.selectionModel().select(
        window.model.blank_index(),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tree.selected_uids() == []
    assert tree.current_uid() is None
    for action in ("delete_task", "indent_task", "outdent_task", "link_tasks"):
        window.action_collection[action].trigger()
    assert [t.uid for t in doc.plan.tasks] == [1, 2, 3, 4, 5, 6]
    assert doc.undo_stack.count() == 0
    # A range from the last task into the empty row selects the task only.
    selection.select(
        window.model.index(5, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    tree.setCurrentIndex(window.model.index(5, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.model.is_blank(tree.currentIndex())
    assert tree.selected_uids() == [6]
    window.action_collection["delete_task"].trigger()
    assert [t.uid for t in doc.plan.tasks] == [1, 2, 3, 4, 5]


def test_down_reaches_the_empty_row_and_names_are_typed_one_after_the_other(window, qtbot):
    doc, tree, model = window.document, window.tree, window.model
    tree.setFocus()
    tree.setCurrentIndex(model.index_of_uid(6, Column.NAME))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert model.is_blank(tree.currentIndex())
    assert tree.currentIndex().column() == Column.NAME
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # nothing below the empty row
    assert model.is_blank(tree.currentIndex())
    for name in ("Deploy", "Train users"):
        qtbot.keyClick(tree, name[0])  # typing starts the editor, as in MS Project
        assert tree.state() == QAbstractItemView.State.EditingState
        editor = tree.findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, name[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
        qtbot.waitUntil(lambda n=name: doc.plan.tasks[-1].name == n)
        qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
        assert model.is_blank(tree.currentIndex())  # on to the new empty row
        assert tree.currentIndex().row() == len(doc.plan.tasks)
        assert tree.currentIndex().column() == Column.NAME
    assert [t.name for t in doc.plan.tasks][-2:] == ["Deploy", "Train users"]
    assert [t.outline_level for t in doc.plan.tasks][-2:] == [2, 2]
    assert doc.undo_stack.count() == 2


def test_escape_in_the_empty_row_adds_nothing(window, qtbot):
    doc, tree, model = window.document, window.tree, window.model
    tree.setFocus()
    tree.setCurrentIndex(model.blank_index(Column.NAME))
    qtbot.keyClick(tree, "X")
    editor = tree.findChild(QLineEdit)
    qtbot.keyClicks(editor, "yz")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert len(doc.plan.tasks) == 6
    assert doc.undo_stack.count() == 0
    # A date editor opened and left as it was types nothing either.
    tree.setCurrentIndex(model.blank_index(Column.START))
    tree.edit(tree.currentIndex())
    editor = tree.focusWidget()
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
    assert len(doc.plan.tasks) == 6


def test_end_goes_to_the_last_task_not_the_empty_row(window, qtbot):
    tree, model = window.tree, window.model
    tree.setFocus()
    tree.setCurrentIndex(model.index_of_uid(2, Column.DURATION))
    # End alone stays on the row (its last cell), as in MS Project: test_s14odds_home_end.
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert tree.current_uid() == 2
    qtbot.keyClick(tree, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tree.current_uid() == 6


def test_left_and_right_in_the_empty_row_do_not_walk_the_outline(window, qtbot):
    tree, model = window.tree, window.model
    tree.setFocus()
    tree.setCurrentIndex(model.blank_index(Column.DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert model.is_blank(tree.currentIndex())
    assert tree.currentIndex().column() < Column.DURATION


def test_collapsing_keeps_the_empty_row_last_and_a_new_task_beside_the_summary(window):
    doc, tree, model = window.document, window.tree, window.model
    tree.setCurrentIndex(model.blank_index(Column.NAME))
    tree.collapse(model.index_of_uid(4))  # Build, the last shown row now
    assert task_uids(model) == [1, 2, 3, 4]
    assert model.is_blank(tree.currentIndex())
    assert model.blank_index().data(OutlineLevelRole) == 1
    assert type_into_blank(window, Column.NAME, "Handover")
    new = doc.plan.tasks[-1]
    assert new.outline_level == 1  # Build's level: after it, not hidden inside it
    assert task_uids(model) == [1, 2, 3, 4, new.uid]
    tree.collapseAll()
    assert task_uids(model) == [1, 4, new.uid]
    assert model.is_blank(tree.currentIndex())
    tree.expandAll()
    assert task_uids(model) == [1, 2, 3, 4, 5, 6, new.uid]
    assert model.is_blank(tree.currentIndex())
    assert chart_uids(window) == task_uids(model)


def test_chart_rows_stay_level_with_the_sheet_scrolled_to_the_empty_row(qtbot, plan_file):
    plan = build_plan()
    for k in range(60):
        plan.append_task(type(plan.tasks[0])(100 + k, f"Task {k}", 1))
    window = open_window(qtbot, plan_file, plan)
    tree = window.tree
    tree.scrollToBottom()
    gantt = window.findChild(GanttView)
    rows = gantt.visible_rows()
    last = window.model.index_of_uid(plan.tasks[-1].uid, Column.NAME)
    assert rows[-1].uid == plan.tasks[-1].uid
    assert rows[-1].top == tree.visualRect(last).top() + gantt.header_height()
    blank = tree.visualRect(window.model.blank_index())
    assert blank.top() == tree.visualRect(last).bottom() + 1  # shown, under the last task
    assert blank.bottom() <= tree.viewport().height()
    window.close()


def test_an_empty_plan_shows_the_empty_row_and_takes_task_1(qtbot, plan_file, qtmodeltester):
    plan = Plan(project=Project(name="Blank", start=datetime(2026, 3, 2, 8, 0)))
    window = open_window(qtbot, plan_file, plan)
    model = window.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert task_uids(model) == []
    assert model.blank_index().data(OutlineLevelRole) == 1
    assert chart_uids(window) == []
    assert type_into_blank(window, Column.NAME, "Kick-off")
    task = window.document.plan.tasks[0]
    assert (task.uid, task.name, task.outline_level) == (1, "Kick-off", 1)
    assert model.rowCount() == 2
    assert model.index(0, Column.ID).data() == "1"
    assert model.index(0, Column.WBS).data() == "1"
    assert chart_uids(window) == [1]
    qtmodeltester.check(model)
    window.document.undo_stack.undo()
    assert model.rowCount() == 1
    window.close()


def test_a_read_only_plan_has_an_empty_row_nobody_can_type_into(plan):
    class _ReadOnlyFile:
        read_only = True
        path = None

    model = TaskTreeModel(Document(plan, _ReadOnlyFile()))
    assert model.rowCount() == len(plan.tasks) + 1
    assert not model.blank_index().flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.blank_index(), "Sneaky", EDIT)
    assert len(plan.tasks) == 7


def test_dropping_rows_on_the_empty_row_moves_them_to_the_end(plan):
    doc = Document(plan)
    model = TaskTreeModel(doc)
    data = model.mimeData([model.index_of_uid(2), model.blank_index()])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.blank_index())
    assert plan.tasks[-1].uid == 2
    assert plan.tasks[-1].outline_level == 1


def test_insert_on_the_empty_row_adds_at_the_end_at_the_level_of_the_row_above(window):
    model = window.model
    window.tree.setCurrentIndex(model.blank_index(Column.NAME))
    window.action_collection["insert_task"].trigger()
    window.tree.closePersistentEditor(window.tree.currentIndex())
    plan = window.document.plan
    added = plan.tasks[-1]
    assert added.name == "New task"
    assert added.outline_level == plan.tasks[-2].outline_level == 2  # under Build, like Test
    assert added.estimated  # "1d?", as Insert and the empty row make it
