"""File > Open Recent tells apart plans of the same name, as Office does.

Two plans named demo.gantry in different folders looked the same in the list: the name
alone is kept where it is unique, colliding ones add the folders that tell them apart,
and every entry's tip is its full path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.document import Document
from app.ui.file_menu import recent_labels
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def test_a_unique_name_is_shown_alone():
    paths = [Path("/p/Clients/Acme/demo.gantry"), Path("/p/Clients/Acme/other.gantry")]
    assert recent_labels(paths) == ["demo.gantry", "other.gantry"]


def test_a_shared_name_adds_the_parent_folder():
    paths = [
        Path("/p/Clients/Acme/demo.gantry"),
        Path("/p/solo.gantry"),
        Path("/p/Clients/Beta/demo.gantry"),
    ]
    assert recent_labels(paths) == [
        "demo.gantry — Acme",
        "solo.gantry",
        "demo.gantry — Beta",
    ]


def test_as_many_folders_as_tell_them_apart():
    paths = [Path("/p/Clients/Acme/demo.gantry"), Path("/p/Suppliers/Acme/demo.gantry")]
    assert recent_labels(paths) == [
        "demo.gantry — Clients/Acme",
        "demo.gantry — Suppliers/Acme",
    ]


def test_names_differing_only_in_case_collide_too():
    paths = [Path("/p/a/Demo.gantry"), Path("/p/b/demo.gantry")]
    assert recent_labels(paths) == ["Demo.gantry — a", "demo.gantry — b"]


def test_plans_told_apart_only_at_the_top_show_their_whole_folder():
    paths = [Path("/P/a/demo.gantry"), Path("/p/a/demo.gantry")]
    assert recent_labels(paths) == ["demo.gantry — /P/a", "demo.gantry — /p/a"]


@pytest.fixture
def window(qtbot, tmp_path):
    settings = Settings()
    for folder in ("Clients/Acme", "Clients/Beta", "R&D"):
        path = tmp_path / folder / "demo.gantry"
        path.parent.mkdir(parents=True)
        path.touch()  # the list keeps the files that still exist
        settings.add_recent(path)
    window = MainWindow(Document(build_plan()), settings=settings)
    qtbot.addWidget(window)
    return window


def test_the_recent_menu_shows_the_folders_and_tips_the_full_path(window, tmp_path):
    menu = window.action_collection["open_recent"].menu()
    window._fill_recent_menu()
    entries = [a for a in menu.actions() if a.statusTip()]
    assert [a.text() for a in entries] == [
        "demo.gantry — R&&D",  # newest first; the & is shown, not an access letter
        "demo.gantry — Beta",
        "demo.gantry — Acme",
    ]
    paths = [str((tmp_path / f / "demo.gantry").resolve()) for f in ("R&D", "Clients/Beta")]
    assert [a.toolTip() for a in entries][:2] == paths
    assert [a.statusTip() for a in entries][:2] == paths
    assert menu.toolTipsVisible()
