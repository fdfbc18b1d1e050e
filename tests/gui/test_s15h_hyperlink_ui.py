"""Insert > Hyperlink… (Ctrl+K): set, edit and remove a task's link as one undo step each;
the Indicators cell shows it with its address as tooltip and a click opens it (the
desktop's handler is replaced here: no browser opens)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.hyperlinks import Hyperlink
from app.report.indicators import Indicator, TaskIndicators
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.hyperlink_actions import hyperlink_url
from app.ui.dialogs.hyperlink_dialog import HyperlinkDialog
from app.ui.document import Document
from app.ui.indicator_delegate import IndicatorDelegate, icon_rects
from app.ui.models.indicators import IndicatorsRole
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

LINK = Hyperlink("Spec", "https://example.com/spec", "part-2")


@pytest.fixture
def opened(monkeypatch):
    """The URLs handed to the desktop (none is opened)."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


def _dialog(qtbot, doc, uid, text="", address="", sub=""):
    dialog = HyperlinkDialog(doc, uid)
    qtbot.addWidget(dialog)
    dialog.text.setText(text)
    dialog.address.setText(address)
    dialog.sub_address.setText(sub)
    return dialog


def test_ok_sets_the_link_as_one_undo_step(qtbot):
    doc = Document(build_plan())
    stack = doc.undo_stack
    _dialog(qtbot, doc, 5, "Spec", " https://example.com/spec ", "part-2").accept()
    assert doc.plan.task(5).hyperlink == LINK
    assert stack.count() == 1
    assert stack.undoText() == "Insert hyperlink on 'Code'"
    stack.undo()
    assert doc.plan.task(5).hyperlink is None
    stack.redo()
    assert doc.plan.task(5).hyperlink == LINK


def test_a_script_address_keeps_the_dialog_open_and_changes_nothing(qtbot):
    doc = Document(build_plan())
    dialog = _dialog(qtbot, doc, 5, "Click", "javascript:alert(1)")
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert "javascript: link, which Gantry does not open" in dialog.error.text()
    assert doc.plan.task(5).hyperlink is None
    assert doc.undo_stack.count() == 0


def test_editing_and_removing_a_link(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=LINK))
    doc = Document(plan)
    dialog = _dialog(qtbot, doc, 5, "Specification", LINK.address, LINK.sub_address)
    assert dialog.windowTitle() == "Edit Hyperlink — Code"
    dialog.accept()
    assert doc.plan.task(5).hyperlink == replace(LINK, text="Specification")
    assert doc.undo_stack.undoText() == "Edit hyperlink of 'Code'"
    again = HyperlinkDialog(doc, 5)
    qtbot.addWidget(again)
    assert again.text.text() == "Specification"
    assert again.remove is not None
    again.remove.click()
    assert doc.plan.task(5).hyperlink is None
    assert doc.undo_stack.undoText() == "Remove hyperlink from 'Code'"
    doc.undo_stack.undo()
    assert doc.plan.task(5).hyperlink == replace(LINK, text="Specification")


def test_the_indicator_says_the_address():
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=LINK, notes="see the spec"))
    from app.domain.scheduler import schedule

    marks = TaskIndicators(plan, schedule(plan))
    kinds = [m.kind for m in marks.of(5)]
    assert kinds[-2:] == [Indicator.HYPERLINK, Indicator.NOTE]
    assert "Hyperlink: Spec (https://example.com/spec#part-2)" in marks.tooltip(5)
    assert Indicator.HYPERLINK not in [m.kind for m in marks.of(6)]


