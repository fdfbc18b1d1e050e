"""Task Information's Advanced tab: the task's hyperlink, edited in the dialog's one undo step."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTabWidget

from app.domain.hyperlinks import Hyperlink
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

LINK = Hyperlink("Spec", "https://example.com/spec", "part-2")


def _doc() -> Document:
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=LINK))
    return Document(plan)


def _dialog(qtbot, doc, uid):
    dialog = TaskDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def test_the_advanced_tab_shows_the_tasks_link(qtbot):
    dialog = _dialog(qtbot, _doc(), 5)
    fields = dialog.hyperlink
    assert (fields.text.text(), fields.address.text(), fields.sub_address.text()) == (
        "Spec",
        "https://example.com/spec",
        "part-2",
    )
    tabs = dialog.findChild(QTabWidget)
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert tabs.widget(titles.index("Advanced")).isAncestorOf(fields)
    blank = _dialog(qtbot, _doc(), 6)
    assert blank.hyperlink.address.text() == ""


def test_a_link_and_a_new_name_are_one_undo_step(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, 6)
    dialog.name.setText("Test all")
    dialog.hyperlink.address.setText(" docs/test-plan.pdf ")
    dialog.hyperlink.text.setText("Test plan")
    dialog.accept()
    task = doc.plan.task(6)
    assert task.name == "Test all"
    assert task.hyperlink == Hyperlink("Test plan", "docs/test-plan.pdf")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(6).name == "Test"
    assert doc.plan.task(6).hyperlink is None
    doc.undo_stack.redo()
    assert doc.plan.task(6).hyperlink == Hyperlink("Test plan", "docs/test-plan.pdf")


def test_an_untouched_link_changes_nothing(qtbot):
    doc = _doc()
    _dialog(qtbot, doc, 5).accept()
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(5).hyperlink == LINK


def test_emptying_the_fields_removes_the_link(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, 5)
    for field in (dialog.hyperlink.text, dialog.hyperlink.address, dialog.hyperlink.sub_address):
        field.clear()
    dialog.accept()
    assert doc.plan.task(5).hyperlink is None
    doc.undo_stack.undo()
    assert doc.plan.task(5).hyperlink == LINK


def test_a_refused_address_keeps_the_dialog_open_and_changes_nothing(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, 5)
    dialog.show()
    dialog.name.setText("Code it")
    dialog.hyperlink.address.setText("javascript:alert(1)")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().startswith("Hyperlink: the address 'javascript:alert(1)' is a")
    assert doc.plan.task(5).name == "Code"
    assert doc.plan.task(5).hyperlink == LINK
    assert doc.undo_stack.count() == 0
    dialog.hyperlink.address.clear()
    dialog.hyperlink.sub_address.clear()
    dialog.accept()  # text with no address
    assert dialog.error.text() == "Hyperlink: give an address (a web page, an e-mail or a file)"
    assert doc.undo_stack.count() == 0
