"""Every item of every menu of the main window (submenus too, greyed items too) has an access
letter of its own within its menu: Alt+E then a letter runs one item, never cycles between
items. Edit had three on V (Move Down, Remove Splits, Find Previous)."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QMenu

from app.ui.actions import VIEWS
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    window = MainWindow(Document(build_plan()), settings=Settings())
    qtbot.addWidget(window)
    for name, _ in VIEWS:  # every view built, with whatever it adds to the menus
        window.show_view(name)
    window.show_view("gantt")
    return window


def _letter(text: str) -> str | None:
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def _menus(window) -> list[tuple[str, QMenu]]:
    found: list[tuple[str, QMenu]] = []

    def walk(path: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled when shown (Open Recent) are filled
        found.append((path, menu))
        for action in menu.actions():
            if action.menu() is not None:
                walk(f"{path} > {action.text()}", action.menu())

    for action in window.menuBar().actions():
        walk(action.text(), action.menu())
    return found


def _shared(menu: QMenu) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = _letter(action.text())
        if letter is not None:
            letters[letter].append(action.text())
    return {k: v for k, v in letters.items() if len(v) > 1}


def test_s18f_no_two_items_of_any_menu_share_a_letter(window):
    menus = _menus(window)
    assert len(menus) >= 12
    shared = {path: clash for path, menu in menus if (clash := _shared(menu))}
    assert shared == {}
    bar = _shared(window.menuBar())
    assert bar == {}


def test_s18f_every_edit_item_has_a_letter(window):
    edit = dict(_menus(window))["&Edit"]
    texts = [a.text() for a in edit.actions() if not a.isSeparator() and a.isVisible()]
    assert [t for t in texts if _letter(t) is None] == []
    assert {"&Find…", "Find Ne&xt"} <= set(texts)
