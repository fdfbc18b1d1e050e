"""Edit > Find and Replace as MS Project has them: a field (the sheet's columns first, any
other field after), a test (contains, equals, orderings that compare the field's values),
Search up or down, Match case; Find looks through the rows the sheet lists (a filter's, a
grouping's) and unfolds the summary or group hiding the row found; Replace types into the
cell as a user would (a field refuses what typing refuses, with its message) and Replace
All is one undo step."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.domain.resource import Assignment, Resource
from app.ui.document import Document
from app.ui.filter_menu import controller_of as filters_of
from app.ui.find_query import FindQuery, FindTest
from app.ui.group_menu import controller_of as groups_of
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    """The sample plan (1 Design: 2 Specs 3d, 3 Review 1d; 4 Build: 5 Code 5d, 6 Test 2d;
    7 Go-live), a note on Code, Ann on Specs and Code, Bob on Test."""
    plan = build_plan()
    plan.update_task(replace(plan.task(5), notes="Check first\nthe vendor's API"))
    plan.resources = [Resource(1, "Ann"), Resource(2, "Bob")]
    plan.assignments = [
        Assignment(1, 2, 1, 1.0, 3 * 480),
        Assignment(2, 5, 1, 1.0, 5 * 480),
        Assignment(3, 6, 2, 1.0, 2 * 480),
    ]
    win = MainWindow(Document(plan), settings=Settings())
    qtbot.addWidget(win)
    win.show_view("gantt")
    return win


def _found(window, query: FindQuery) -> list[int]:
    """Every task Find Next reaches from the top, in order, until it comes round again."""
    window.tree.select_uids([7])  # from the last row, Find Next starts over at the first
    found: list[int] = []
    while window.find_with(query) is None and window.tree.current_uid() not in found:
        found.append(window.tree.current_uid())
    return found


def test_s18f_the_dialog_lists_the_sheets_columns_then_every_other_field(window, qtbot):
    window.action_collection["find_task"].trigger()
    dialog = window._find_dialog
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Find"
    assert not dialog.replace_button.isVisible()
    titles = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert titles[:4] == ["ID", "WBS", "Task name", "Duration"]
    assert {"Notes", "People", "Total Slack", "Deadline"} <= set(titles)
    assert "Indicators" not in titles
    assert dialog.field.currentText() == "Task name"  # MS Project's Name
    assert [dialog.test.itemText(i) for i in range(3)] == ["contains", "does not contain", "equals"]
    dialog.what.setText("es")
    dialog.find_next()
    assert window.tree.current_uid() == 1  # Design, from the top
    dialog.find_next()
    assert window.tree.current_uid() == 6
    dialog.what.setText("zzz")
    dialog.find_next()
    assert dialog.message.text() == "No task name contains 'zzz'"
    assert window.tree.current_uid() == 6
    assert dialog.isVisible()  # Find Next leaves it open
    window.action_collection["replace_task"].trigger()
    assert dialog.windowTitle() == "Replace"
    assert dialog.replace_all_button.isVisible()
    assert dialog.what.text() == "zzz"  # the last search, to go on with


def test_s18f_fields_and_text_tests(window):
    notes, wbs = int(Column.NOTES), int(Column.WBS)
    people, name = int(Column.RESOURCES), int(Column.NAME)
    assert _found(window, FindQuery("VENDOR", notes)) == [5]  # the note's second line too
    assert _found(window, FindQuery("2.1", wbs, FindTest.EQUALS)) == [5]
    assert _found(window, FindQuery("ann", people)) == [2, 5]
    assert _found(window, FindQuery("test", name, FindTest.EQUALS)) == [6]
    assert _found(window, FindQuery("test", name, FindTest.EQUALS, match_case=True)) == []
    assert _found(window, FindQuery("e", name, FindTest.NOT_CONTAINS)) == [4]  # Build
    assert _found(window, FindQuery("Go", name, FindTest.GREATER)) == [2, 3, 6, 7]  # after "go"
    window.tree.select_uids([3])
    window.find_with(FindQuery("e", up=True))  # Search: Up
    assert window.tree.current_uid() == 2


def test_s18f_orderings_compare_the_fields_values(window):
    duration, start = int(Column.DURATION), int(Column.START)
    longer = FindQuery("2d", duration, FindTest.GREATER)
    assert _found(window, longer) == [1, 2, 4, 5]  # 4d, 3d, 7d, 5d: not 1d, 2d, 0d
    assert _found(window, replace(longer, test=FindTest.GREATER_EQUAL)) == [1, 2, 4, 5, 6]
    assert _found(window, replace(longer, text="16h")) == [1, 2, 4, 5]  # the same two days
    assert _found(window, FindQuery("2026-03-05", start, FindTest.LESS)) == [1, 2]
    assert _found(window, FindQuery("2026-03-13", start, FindTest.GREATER_EQUAL)) == [6, 7]
    window.tree.select_uids([3])
    said = window.find_with(replace(longer, text="soon"))
    assert said == "'soon' is not a duration (try 5d, 4h, 2w)"
    assert window.statusBar().currentMessage() == said
    assert window.tree.current_uid() == 3


def test_s18f_find_unfolds_the_summary_hiding_the_row_found(window):
    window.model.set_collapsed(4, True)
    assert not window.model.index_of_uid(6).isValid()
    window.find_with(FindQuery("test"))
    assert window.tree.current_uid() == 6
    assert not window.model.is_collapsed(4)


def test_s18f_grouped_find_goes_in_the_groups_order_and_unfolds_a_group(window):
    groups_of(window).apply(GroupBy((GroupKey(GroupField.RESOURCE_NAMES),)))
    model = window.model
    ann = next(k for k in model.shown_uids() if (g := model.group_of(k)) and "Ann" in g.label)
    model.set_group_collapsed(ann, True)
    assert not model.index_of_uid(5).isValid()
    assert _found(window, FindQuery("e")) == [2, 5, 6, 3, 7]  # Ann's, Bob's, then nobody's
    assert not model.row_group().is_collapsed(ann)  # Ann's group unfolded to show Specs
    assert model.index_of_uid(5).isValid()
    assert window.find_with(FindQuery("design")) == "No task name contains 'design'"


def test_s18f_filtered_find_and_replace_reach_the_rows_shown_only(window):
    filters_of(window).apply(TaskFilter(FilterKind.MILESTONES))
    assert _found(window, FindQuery("e")) == [7]
    said = window.find_with(FindQuery("code"))
    assert (
        said == "No task shown contains 'code': the filter Milestones hides 1 (F3 shows all tasks)"
    )
    window.replace_with(FindQuery("e"), "E", every=True)
    assert [t.name for t in window.document.plan.tasks][-3:] == ["Code", "Test", "Go-livE"]


def test_s18f_replace_all_is_one_step(window):
    plan, stack = window.document.plan, window.document.undo_stack
    names = [t.name for t in plan.tasks]
    said = window.replace_with(FindQuery("E"), "3", every=True)  # any case: Match case is off
    assert said == "Replaced Task name in 6 tasks"
    assert [t.name for t in plan.tasks] == [
        "D3sign",
        "Sp3cs",
        "R3vi3w",
        "Build",
        "Cod3",
        "T3st",
        "Go-liv3",
    ]
    assert stack.count() == 1
    stack.undo()
    assert [t.name for t in plan.tasks] == names
    stack.redo()
    assert plan.task(3).name == "R3vi3w"


def test_s18f_replace_replaces_the_row_found_then_goes_on(window):
    plan = window.document.plan
    query = FindQuery("e", match_case=True)
    window.tree.select_uids([2])
    window.replace_with(query, "E", every=False)  # Specs found: replaced, on to Review
    assert plan.task(2).name == "SpEcs"
    assert window.tree.current_uid() == 3
    window.tree.select_uids([4])
    window.replace_with(query, "E", every=False)  # Build holds none: the next one is found
    assert plan.task(4).name == "Build"
    assert window.tree.current_uid() == 5
    assert plan.task(5).name == "Code"


def test_s18f_a_field_refuses_a_replacement_with_its_own_message(window):
    plan, stack = window.document.plan, window.document.undo_stack
    duration = FindQuery("3d", int(Column.DURATION), FindTest.EQUALS)
    window.tree.select_uids([2])
    said = window.replace_with(duration, "soon", every=False)
    assert said == "Task 2 'Specs', Duration: 'soon' is not a duration (try 5d, 4h, 2w)"
    assert plan.task(2).duration_minutes == 3 * 480
    longer = FindQuery("2d", int(Column.DURATION), FindTest.GREATER)
    said = window.replace_with(longer, "1d", every=True)  # Design's comes from its subtasks
    assert said.startswith("Task 1 'Design', Duration: the duration of summary task 'Design'")
    assert plan.task(5).duration_minutes == 5 * 480  # nothing replaced
    assert stack.count() == 0
    window.replace_with(FindQuery("2026-03-02", int(Column.START), FindTest.EQUALS), "x", True)
    assert "Start" in window.statusBar().currentMessage()
    assert stack.count() == 0


def test_s18f_replace_in_notes_keeps_the_rest_of_the_note(window):
    plan = window.document.plan
    window.replace_with(FindQuery("vendor", int(Column.NOTES)), "client", every=True)
    assert plan.task(5).notes == "Check first\nthe client's API"
    said = window.replace_with(FindQuery("1", int(Column.WBS)), "9", every=True)
    assert said == "Task 1 'Design', WBS: WBS is worked out, not typed"


def test_s18f_replace_all_in_people_adds_a_new_person_once(window):
    plan, stack = window.document.plan, window.document.undo_stack
    said = window.replace_with(FindQuery("ann", int(Column.RESOURCES)), "Cleo", every=True)
    assert said == "Replaced People in 2 tasks"
    assert [r.name for r in plan.resources] == ["Ann", "Bob", "Cleo"]
    cleo = plan.resources[2].uid
    assert sorted(a.task_uid for a in plan.assignments if a.resource_uid == cleo) == [2, 5]
    assert stack.count() == 1
    stack.undo()
    assert [r.name for r in plan.resources] == ["Ann", "Bob"]
    assert window.replace_with(FindQuery(""), "x", every=True) == (
        "Type what to replace in Find what first"
    )
    assert plan.task(1).name == "Design"


def test_s18f_a_read_only_plan_finds_but_replaces_nothing(qtbot):
    class _ReadOnlyFile:
        read_only = True
        path = None

    win = MainWindow(Document(build_plan(), _ReadOnlyFile()), settings=Settings())
    qtbot.addWidget(win)
    win.show_view("gantt")
    assert win.action_collection["find_task"].isEnabled()
    assert not win.action_collection["replace_task"].isEnabled()
    win.find_task()
    dialog = win._find_dialog
    assert not dialog.to_replace.isVisible()
    dialog.what.setText("code")
    dialog.find_next()
    assert win.tree.current_uid() == 5
    said = win.replace_with(FindQuery("code"), "Coding", every=True)
    assert said == "Task 5 'Code', Task name: the plan is open read-only"
    assert win.document.plan.task(5).name == "Code"
