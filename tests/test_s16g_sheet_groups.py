"""View > Group by in the main window: header rows on the sheet, folding, edits, filter and
sort with groups, the menu, the status bar and the kept view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.grouping_rows import is_group_key
from app.domain.resource import Assignment, Resource
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.group_dialog import GroupDialog
from app.ui.filter_menu import controller_of as filters_of
from app.ui.group_menu import controller_of
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.sort_menu import controller_of as sorts_of
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan (Design: Specs 3d, Review 1d; Build: Code 5d, Test 2d; Go-live) plus
    Docs 1d under Build; Ann and Bob on Specs, Ann on Code, Bob on Test."""
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    plan.resources = [Resource(1, "Ann", standard_rate=100.0), Resource(2, "Bob")]
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 3 * 480),
        Assignment(2, 2, 2, 1.0, 3 * 480),
        Assignment(3, 5, 1, 1.0, 5 * 480),
        Assignment(4, 6, 2, 1.0, 2 * 480),
    ]
    return plan


@pytest.fixture
def session(qtbot):
    s = Session(Settings())
    yield s
    for w in list(s.windows):
        w.close()


def _open(session, qtbot, path):
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    return win


@pytest.fixture
def window(session, qtbot, tmp_path):
    path = tmp_path / "groups.gantry"
    GantryFile.create(path, _plan()).close()
    return _open(session, qtbot, path)


def trigger(window, action_id):
    window.action_collection[action_id].trigger()


def rows(window):
    """Each row as text: '# label' for a header, the task's name for a task."""
    model = window.model
    out = []
    for key in model.shown_uids():
        group = model.group_of(key)
        out.append(f"# {group.label}" if group is not None else window.document.plan.task(key).name)
    return out


BY_RESOURCE = [
    "# Resource Names: Ann",
    "Specs",
    "Code",
    "# Resource Names: Bob",
    "Specs",
    "Test",
    "# No Resource Names",
    "Review",
    "Docs",
    "Go-live",
]


def test_resource_group_lists_headers_then_tasks_under_each_person(window, qtmodeltester):
    trigger(window, "group_resource")
    model = window.model
    assert rows(window) == BY_RESOURCE
    assert model.rowCount() == len(BY_RESOURCE) + 1  # the empty row stays last
    assert model.index(len(BY_RESOURCE), 0).internalId() == model.blank_index(0).internalId()
    header = model.index(0, Column.NAME)
    assert header.data() == "Resource Names: Ann"
    assert header.data(TaskUidRole) is None
    assert header.data(SummaryRole) is True
    assert header.data(OutlineLevelRole) == 1
    assert header.data(Qt.ItemDataRole.FontRole).bold()
    assert header.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(255, 240, 150)
    # The rolled-up figures: Specs (3d from day 1) and Code (5d after Review): 9 days.
    assert model.index(0, Column.DURATION).data() == "9d"
    assert model.index(0, Column.START).data() == model.index(1, Column.START).data()
    assert model.index(0, Column.FINISH).data() == model.index(2, Column.FINISH).data()
    assert model.index(1, Column.NAME).data(OutlineLevelRole) == 2  # under the header
    flags = model.flags(header)
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not flags & Qt.ItemFlag.ItemIsSelectable
    assert not model.setData(header, "renamed")
    qtmodeltester.check(model)
    label = controller_of(window).label
    assert label.isVisibleTo(window)
    assert label.text() == "Group: Resource"
    trigger(window, "group_no_group")
    assert rows(window) == [t.name for t in window.document.plan.tasks]
    assert not label.isVisibleTo(window)


def test_a_group_folds_and_unfolds_with_its_triangle(window):
    trigger(window, "group_resource")
    tree = window.tree
    header = window.model.index(3, Column.NAME)  # Bob
    assert tree.isExpanded(header)
    tree.setExpanded(header, False)
    assert not tree.isExpanded(window.model.index(3, Column.NAME))
    assert rows(window) == BY_RESOURCE[:4] + BY_RESOURCE[6:]
    tree.setExpanded(window.model.index(3, Column.NAME), True)
    assert rows(window) == BY_RESOURCE


def test_regroups_at_once_after_an_edit_and_its_undo(window):
    trigger(window, "group_resource")
    model = window.model
    review = BY_RESOURCE.index("Review")
    assert model.setData(model.index(review, Column.RESOURCES), "Bob")
    assert rows(window)[3:7] == ["# Resource Names: Bob", "Specs", "Review", "Test"]
    assert "Review" not in rows(window)[7:]
    window.document.undo_stack.undo()
    assert rows(window) == BY_RESOURCE


