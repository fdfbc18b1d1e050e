"""The main window on a real .gantry file: edits through the model and the actions, undo,
persistence across reopening, and the read-only prompt for a locked file."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import LockedError
from app.domain.link import Link, LinkType
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.find_query import FindQuery
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def plan_file(tmp_path):
    """A .gantry file written from the sample plan (the file is closed again)."""
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    return path


@pytest.fixture
def window(session, plan_file, qtbot):
    win = session.open_path(plan_file)
    assert win is not None
    qtbot.addWidget(win)
    return win


def name_index(window, name, column=Column.NAME):
    model = window.model
    hits = model.match(
        model.index(0, Column.NAME),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert hits, name
    return hits[0].siblingAtColumn(column)


def select(window, *names):
    plan = window.document.plan
    uids = [next(t.uid for t in plan.tasks if t.name == n) for n in names]
    window.tree.select_uids(uids)
    return uids


def trigger(window, action_id):
    window.action_collection[action_id].trigger()


def test_title_status_and_views(window, plan_file):
    assert window.windowTitle() == "sample.gantry — Gantry"
    assert window.status_tasks.text() == "Tasks: 7"
    assert window.status_finish.text().startswith("Finish: ")
    assert not window.status_read_only.isVisibleTo(window)
    for name in ("team", "budget", "risks", "gantt"):
        trigger(window, f"view_{name}")
        assert window.current_view == name
        assert window.stack.currentWidget() is window.views[name]
    assert window.session.settings.recent_files()[0] == plan_file.resolve()


def test_menus_hold_only_working_items(window):
    ids = window.action_collection.ids()
    for required in (
        "new_plan",
        "open_plan",
        "open_recent",
        "save_copy_as",
        "close_window",
        "quit",
        "undo",
        "redo",
        "insert_task",
        "delete_task",
        "indent_task",
        "outdent_task",
        "link_tasks",
        "unlink_tasks",
        "task_information",
        "project_information",
        "view_gantt",
        "view_team",
        "view_budget",
        "view_risks",
        "about",
    ):
        assert required in ids
    assert window.action_collection["indent_task"].shortcut().toString() == "Alt+Shift+Right"
    assert window.action_collection["link_tasks"].shortcut().toString() == "Ctrl+F2"
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or action.menu() or action.receivers("2triggered(bool)") > 0


def test_rename_undo_redo_and_reopen(window, session, plan_file, qtbot):
    model, doc = window.model, window.document
    assert model.setData(name_index(window, "Code"), "Write code", EDIT)
    assert doc.plan.task(5).name == "Write code"
    trigger(window, "undo")
    assert doc.plan.task(5).name == "Code"
    trigger(window, "redo")
    assert name_index(window, "Write code").data() == "Write code"
    window.close()
    assert session.windows == []
    again = session.open_path(plan_file)
    qtbot.addWidget(again)
    assert again.document.plan.task(5).name == "Write code"


def test_indent_and_outdent_with_the_actions(window, session, plan_file, qtbot):
    plan = window.document.plan
    select(window, "Go-live")
    trigger(window, "indent_task")
    assert plan.task(7).outline_level == 2
    assert plan.wbs(7) == "2.3"
    assert window.tree.selected_uids() == [7]
    assert window.document.undo_stack.undoText() == "Indent task 'Go-live'"
    trigger(window, "outdent_task")
    assert plan.task(7).outline_level == 1
    trigger(window, "undo")
    assert plan.task(7).outline_level == 2
    select(window, "Design")
    trigger(window, "indent_task")
    assert "first task" in window.statusBar().currentMessage()
    window.close()
    again = session.open_path(plan_file)
    qtbot.addWidget(again)
    assert again.document.plan.task(7).outline_level == 2


def test_insert_and_delete_tasks(window):
    plan = window.document.plan
    select(window, "Test")
    trigger(window, "insert_task")
    assert len(plan.tasks) == 8
    new = plan.tasks[5]
    assert new.name == "New task"
    assert new.outline_level == 2
    assert window.tree.current_uid() == new.uid
    window.tree.closePersistentEditor(window.tree.currentIndex())
    select(window, "Build")
    trigger(window, "delete_task")
    assert [t.name for t in plan.tasks] == ["Design", "Specs", "Review", "Go-live"]
    assert window.status_tasks.text() == "Tasks: 4"
    trigger(window, "undo")
    assert len(plan.tasks) == 8
    assert plan.find_link(5, 6) is not None
    trigger(window, "undo")
    assert len(plan.tasks) == 7


def test_link_and_unlink(window):
    plan = window.document.plan
    select(window, "Specs", "Code", "Go-live")
    trigger(window, "link_tasks")
    assert plan.find_link(2, 5) is not None
    assert plan.find_link(5, 7) is not None
    assert name_index(window, "Go-live", Column.PREDECESSORS).data() == "5,6"
    select(window, "Specs", "Code")
    trigger(window, "unlink_tasks")
    assert plan.find_link(2, 5) is None
    assert plan.find_link(5, 7) is not None
    trigger(window, "undo")
    assert plan.find_link(2, 5) is not None
    select(window, "Code", "Specs")  # would close a cycle through Review
    before = len(plan.links)
    trigger(window, "link_tasks")
    assert len(plan.links) == before


def test_bad_input_is_refused_in_the_status_bar(window):
    doc = window.document
    assert not window.model.setData(name_index(window, "Code", Column.DURATION), "abc", EDIT)
    assert "abc" in window.statusBar().currentMessage()
    assert doc.undo_stack.count() == 0
    assert not window.model.setData(name_index(window, "Specs", Column.PREDECESSORS), "6", EDIT)
    assert "cycle" in window.statusBar().currentMessage()


def test_locked_file_offers_read_only(window, session, plan_file, qtbot, monkeypatch):
    asked = []

    def answer(parent, path):
        asked.append(path)
        return True

    monkeypatch.setattr(
        Session, "ask_open_read_only", classmethod(lambda cls, p, path: answer(p, path))
    )
    other = Session(Settings())
    second = other.open_path(plan_file)
    assert asked == [plan_file]
    assert second is not None
    qtbot.addWidget(second)
    assert second.document.read_only
    assert second.windowTitle() == "sample.gantry — Gantry [read-only]"
    assert second.status_read_only.isVisibleTo(second)
    assert not second.action_collection["insert_task"].isEnabled()
    assert not second.action_collection["undo"].isEnabled()
    idx = name_index(second, "Code")
    assert not idx.flags() & Qt.ItemFlag.ItemIsEditable
    assert not second.model.setData(idx, "Hacked", EDIT)
    second.close()


def test_locked_file_declined_opens_nothing(window, plan_file, monkeypatch):
    monkeypatch.setattr(Session, "ask_open_read_only", classmethod(lambda cls, p, path: False))
    other = Session(Settings())
    assert other.open_path(plan_file) is None
    assert other.windows == []
    with pytest.raises(LockedError):
        GantryFile.open(plan_file)


def test_same_file_twice_in_one_session_raises_its_window(window, session, plan_file):
    assert session.open_path(plan_file) is window
    assert len(session.windows) == 1


def test_new_plan_asks_where_and_opens_a_second_window(
    window, session, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "fresh.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    trigger(window, "new_plan")
    assert len(session.windows) == 2
    fresh = session.windows[1]
    qtbot.addWidget(fresh)
    assert fresh.document.path == target
    assert fresh.document.plan.tasks == []
    assert fresh.windowTitle() == "fresh.gantry — Gantry"
    fresh.action_collection["insert_task"].trigger()
    fresh.tree.closePersistentEditor(fresh.tree.currentIndex())
    assert len(fresh.document.plan.tasks) == 1


def test_a_new_plan_takes_the_currency_of_the_users_locale(
    window, session, tmp_path, monkeypatch, qtbot
):
    from PySide6.QtCore import QLocale

    from app.domain.project import SymbolPosition

    target = tmp_path / "uk.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        trigger(window, "new_plan")
    finally:
        QLocale.setDefault(before)
    fresh = session.windows[1]
    qtbot.addWidget(fresh)
    project = fresh.document.plan.project
    assert (project.currency, project.currency_symbol) == ("EUR", "€")
    assert project.currency_symbol_position is SymbolPosition.AFTER_SPACE  # "1.234,50 €"
    assert project.currency_digits == 2


@pytest.mark.parametrize(
    ("locale", "code", "symbol", "digits"),
    [("en_GB", "GBP", "£", 2), ("ja_JP", "JPY", "￥", 0), ("sv_SE", "SEK", "kr", 2)],
)
def test_local_currency_reads_the_locale(locale, code, symbol, digits):
    from PySide6.QtCore import QLocale

    from app.domain.project import Project
    from app.report.system_currency import local_currency

    project = local_currency(Project(name="x"), QLocale(locale))
    assert (project.currency, project.currency_symbol, project.currency_digits) == (
        code,
        symbol,
        digits,
    )
    bare = Project(name="x")
    assert local_currency(bare, QLocale("C")) == bare  # no currency named: Gantry's default


def test_save_a_copy(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    trigger(window, "save_copy_as")
    assert target.exists()
    with GantryFile.open(target, read_only=True) as copy:
        assert [t.name for t in copy.plan.tasks] == [t.name for t in window.document.plan.tasks]


def test_ctrl_s_says_every_change_is_already_saved(window, plan_file, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: asked.append(a)))
    save = window.action_collection["save_plan"]
    assert save.shortcut().toString() == "Ctrl+S"
    plan = window.document.plan
    plan.update_task(replace(plan.tasks[1], name="Renamed"))
    save.trigger()
    assert plan_file.name in window.statusBar().currentMessage()
    assert "Saved" in window.statusBar().currentMessage()
    assert asked == []  # nothing to ask: the file has it already
    with GantryFile.open(plan_file, read_only=True) as on_disk:
        assert on_disk.plan.tasks[1].name == "Renamed"


def test_ctrl_s_on_a_read_only_plan_offers_a_copy(window, monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: asked.append(a)))
    monkeypatch.setattr(type(window.document), "read_only", property(lambda self: True))
    window.action_collection["save_plan"].trigger()
    assert len(asked) == 1  # Save a Copy As asked where


def test_save_a_copy_as_png_of_a_plan_too_tall_for_one_picture_says_what_to_use(
    window, tmp_path, monkeypatch
):
    import app.report.export as export

    target = tmp_path / "copy.png"
    errors: list[str] = []
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    monkeypatch.setattr(export, "MAX_PICTURE_ROWS", len(window.document.plan.tasks) - 1)
    trigger(window, "save_copy_as")
    assert not target.exists()
    assert len(errors) == 1
    assert "Copy Picture" in errors[0]
    assert "Export PDF" in errors[0]
    assert "--rows" not in errors[0]  # window wording, not the command line's
    monkeypatch.undo()
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    trigger(window, "save_copy_as")
    assert target.exists()  # a plan that fits is written as before


def test_open_demo_plan(session, qtbot, tmp_path):
    from app.assets import resource_path

    try:
        demo = resource_path("demo", "crm-rollout.gantry")
    except FileNotFoundError:
        pytest.skip("the demo plan is not in this checkout")
    copy = tmp_path / "demo.gantry"
    copy.write_bytes(demo.read_bytes())
    win = session.open_path(copy)
    assert win is not None
    qtbot.addWidget(win)
    plan = win.document.plan
    assert len(plan.tasks) >= 40
    first_leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    idx = win.model.index_of_uid(first_leaf.uid, Column.NAME)
    assert win.model.setData(idx, "Renamed in test", EDIT)
    trigger(win, "undo")
    assert plan.task(first_leaf.uid).name == first_leaf.name
    trigger(win, "redo")
    win.close()
    again = session.open_path(copy)
    qtbot.addWidget(again)
    assert again.document.plan.task(first_leaf.uid).name == "Renamed in test"


def test_opening_another_format_keeps_it_as_a_new_gantry_file(
    session, shared_data, tmp_path, monkeypatch, qtbot
):
    source = shared_data / "mspdi" / "caltest.xml"
    target = tmp_path / "from-project.gantry"
    offered = []

    def ask(cls, parent, suggestion):
        offered.append(suggestion)
        return target

    monkeypatch.setattr(Session, "ask_import_target", classmethod(ask))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    assert offered[0].suffix == ".gantry"
    assert win.document.path == target
    assert target.exists()
    assert win.document.plan.tasks
    assert win.windowTitle() == "from-project.gantry — Gantry"


def test_unreadable_file_is_reported_not_raised(session, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    junk = tmp_path / "notes.gantry"
    junk.write_text("not a plan")
    assert session.open_path(junk) is None
    assert len(errors) == 1
    assert "\n" not in errors[0]
    assert session.windows == []


def test_import_of_a_new_plan_opens_it_in_a_new_window(
    window, session, tmp_path, monkeypatch, qtbot
):
    from app.ui.exchange import actions

    imported = build_plan()
    imported.project = type(imported.project)(name="Client plan")
    # The real module, its file dialog and reading replaced (a fake package left out
    # app.ui.exchange.renamed, which the import then needs).
    monkeypatch.setattr(
        actions, "run_import", lambda parent, document, source, notes=None: imported
    )
    monkeypatch.setattr(
        actions.ExchangeDialogs, "import_path", classmethod(lambda cls, p: tmp_path / "c.xml")
    )
    target = tmp_path / "client.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    window.import_plan()
    assert len(session.windows) == 2
    opened = session.windows[1]
    qtbot.addWidget(opened)
    assert opened.document.path == target
    assert [t.name for t in opened.document.plan.tasks] == [t.name for t in imported.tasks]


def test_a_plan_that_cannot_be_scheduled_is_reported_and_released(session, tmp_path, monkeypatch):
    plan = build_plan()
    # A file can hold what the plan API refuses: a link closing a loop
    # (Go-live -> Specs -> Review -> Code -> Test -> Go-live).
    plan.links.append(Link(7, 2, LinkType.FS))
    path = tmp_path / "loop.gantry"
    GantryFile.create(path, plan).close()
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    assert session.open_path(path) is None
    assert errors
    assert "loop" in errors[0] or "cycle" in errors[0]
    GantryFile.open(path).close()  # the lock was given back


def test_move_up_and_down_with_the_actions(window):
    plan = window.document.plan
    select(window, "Test")
    trigger(window, "move_up")
    assert [t.name for t in plan.tasks][4:6] == ["Test", "Code"]
    assert window.tree.selected_uids() == [6]
    assert window.document.undo_stack.undoText() == "Move task 'Test' up"
    trigger(window, "move_up")
    assert "already the first" in window.statusBar().currentMessage()
    trigger(window, "undo")
    assert [t.name for t in plan.tasks][4:6] == ["Code", "Test"]


def test_outline_changes_keep_collapsed_summaries_collapsed(window):
    tree = window.tree
    design = window.model.index_of_uid(1)
    build = window.model.index_of_uid(4)
    tree.collapse(design)
    assert tree.isExpanded(build)
    select(window, "Go-live")
    trigger(window, "indent_task")
    assert not tree.isExpanded(window.model.index_of_uid(1))
    assert tree.isExpanded(window.model.index_of_uid(4))
    window.document.plan.remove_link(5, 6)
    select(window, "Code")
    trigger(window, "outdent_task")  # Code becomes a summary over Test and Go-live
    plan = window.document.plan
    assert plan.is_summary(5)
    assert plan.parent(6).uid == 5
    assert tree.isExpanded(window.model.index_of_uid(5))
    assert window.tree.selected_uids() == [5]


def test_columns_can_be_hidden_from_the_header_menu_and_tasks_have_a_context_menu(window):
    tree = window.tree
    menu = tree.column_menu()
    by_text = {a.text(): a for a in menu.actions()}
    assert "Task name" not in by_text
    assert by_text["WBS"].isChecked()
    by_text["WBS"].setChecked(False)
    assert tree.isColumnHidden(Column.WBS)
    by_text["WBS"].setChecked(True)
    assert not tree.isColumnHidden(Column.WBS)
    ids = [a.objectName() for a in tree.actions() if not a.isSeparator()]
    assert ids[:3] == ["task_information", "insert_task", "delete_task"]
    assert "link_tasks" in ids


def test_close_all_releases_every_file(window, session, plan_file):
    lock = plan_file.with_name(plan_file.name + ".lock")
    assert lock.exists()
    session.close_all()
    assert session.windows == []
    assert not lock.exists()
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["sample.gantry"]


def test_date_and_percent_delegates_write_through_the_model(window):
    from datetime import datetime

    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QStyleOptionViewItem

    from app.domain.task import ConstraintType

    tree, plan = window.tree, window.document.plan
    start = name_index(window, "Code", Column.START)
    delegate = tree.itemDelegateForIndex(start)
    editor = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), start)
    delegate.setEditorData(editor, start)
    assert editor.dateTime().toPython() == window.document.schedule[5].start
    delegate.setModelData(editor, window.model, start)
    assert window.document.undo_stack.count() == 0  # unchanged date: no constraint added
    editor.setDateTime(QDateTime(datetime(2026, 5, 4, 8, 0)))
    delegate.setModelData(editor, window.model, start)
    assert plan.task(5).constraint_type is ConstraintType.SNET
    assert plan.task(5).constraint_date == datetime(2026, 5, 4, 8, 0)
    percent = name_index(window, "Code", Column.PERCENT)
    delegate = tree.itemDelegateForIndex(percent)
    spin = delegate.createEditor(tree.viewport(), QStyleOptionViewItem(), percent)
    delegate.setEditorData(spin, percent)
    assert spin.value() == 0
    spin.setValue(100)
    delegate.setModelData(spin, window.model, percent)
    assert plan.task(5).percent_complete == 100


def test_recent_menu_lists_plans_and_can_be_cleared(window, plan_file):
    menu = window.action_collection["open_recent"].menu()
    window._fill_recent_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["sample.gantry", "Clear Recent Plans"]
    menu.actions()[-1].trigger()
    assert window.settings.recent_files() == []
    window._fill_recent_menu()
    assert [a.text() for a in menu.actions()] == ["No recent plans"]
    assert not menu.actions()[0].isEnabled()


def test_dropping_a_plan_file_opens_it(window, session, tmp_path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "other.gantry"
    GantryFile.create(other, build_plan()).close()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert len(session.windows) == 2
    qtbot.addWidget(session.windows[1])
    assert session.windows[1].document.path == other


def test_an_unreadable_folder_entry_is_reported(session, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    folder = tmp_path / "looks-like.gantry"
    folder.mkdir()
    assert session.open_path(folder) is None
    assert len(errors) == 1
    assert "looks-like.gantry" in errors[0]


def test_find_task_goes_from_match_to_match_and_wraps(window, monkeypatch):
    select(window, "Review")
    window.find_with(FindQuery("ES"))  # Test, then Design (wrapping), then Test again
    assert window.tree.current_uid() == 6
    trigger(window, "find_next")
    assert window.tree.current_uid() == 1
    trigger(window, "find_next")
    assert window.tree.selected_uids() == [6]
    window.find_with(FindQuery("zzz"))
    assert "zzz" in window.statusBar().currentMessage()
    assert window.tree.current_uid() == 6


def test_outline_levels_from_the_view_menu(window):
    tree, model = window.tree, window.model
    trigger(window, "view_risks")
    trigger(window, "outline_level_1")
    assert window.current_view == "gantt"
    assert not tree.isExpanded(model.index_of_uid(1))
    assert not tree.isExpanded(model.index_of_uid(4))
    trigger(window, "show_all_subtasks")
    assert tree.isExpanded(model.index_of_uid(1))
    assert tree.isExpanded(model.index_of_uid(4))


def test_save_a_copy_in_another_format_offers_each_format_once(window, tmp_path, monkeypatch):
    offered = []
    target = tmp_path / "copy.xml"

    def ask(cls, parent, caption, start, filters):
        offered.append(filters.split(";;"))
        return target

    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(ask))
    trigger(window, "save_copy_as")
    assert offered[0][0] == "GANTRY (*.gantry)"
    assert len(offered[0]) == len(set(offered[0]))
    assert "XML (*.xml)" in offered[0]
    assert target.exists()
    assert window.document.path.suffix == ".gantry"  # the window stays on its own file


def test_window_reopens_on_the_last_view_with_the_tree_in_place(window, session, plan_file, qtbot):
    trigger(window, "view_risks")
    window.close()
    again = session.open_path(plan_file)
    qtbot.addWidget(again)
    assert again.current_view == "risks"
    assert again.tree.parent() is again  # owned by the window until the Gantt page is built
    trigger(again, "view_gantt")
    assert again.tree.isVisible()
    assert again.tree.parent() is again.splitter


def test_status_bar_counts_scheduling_issues(window):
    from app.ui.commands import EditTaskCommand, execute

    doc = window.document
    assert not window.status_issues.isVisibleTo(window)
    before_finish = doc.schedule[6].start  # a deadline the task cannot meet
    execute(doc, EditTaskCommand(doc, 6, "Set deadline", deadline=before_finish))
    assert window.status_issues.isVisibleTo(window)
    assert window.status_issues.text() == "Scheduling issues: 1"
    assert "deadline" in window.status_issues.toolTip()


def test_new_plan_never_replaces_a_file_open_elsewhere(window, plan_file, monkeypatch):
    errors = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: errors.append(m)))
    other = Session(Settings())
    assert other.create_plan(plan_file, build_plan()) is None
    assert "open" in errors[0]
    assert window.document.plan.tasks[0].name == "Design"
    with GantryFile.open(plan_file, read_only=True) as still:
        assert len(still.plan.tasks) == 7


def test_enter_commits_and_moves_down_a_row(window, qtbot):
    from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

    tree = window.tree
    window.tree.show()
    idx = name_index(window, "Specs")
    tree.setCurrentIndex(idx)
    tree.edit(idx)
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    editor.setText("Specifications")
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
    assert window.document.plan.task(2).name == "Specifications"
    assert tree.current_uid() == 3


def test_copy_tasks_as_tab_separated_text(window):
    from PySide6.QtWidgets import QApplication

    select(window, "Build", "Code")
    trigger(window, "copy_tasks")
    lines = QApplication.clipboard().text().splitlines()
    header = lines[0].split("\t")
    assert header[:4] == ["ID", "WBS", "Task name", "Duration"]
    build = dict(zip(header, lines[1].split("\t"), strict=True))
    code = dict(zip(header, lines[2].split("\t"), strict=True))
    assert build["Task name"] == "Build"
    assert code["Task name"] == "    Code"
    assert code["Duration"] == "5d"
    assert code["Predecessors"] == "3"
    assert len(lines) == 3
