"""Right-click on a task row: Hyperlink ▸ Edit Hyperlink…, Open Hyperlink, Remove Hyperlink,
the Insert menu's own actions, named and greyed for the current task while it shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMenu

from app.domain.hyperlinks import Hyperlink
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.hyperlink_dialog import HyperlinkDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(6), hyperlink=Hyperlink("", "https://example.com/t")))
    path = tmp_path / "links.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _submenu(window) -> QMenu:
    entries = [a for a in window.tree.actions() if a.menu() is not None]
    assert [a.text() for a in entries] == ["&Hyperlink"]
    return entries[0].menu()


def test_the_row_menu_holds_the_insert_menus_actions(window):
    menu = _submenu(window)
    ids = [a.objectName() for a in menu.actions()]
    assert ids == ["insert_hyperlink", "open_hyperlink", "remove_hyperlink"]
    assert menu.actions()[0] is window.action_collection["insert_hyperlink"]


def test_on_a_linked_task_it_says_edit_and_offers_open_and_remove(window):
    menu = _submenu(window)
    insert, open_link, remove = menu.actions()
    window.tree.select_uids([6])
    menu.aboutToShow.emit()
    assert insert.text() == "&Edit Hyperlink…"
    assert open_link.isEnabled()
    assert remove.isEnabled()
    menu.aboutToHide.emit()
    assert insert.text() == "&Hyperlink…"  # the Insert menu's own name again


def test_on_a_task_without_a_link_open_and_remove_are_greyed(window):
    menu = _submenu(window)
    insert, open_link, remove = menu.actions()
    window.tree.select_uids([5])
    menu.aboutToShow.emit()
    assert insert.text() == "&Hyperlink…"
    assert insert.isEnabled()
    assert not open_link.isEnabled()
    assert not remove.isEnabled()
    menu.aboutToHide.emit()
    assert open_link.isEnabled()
    assert remove.isEnabled()
    # with a linked task among the selected ones, Remove takes that link
    window.tree.select_uids([5, 6])
    menu.aboutToShow.emit()
    assert remove.isEnabled()
    remove.trigger()
    menu.aboutToHide.emit()
    assert window.document.plan.task(6).hyperlink is None


def test_edit_asks_for_the_current_tasks_link(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        HyperlinkDialog, "ask", classmethod(lambda cls, d, uid, p: asked.append(uid))
    )
    menu = _submenu(window)
    window.tree.select_uids([6])
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    menu.aboutToHide.emit()
    assert asked == [6]
