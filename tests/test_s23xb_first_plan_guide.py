"""The guide's "Your first plan" walks a newcomer from MS Project through a first day; every
menu command it names (File > New, Project > Set Baseline...) is one the window's menus hold,
under that name, so the steps can be followed as written. The sheet's column is named as the
sheet titles it (People, not MS Project's Resource Names)."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QMenu

from app.ui.help_window import guide_html
from app.ui.models.task_edits import HEADERS, Column
from tests.test_s17keys_help import window  # noqa: F401 - the fixture


def _menu_paths(window) -> set[tuple[str, ...]]:  # noqa: F811
    paths: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            name = action.text().replace("&", "").rstrip("…").strip()
            paths.add((*path, name))
            if action.menu() is not None:
                walk(action.menu(), (*path, name))

    for top in window.menuBar().actions():
        walk(top.menu(), (top.text().replace("&", ""),))
    return paths


def _first_plan(page: str) -> str:
    start = page.index('<a name="first">')
    return page[start : page.index("<h2>", start)]


def test_s23xb_every_menu_command_of_the_first_plan_exists(window):  # noqa: F811
    section = _first_plan(guide_html(window))
    named = [
        tuple(" ".join(part.split()) for part in html.unescape(bold).split(">"))
        for bold in re.findall(r"<b>([^<]*&gt;[^<]*)</b>", section)
    ]
    assert len(named) >= 10  # File > New, Project > Project Information, ... Export
    missing = [" > ".join(path) for path in named if path not in _menu_paths(window)]
    assert missing == []


def test_s23xb_the_guide_names_the_people_column_as_the_sheet_titles_it():
    title = HEADERS[Column.RESOURCES]
    page = guide_html(None)
    assert f"sheet's {title} column" in page
    assert "<td>Resource Names</td>" not in page  # MS Project's name alone, not found on screen