def test_urls_of_each_kind_of_address(tmp_path):
    plan_path = tmp_path / "plans" / "p.gantry"
    assert hyperlink_url(LINK).toString() == "https://example.com/spec#part-2"
    assert hyperlink_url(Hyperlink("", "www.example.com")).toString() == "http://www.example.com"
    rel = hyperlink_url(Hyperlink("", "docs/spec.pdf"), plan_path)
    assert rel.isLocalFile()
    assert Path(rel.toLocalFile()) == tmp_path / "plans" / "docs" / "spec.pdf"
    mail = hyperlink_url(Hyperlink("", "mailto:pm@example.com"))
    assert mail.scheme() == "mailto"


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(6), hyperlink=Hyperlink("", "docs/test-plan.pdf")))
    path = tmp_path / "links.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_the_insert_menu_has_ctrl_k_on_the_current_task(window, monkeypatch):
    action = window.action_collection["insert_hyperlink"]
    assert action.shortcut().toString() == "Ctrl+K"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Insert") == menus.index("F&ormat") + 1
    asked = []
    monkeypatch.setattr(
        HyperlinkDialog, "ask", classmethod(lambda cls, d, uid, p: asked.append(uid))
    )
    window.tree.select_uids([5])
    action.trigger()
    assert asked == [5]


def test_remove_hyperlink_is_one_step_and_saved(window):
    window.tree.select_uids([5, 6])
    window.action_collection["remove_hyperlink"].trigger()
    assert window.document.plan.task(6).hyperlink is None
    assert read_plan(window.document.path).task(6).hyperlink is None
    window.document.undo_stack.undo()
    assert window.document.plan.task(6).hyperlink == Hyperlink("", "docs/test-plan.pdf")
    window.tree.select_uids([5])
    window.action_collection["remove_hyperlink"].trigger()
    assert "None of the selected tasks has a hyperlink" in window.statusBar().currentMessage()


def test_open_hyperlink_hands_the_file_to_the_desktop(window, opened):
    window.tree.select_uids([6])
    window.action_collection["open_hyperlink"].trigger()
    folder = window.document.path.parent
    assert len(opened) == 1
    assert Path(opened[0].removeprefix("file://")) == folder / "docs" / "test-plan.pdf"


def test_a_click_on_the_indicator_opens_the_link(window, opened):
    model = window.model
    index = model.index_of_uid(6, Column.INDICATORS)
    kinds = index.data(IndicatorsRole)
    assert Indicator.HYPERLINK in kinds
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Hyperlink: docs/test-plan.pdf" in tip
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 120, 22)
    rect = icon_rects(option.rect, len(kinds))[kinds.index(Indicator.HYPERLINK)]
    delegate = IndicatorDelegate()
    elsewhere = QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease,
        QPointF(rect.right() + 40, rect.center().y()),
        QPointF(),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert not delegate.editorEvent(elsewhere, model, option, index)
    assert opened == []
    click = QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease,
        QPointF(QPoint(rect.center())),
        QPointF(),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert delegate.editorEvent(click, model, option, index)
    assert len(opened) == 1
    assert opened[0].endswith("/docs/test-plan.pdf")


def test_an_older_files_cut_texts_are_in_the_notes_on_open(tmp_path, qtbot, monkeypatch):
    from app.ui.exchange import notes_log as log

    shown = []
    monkeypatch.setattr(log, "show_notes", lambda window: shown.append(window))
    from tests.unit.test_s15h_domain_hardening import _old_file

    path = _old_file(tmp_path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    try:
        entry = log.notes_log(win).last()
        assert entry is not None
        assert any("cut to 50 characters" in line for line in entry.lines)
        assert len(win.document.plan.project.custom_fields[0].alias) == 50
        assert shown == [win]
    finally:
        for w in list(session.windows):
            w.close()


def test_a_program_is_not_run(window, opened):
    plan = window.document.plan
    plan.update_task(replace(plan.task(5), hyperlink=Hyperlink("Setup", "tools/Setup.EXE")))
    window.tree.select_uids([5])
    window.action_collection["open_hyperlink"].trigger()
    assert opened == []
    assert "Gantry does not run programs from a hyperlink: tools/Setup.EXE" in (
        window.statusBar().currentMessage()
    )
