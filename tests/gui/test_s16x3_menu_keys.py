"""The menus by keyboard, as a PM coming from MS Project drives them.

Found walking every menu: Alt+E then D only highlighted Delete Task (Indent
shared the D), and so on for nine letters of the Edit menu, three of the File
and View > Filter and Group by menus; F12, MS Project's Save As, did nothing;
most File and Edit items said nothing in the status bar when pointed at.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(build_plan()), settings=Settings())
    qtbot.addWidget(window)
    return window


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def _menu(window, name):
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), name)
    assert menu is not None, name
    menu.aboutToShow.emit()
    return menu


def _submenu(window, menu_name, action_id):
    menu = window.action_collection[action_id].menu()
    assert menu is not None, action_id
    return menu


def _clashes(menu) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _mnemonic(action.text())
        letters[letter or "none"].append(action.text())
    return {k: v for k, v in letters.items() if len(v) > 1}


def test_each_item_of_the_file_menu_has_its_own_letter(window):
    assert _clashes(_menu(window, "file_menu")) == {}


# The commands a PM reaches for by keyboard each own their letter (since Edit > Outline
# took four of its items, every Edit item does: tests/test_s18f_menu_letters.py).
_OWN_LETTER = (
    "undo",
    "redo",
    "insert_task",
    "delete_task",
    "indent_task",
    "outdent_task",
    "move_up",
    "link_tasks",
    "unlink_tasks",
    "cut_tasks",
    "copy_tasks",
    "paste_tasks",
    "fill_down",
    "find_task",
    "find_next",
    "go_to",
    "task_information",
    "project_information",
    "change_working_time",
)


def test_the_edit_commands_used_most_each_own_their_letter(window):
    clashes = _clashes(_menu(window, "edit_menu"))
    shared = {text for texts in clashes.values() for text in texts}
    assert [i for i in _OWN_LETTER if window.action_collection[i].text() in shared] == []
    assert clashes == {}


@pytest.mark.parametrize("action_id", ["filter_menu", "group_menu"])
def test_each_filter_and_grouping_has_its_own_letter(window, action_id):
    assert _clashes(_submenu(window, "view_menu", action_id)) == {}


def test_f12_is_save_as_as_in_ms_project(window):
    keys = window.action_collection["save_copy_as"].shortcuts()
    assert QKeySequence("F12") in keys
    assert QKeySequence("Ctrl+Shift+S") in keys


@pytest.mark.parametrize("name", ["file_menu", "edit_menu"])
def test_file_and_edit_items_say_what_they_do_in_the_status_bar(window, name):
    silent = [
        action.text()
        for action in _menu(window, name).actions()
        if not action.isSeparator() and action.menu() is None and not action.statusTip()
    ]
    assert silent == []


def test_the_views_say_which_ms_project_view_they_are(window):
    tips = {
        name: window.action_collection[f"view_{name}"].statusTip() for name in ("team", "usage")
    }
    assert "Resource Sheet" in tips["team"]
    assert "Resource Usage" in tips["usage"]
    assert "Task Usage" in tips["usage"]


def test_the_outline_commands_say_what_they_do(window):
    ids = ["hide_subtasks", "show_subtasks", "show_all_subtasks", "outline_level_3", "about"]
    assert [i for i in ids if not window.action_collection[i].statusTip()] == []