def test_selection_copy_and_delete_act_on_tasks_only(window):
    trigger(window, "group_resource")
    tree = window.tree
    tree.selectAll()
    selected = tree.selected_uids()
    assert selected
    assert not any(is_group_key(u) for u in selected)
    assert set(selected) == {2, 3, 5, 6, 7, 8}
    tree.select_uids([6])  # Test, under Bob
    trigger(window, "delete_task")
    assert "Test" not in rows(window)
    assert rows(window)[3:5] == ["# Resource Names: Bob", "Specs"]
    window.document.undo_stack.undo()
    assert rows(window) == BY_RESOURCE


def test_inserted_and_typed_tasks_join_their_group(window):
    trigger(window, "group_resource")
    model = window.model
    window.tree.select_uids([5])  # Code
    trigger(window, "insert_task")
    plan = window.document.plan
    added = next(t for t in plan.tasks if t.uid not in {1, 2, 3, 4, 5, 6, 7, 8})
    names = rows(window)
    assert names[names.index("# No Resource Names") :].count(added.name) == 1
    blank = model.blank_index(Column.NAME)
    assert model.setData(blank, "Handover")
    names = rows(window)
    assert names[-1] == "Handover"  # no person: the last group, in ID order
    assert plan.tasks[-1].name == "Handover"


def test_filter_and_sort_combine_with_groups(window):
    sched = window.document.schedule
    critical = {u for u in (2, 3, 5, 6, 7, 8) if sched[u].critical}
    filters_of(window).apply(TaskFilter(FilterKind.CRITICAL))
    trigger(window, "group_resource")
    shown = [u for u in window.model.shown_uids() if not is_group_key(u)]
    assert set(shown) == critical
    filters_of(window).apply(TaskFilter())
    sorts_of(window).apply(TaskSort((SortKey(SortField.DURATION, descending=True),)))
    names = rows(window)
    assert names[:3] == ["# Resource Names: Ann", "Code", "Specs"]  # 5d before 3d
    # The sort keeps the outline: Build (7d) and its subtasks before Design (4d).
    assert names[6:] == ["# No Resource Names", "Docs", "Review", "Go-live"]


def test_customize_dialog_and_hierarchy(window, monkeypatch):
    chosen = GroupBy((GroupKey(GroupField.DURATION, interval=2 * 480),))
    monkeypatch.setattr(GroupDialog, "ask", classmethod(lambda cls, parent, cur, project: chosen))
    trigger(window, "group_customize")
    assert rows(window)[0] == "# Duration: 0d - <2d"
    assert controller_of(window).label.text() == "Group: Duration"
    assert not window.action_collection["group_duration"].isChecked()
    hierarchy = window.action_collection["group_keep_hierarchy"]
    assert hierarchy.isEnabled()
    hierarchy.trigger()  # checked: the summaries above show in each group
    names = rows(window)
    assert names[:4] == ["# Duration: 0d - <2d", "Design", "Review", "Build"]
    model = window.model
    assert model.index(1, Column.NAME).data(OutlineLevelRole) == 2
    assert model.index(2, Column.NAME).data(OutlineLevelRole) == 3
    assert controller_of(window).label.text() == "Group: Duration (hierarchy)"


def test_the_group_is_kept_with_the_plan_view(session, qtbot, tmp_path):
    path = tmp_path / "kept.gantry"
    GantryFile.create(path, _plan()).close()
    win = _open(session, qtbot, path)
    trigger(win, "group_critical")
    win.close()
    again = _open(session, qtbot, path)
    assert controller_of(again).current.name == "Critical"
    assert again.action_collection["group_critical"].isChecked()
    assert rows(again)[0].startswith("# Critical: ")


def test_moving_rows_is_refused_while_grouped(window):
    trigger(window, "group_resource")
    errors = []
    window.model.sig_error.connect(errors.append)
    assert not window.model.drop_uids([3], 2, below=False)
    assert errors
    assert "grouped by Resource" in errors[0]


