"""Every menu by keyboard: Alt+V then a letter runs one item, it does not only highlight.

A tester found View's letters shared (Gantt Chart and Group by on G, Team, Timescale and
Scroll to Task on T, and six more), Task Path's D on two items and the Timescale submenu
without letters; Project Information and Change Working Time sat in Edit as well as Project.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QMenu

from app.ui.actions import VIEWS
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

# None left: Edit's outline commands sit in Edit > Outline (tests/test_s18f_menu_letters.py).
KNOWN_CLASHES: dict[tuple[str, str], set[str]] = {}


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(build_plan()), settings=Settings())
    qtbot.addWidget(window)
    for name, _ in VIEWS:  # every view built, with whatever it adds to the menus
        window.show_view(name)
    window.show_view("gantt")
    return window


def _letter(text: str) -> str | None:
    """The access letter of a menu text ('&&' is a literal ampersand)."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def _menus(window) -> list[tuple[str, QMenu]]:
    """Each menu of the bar and, depth first, each submenu, named by its path."""
    found: list[tuple[str, QMenu]] = []

    def walk(path: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled on show (Open Recent) are filled
        found.append((path, menu))
        for action in menu.actions():
            if action.menu() is not None:
                walk(f"{path} > {action.text()}", action.menu())

    for action in window.menuBar().actions():
        walk(action.menu().objectName(), action.menu())
    return found


def _clashes(menu: QMenu) -> dict[str, set[str]]:
    letters: dict[str, set[str]] = defaultdict(set)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or not action.isEnabled():
            continue
        letter = _letter(action.text())
        if letter is not None:
            letters[letter].add(action.text())
    return {k: v for k, v in letters.items() if len(v) > 1}


def test_no_two_items_of_a_menu_share_a_letter(window):
    menus = _menus(window)
    assert len(menus) >= 12  # the seven menus and their submenus were all walked
    shared = {}
    for path, menu in menus:
        for letter, texts in _clashes(menu).items():
            if KNOWN_CLASHES.get((path, letter)) != texts:
                shared[(path, letter)] = sorted(texts)
    assert shared == {}


def test_the_view_menu_gives_a_letter_to_the_views_and_the_ones_found_shared(window):
    view = dict(_menus(window))["view_menu"]
    texts = {a.objectName(): a.text() for a in view.actions() if a.objectName()}
    assert [_letter(texts[f"view_{name}"]) for name, _ in VIEWS] == ["g", "t", "b", "r", "u"]
    wanted = ["tables_menu", "group_menu", "gantt_timescale", "gantt_scroll_to_task"]
    wanted += ["gantt_fit_project", "gantt_zoom_out", "gantt_show_baseline"]
    wanted += ["view_outline", "sort_menu", "gantt_show_slack", "gantt_show_resources"]
    assert [i for i in wanted if _letter(texts[i]) is None] == []
    assert _letter(texts["view_outline"]) == "o"


def test_the_outline_commands_sit_under_view_outline_with_their_keys(window):
    menus = dict(_menus(window))
    view = [a.objectName() for a in menus["view_menu"].actions()]
    outline = [a.objectName() for a in menus["view_menu > &Outline"].actions()]
    moved = ["hide_subtasks", "show_subtasks", "show_all_subtasks"]
    moved += [f"outline_level_{n}" for n in range(1, 10)]
    assert [i for i in outline if i] == moved
    assert [i for i in moved if i in view] == []
    hide = window.action_collection["hide_subtasks"]
    assert hide.shortcut().toString() == "Alt+Shift+-"
    for action_id in moved[:3]:  # their keys work with the submenu closed, as before
        assert window in window.action_collection[action_id].associatedObjects()
