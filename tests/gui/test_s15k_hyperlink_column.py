"""The task sheet's Hyperlink, Hyperlink Address and Hyperlink SubAddress columns: offered by
Insert Column, shown as a link, typed into as one checked undo step each, emptied with
Del; sorted and filtered as the other text fields."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app.domain.hyperlinks import Hyperlink
from app.ui.column_menu import header_menu
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_model_hyperlinks import LINK_COLOUR
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

LINK = Hyperlink("Spec", "https://example.com/spec", "part-2")
EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def doc():
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=LINK))
    plan.update_task(replace(plan.task(6), hyperlink=Hyperlink("", "docs/test-plan.pdf")))
    return Document(plan)


@pytest.fixture
def model(doc, qtbot):
    return TaskTreeModel(doc)


@pytest.fixture
def view(model, qtbot):
    tree = TaskTreeView(model)
    qtbot.addWidget(tree)
    return tree


def _cell(model, uid, column):
    return model.index_of_uid(uid, column)


def test_insert_column_offers_the_three_fields_and_shows_them(view):
    menu = header_menu(view, Column.DURATION)
    insert = menu.findChild(QMenu, "insert_column")
    group = next(a.menu() for a in insert.actions() if a.text() == "Hyperlink")
    titles = [a.text() for a in group.actions()]
    assert titles == ["Hyperlink", "Hyperlink Address", "Hyperlink SubAddress"]
    assert view.isColumnHidden(Column.HYPERLINK)
    group.actions()[0].trigger()
    assert not view.isColumnHidden(Column.HYPERLINK)
    header = view.horizontalHeader()
    assert header.visualIndex(Column.HYPERLINK) == header.visualIndex(Column.DURATION) - 1


def test_the_cells_show_the_link_underlined_in_link_blue(model):
    cell = _cell(model, 5, Column.HYPERLINK)
    assert cell.data(SHOW) == "Spec"
    assert cell.data(Qt.ItemDataRole.FontRole).underline()
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == LINK_COLOUR
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "https://example.com/spec#part-2\nCtrl+click to open"
    assert _cell(model, 5, Column.HYPERLINK_ADDRESS).data(SHOW) == LINK.address
    assert _cell(model, 5, Column.HYPERLINK_SUB_ADDRESS).data(SHOW) == "part-2"
    # no text to display: the address stands for it, as MS Project shows it
    assert _cell(model, 6, Column.HYPERLINK).data(SHOW) == "docs/test-plan.pdf"
    plain = _cell(model, 2, Column.HYPERLINK)
    assert plain.data(SHOW) == ""
    font = plain.data(Qt.ItemDataRole.FontRole)
    assert font is None or not font.underline()
    # the other columns keep their own look
    assert not _cell(model, 5, Column.NAME).data(Qt.ItemDataRole.FontRole)


def test_typing_the_text_to_display_is_one_undo_step(model, doc):
    stack = doc.undo_stack
    assert model.flags(_cell(model, 5, Column.HYPERLINK)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(_cell(model, 5, Column.HYPERLINK), "Specification", EDIT)
    assert doc.plan.task(5).hyperlink == replace(LINK, text="Specification")
    assert stack.count() == 1
    assert stack.undoText() == "Set hyperlink of 'Code'"
    stack.undo()
    assert doc.plan.task(5).hyperlink == LINK
    stack.redo()
    assert _cell(model, 5, Column.HYPERLINK).data(SHOW) == "Specification"


def test_the_address_shown_committed_again_changes_nothing(model, doc):
    cell = _cell(model, 6, Column.HYPERLINK)
    assert model.setData(cell, cell.data(EDIT), EDIT)
    assert doc.plan.task(6).hyperlink == Hyperlink("", "docs/test-plan.pdf")
    assert doc.undo_stack.count() == 0


def test_an_address_typed_into_the_hyperlink_cell_moves_the_link(model, doc):
    # the cell showed the address (no text of its own): the new one replaces it
    assert model.setData(_cell(model, 6, Column.HYPERLINK), "https://e.org/plan#v2", EDIT)
    assert doc.plan.task(6).hyperlink == Hyperlink("", "https://e.org/plan", "v2")
    # over a link with text, as the workbook reads it: the link now reads as its address
    assert model.setData(_cell(model, 5, Column.HYPERLINK), "mailto:pm@example.com", EDIT)
    assert doc.plan.task(5).hyperlink == Hyperlink("", "mailto:pm@example.com")
    assert doc.undo_stack.count() == 2


def test_typing_the_address_and_sub_address(model, doc):
    assert model.setData(_cell(model, 5, Column.HYPERLINK_ADDRESS), "mailto:pm@example.com", EDIT)
    assert doc.plan.task(5).hyperlink == replace(LINK, address="mailto:pm@example.com")
    assert doc.undo_stack.undoText() == "Set hyperlink address of 'Code'"
    assert model.setData(_cell(model, 5, Column.HYPERLINK_SUB_ADDRESS), "", EDIT)
    assert doc.plan.task(5).hyperlink == Hyperlink("Spec", "mailto:pm@example.com")
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.task(5).hyperlink == LINK


def test_an_address_typed_on_a_task_without_a_link_makes_one(model, doc):
    assert model.setData(_cell(model, 2, Column.HYPERLINK), "www.example.com/specs", EDIT)
    assert doc.plan.task(2).hyperlink == Hyperlink("", "www.example.com/specs")
    assert model.setData(_cell(model, 3, Column.HYPERLINK_ADDRESS), r"C:\plans\review.docx", EDIT)
    assert doc.plan.task(3).hyperlink == Hyperlink("", r"C:\plans\review.docx")
    assert doc.undo_stack.count() == 2


def test_a_refused_link_is_one_message_naming_the_column(model, doc, qtbot):
    errors: list[str] = []
    model.sig_error.connect(errors.append)
    assert not model.setData(_cell(model, 5, Column.HYPERLINK_ADDRESS), "javascript:x()", EDIT)
    assert not model.setData(_cell(model, 2, Column.HYPERLINK), "Spec: draft", EDIT)
    assert doc.plan.task(5).hyperlink == LINK
    assert doc.plan.task(2).hyperlink is None
    assert doc.undo_stack.count() == 0
    assert errors[0].startswith("Hyperlink Address: the address 'javascript:x()' is a javascript:")
    assert errors[1] == "Hyperlink: give an address (a web page, an e-mail or a file)"
    assert len(errors) == 2


def test_emptying_the_link_cell_or_its_only_address_removes_the_link(model, doc):
    assert model.setData(_cell(model, 5, Column.HYPERLINK), "", EDIT)
    assert doc.plan.task(5).hyperlink is None
    assert doc.undo_stack.undoText() == "Remove hyperlink from 'Code'"
    assert model.setData(_cell(model, 6, Column.HYPERLINK_ADDRESS), " ", EDIT)
    assert doc.plan.task(6).hyperlink is None
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.task(5).hyperlink == LINK
    # an address emptied where a sub-address is left: a link to a place in the plan's file
    assert model.setData(_cell(model, 5, Column.HYPERLINK_ADDRESS), "", EDIT)
    assert doc.plan.task(5).hyperlink == Hyperlink("Spec", "", "part-2")


def test_del_on_selected_hyperlink_cells_removes_the_links_in_one_step(view, model, doc):
    insert_column(view, Column.HYPERLINK)
    view.select_uids([5, 6])
    view._clear_cells(_cell(model, 5, Column.HYPERLINK))
    assert doc.plan.task(5).hyperlink is None
    assert doc.plan.task(6).hyperlink is None
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == f"Clear {HEADERS[Column.HYPERLINK]} of 2 tasks"
    doc.undo_stack.undo()
    assert doc.plan.task(6).hyperlink == Hyperlink("", "docs/test-plan.pdf")


@pytest.fixture
def opened(monkeypatch):
    """The URLs handed to the desktop (none is opened)."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


def test_ctrl_click_on_a_link_cell_opens_it_and_keeps_the_selection(view, model, opened, qtbot):
    view.resize(900, 300)
    insert_column(view, Column.HYPERLINK, Column.DURATION)
    with qtbot.waitExposed(view):
        view.show()
    view.select_uids([2])
    at = view.visualRect(_cell(model, 5, Column.HYPERLINK)).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, at
    )
    assert opened == ["https://example.com/spec#part-2"]
    assert view.selected_uids() == [2]  # the click opened the link, it did not select
    # a plain click selects, as on any cell; Ctrl+click on a row without a link selects too
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert view.selected_uids() == [5]
    plain = view.visualRect(_cell(model, 3, Column.HYPERLINK)).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, plain
    )
    assert sorted(view.selected_uids()) == [3, 5]
    assert len(opened) == 1