@pytest.mark.parametrize(
    "action_id",
    [
        "insert_task",
        "delete_task",
        "indent_task",
        "outdent_task",
        "move_up",
        "move_down",
        "link_tasks",
        "cut_tasks",
        "copy_tasks",
        "paste_tasks",
        "fill_down",
    ],
)
def test_commands_on_a_header_row_touch_no_task_they_should_not(window, monkeypatch, action_id):
    """The current row a header (a click on it, or on its bar in the chart): commands act on
    the selected tasks only, so nothing but an insert or a paste changes the plan."""
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    trigger(window, "group_resource")
    model = window.model
    window.tree.clearSelection()
    window.tree.setCurrentIndex(model.index(3, Column.NAME))  # Bob's header
    assert window.tree.selected_uids() == []
    before = [(t.uid, t.name, t.outline_level) for t in window.document.plan.tasks]
    trigger(window, action_id)
    after = [(t.uid, t.name, t.outline_level) for t in window.document.plan.tasks]
    if action_id in ("insert_task", "paste_tasks"):  # may add a task; changes none
        assert set(before) <= set(after)
        assert len(after) - len(before) in (0, 1)
    else:
        assert after == before
    assert rows(window)[0] == "# Resource Names: Ann"  # still grouped


def test_typing_on_a_header_row_edits_nothing(window, qtbot):
    trigger(window, "group_resource")
    tree = window.tree
    header = window.model.index(0, Column.NAME)
    tree.setCurrentIndex(header)
    qtbot.keyClicks(tree, "x")
    assert tree.state() != tree.State.EditingState
    assert header.data() == "Resource Names: Ann"
    assert window.document.undo_stack.count() == 0


def test_selecting_a_task_in_a_folded_group_unfolds_it(window):
    trigger(window, "group_resource")
    tree = window.tree
    tree.setExpanded(window.model.index(3, Column.NAME), False)  # Bob's group folded
    assert "Test" not in rows(window)
    window.model.reveal([6])
    assert rows(window) == BY_RESOURCE


def test_hierarchy_keeps_summaries_that_fold_in_every_group(window, monkeypatch):
    trigger(window, "group_resource")
    window.action_collection["group_keep_hierarchy"].trigger()
    assert rows(window)[:4] == ["# Resource Names: Ann", "Design", "Specs", "Build"]
    design = window.model.index(1, Column.NAME)
    assert design.data(SummaryRole) is True
    window.tree.setExpanded(design, False)
    names = rows(window)
    assert "Specs" not in names  # folded under Design in every group
    assert names.count("Design") == 3  # Ann, Bob, and no one (Review)
    assert names.count("Code") == 1


def test_outline_levels_fold_the_groups(window):
    trigger(window, "group_duration_priority")
    assert rows(window)[:3] == ["# Duration: 0d", "# Priority: 500", "Go-live"]
    trigger(window, "outline_level_1")
    assert all(n.startswith("# Duration") for n in rows(window))
    trigger(window, "outline_level_2")
    names = rows(window)
    assert all(n.startswith("# ") for n in names)
    assert any(n.startswith("# Priority") for n in names)
    trigger(window, "show_all_subtasks")
    assert len(rows(window)) > len(names)
    assert not window.model.row_group().collapsed


def test_an_empty_plan_grouped_takes_its_first_task_from_the_empty_row(session, qtbot, tmp_path):
    from datetime import datetime

    from app.domain.plan import Plan
    from app.domain.project import Project

    path = tmp_path / "empty.gantry"
    GantryFile.create(path, Plan(project=Project(name="E", start=datetime(2026, 3, 2, 8)))).close()
    win = _open(session, qtbot, path)
    trigger(win, "group_critical")
    model = win.model
    assert model.shown_uids() == []
    assert model.rowCount() == 1
    assert model.setData(model.blank_index(Column.NAME), "First")
    assert rows(win)[1:] == ["First"]
    assert rows(win)[0].startswith("# Critical: ")
    win.document.undo_stack.undo()
    assert model.shown_uids() == []


def test_status_without_a_status_date_is_judged_today(window):
    from datetime import datetime

    from app.ui.models.task_rows import RowGroup

    model = window.model
    model.set_row_group(
        RowGroup(GroupBy((GroupKey(GroupField.STATUS),)), lambda: datetime(2020, 1, 1))
    )
    assert [n for n in rows(window) if n.startswith("# ")] == ["# Status: Future Task"]
    model.set_row_group(
        RowGroup(GroupBy((GroupKey(GroupField.STATUS),)), lambda: datetime(2030, 1, 1))
    )
    assert [n for n in rows(window) if n.startswith("# ")] == ["# Status: Late"]
