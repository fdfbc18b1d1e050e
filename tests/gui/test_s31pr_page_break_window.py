"""Insert > Page Break in the window: the selected task gets a page break (one undoable
step, again to remove it), the sheet draws a dashed line above its row, the preview and
PDF start a new page there while Page Setup's "Manual page breaks" is ticked, and Page
Setup's "Only tasks active in these dates" is kept with the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtGui import QImage

from app.report.options import PrintOptions
from app.store.document import read_plan
from app.ui.page_break_line import break_rows_shown
from app.ui.printing import actions
from app.ui.printing.page_setup import PageSetupDialog
from app.ui.printing.print_choices import chosen_options, print_options
from tests.gui.conftest import build_plan
from tests.gui.test_usage_printing import session  # noqa: F401 - the fixture
from tests.gui.test_usage_view import open_window


def _breaks(window) -> list[int]:
    return [t.uid for t in window.document.plan.tasks if t.page_break]


def test_s31pr_page_break_is_one_undoable_step_and_kept_in_the_file(
    session,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    window = open_window(session, qtbot, tmp_path, build_plan())
    stack = window.document.undo_stack
    window.tree.select_uids([4])  # Build
    window.action_collection["page_break"].trigger()
    assert _breaks(window) == [4]
    assert stack.undoText() == "Insert page break above 'Build'"
    assert [t.uid for t in read_plan(window.document.path).tasks if t.page_break] == [4]
    stack.undo()
    assert _breaks(window) == []
    stack.redo()
    assert _breaks(window) == [4]
    window.action_collection["page_break"].trigger()  # again: removed
    assert _breaks(window) == []
    assert stack.undoText() == "Remove page break above 'Build'"
    window.tree.select_uids([4, 7])
    window.action_collection["page_break"].trigger()
    assert _breaks(window) == [4, 7]
    window.action_collection["remove_page_breaks"].trigger()
    assert _breaks(window) == []
    stack.undo()
    assert _breaks(window) == [4, 7]


def test_s31pr_the_command_sits_in_insert_and_the_rows_menu(session, qtbot, tmp_path) -> None:  # noqa: F811
    window = open_window(session, qtbot, tmp_path, build_plan())
    page_break = window.action_collection["page_break"]
    assert page_break in window.tree.actions()
    insert = next(
        m
        for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        if m.objectName() == "insert_menu"
    )
    assert page_break in insert.actions()


def test_s31pr_the_sheet_draws_a_dashed_line_above_the_row(session, qtbot, tmp_path) -> None:  # noqa: F811
    window = open_window(session, qtbot, tmp_path, build_plan())
    tree = window.tree
    before = tree.viewport().grab().toImage()
    window.tree.select_uids([1])
    plan = window.document.plan
    plan.update_task(replace(plan.task(4), page_break=True))
    qtbot.waitUntil(lambda: break_rows_shown(tree) == [3])
    tree.clearSelection()
    tree.viewport().repaint()
    after: QImage = tree.viewport().grab().toImage()
    y = tree.rowViewportPosition(3) + 1
    x = tree.viewport().width() // 2
    ratio = after.devicePixelRatio()
    darker = [
        after.pixelColor(int(px * ratio), int(y * ratio)).lightness()
        < before.pixelColor(int(px * ratio), int(y * ratio)).lightness()
        for px in range(x, x + 40)
    ]
    assert any(darker)  # a line drawn
    assert not all(darker)  # in dashes


def test_s31pr_the_printout_breaks_unless_manual_page_breaks_is_off(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    from app.report.gantt_pages import GanttPageLayout

    window = open_window(session, qtbot, tmp_path, build_plan())
    document = window.document
    window.tree.select_uids([4])
    window.action_collection["page_break"].trigger()
    options = print_options(window, document)
    assert options.page_breaks
    layout = GanttPageLayout(document.plan, document.schedule, options, 500, 700)
    assert [(p.first_task, p.last_task) for p in layout.pages] == [(0, 3), (3, 7)]

    def untick(cls, parent, options, a, b):
        return replace(options, page_breaks=False)

    monkeypatch.setattr(PageSetupDialog, "ask", classmethod(untick))
    assert actions.page_setup(window, document) is not None
    assert not document.plan.project.page_setup.manual_page_breaks
    options = print_options(window, document)
    layout = GanttPageLayout(document.plan, document.schedule, options, 500, 700)
    assert [(p.first_task, p.last_task) for p in layout.pages] == [(0, 7)]


def test_s31pr_the_dialog_shows_manual_page_breaks_and_whole_project_has_a_key(qtbot) -> None:
    start, finish = datetime(2027, 1, 4), datetime(2027, 3, 1)
    dialog = PageSetupDialog(PrintOptions(), start, finish)
    qtbot.addWidget(dialog)
    assert dialog.manual_breaks.isChecked()
    assert dialog.whole_project.text() == "&Whole project"
    dialog.manual_breaks.setChecked(False)
    assert not dialog.options().page_breaks
    dialog = PageSetupDialog(PrintOptions(page_breaks=False), start, finish)
    qtbot.addWidget(dialog)
    assert not dialog.manual_breaks.isChecked()


def test_s31pr_only_tasks_active_is_kept_with_the_plan(
    session,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    window = open_window(session, qtbot, tmp_path, build_plan())
    document = window.document

    def active(cls, parent, options, a, b):
        return replace(
            options, date_from=datetime(2026, 3, 13), date_to=datetime(2026, 4, 1), active_only=True
        )

    monkeypatch.setattr(PageSetupDialog, "ask", classmethod(active))
    assert actions.page_setup(window, document) is not None
    assert document.plan.project.page_setup.active_only
    assert read_plan(document.path).project.page_setup.active_only  # in the file
    assert chosen_options(window, document).rows == (4, 6, 7)
    document.undo_stack.undo()  # Page Setup's OK is one step
    assert not document.plan.project.page_setup.active_only
    assert chosen_options(window, document).rows == (1, 2, 3, 4, 5, 6, 7)
