"""The Team view's toolbar shows every command at the default window sizes.

Found after the assignment pane grew wide enough for its columns: at 1024x700 the
roster's toolbar kept ~600 px for nine buttons, and Clear leveling (then Level
resources) hid behind the toolbar's extension chevron. Days off and leveling now
open as drop-down buttons (MS Project's Level group: Level All, Clear Leveling,
Leveling Options), and every command is one visible button or one of their items.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QToolButton

from app.assets import resource_path
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.leveling_dialog import ClearLevelingDialog
from app.ui.document import Document
from app.ui.settings import Settings
from app.ui.team.team_toolbar import DAYS_OFF, LEVELING, PERSON
from app.ui.team.view import TeamView

EVERY = [action_id for action_id, _, _ in (*PERSON, *DAYS_OFF, *LEVELING)]


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _shown(widget, toolbar) -> bool:
    """Visible and wholly inside the toolbar (not cut off at its right edge)."""
    return widget.isVisible() and toolbar.rect().contains(widget.geometry())


def _reachable(team) -> set[str]:
    """The commands a click on a shown toolbar button runs or lists."""
    toolbar = team.toolbar
    found: set[str] = set()
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is None or not _shown(widget, toolbar):
            continue
        if isinstance(widget, QToolButton) and widget.menu() is not None:
            found.update(a.objectName() for a in widget.menu().actions())
        else:
            found.add(action.objectName())
    return found


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_team_command_is_shown_without_the_chevron(window, qtbot, size):
    window.resize(*size)
    window.show()
    window.show_view("team")
    team = window.views["team"]
    qtbot.waitUntil(lambda: team.toolbar.isVisible())
    chevron = team.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert chevron is None or not chevron.isVisible()
    assert set(EVERY) <= _reachable(team)


def test_the_leveling_list_runs_the_views_commands_and_lists_leveling_options(
    window, qtbot, monkeypatch
):
    # Clear Leveling asks: Entire project
    monkeypatch.setattr(ClearLevelingDialog, "ask", classmethod(lambda cls, *_: False))
    window.show_view("team")
    team = window.views["team"]
    names = [a.objectName() for a in team.toolbar.menus["Leveling"].actions() if a.text()]
    assert names == ["team_level_resources", "team_clear_leveling", "leveling_options"]
    # The listed actions are the view's own: triggering one from the list levels.
    doc = window.document
    team.toolbar.menus["Leveling"].actions()[0].trigger()
    assert any(t.leveling_delay_minutes for t in doc.plan.tasks)
    team.toolbar.menus["Leveling"].actions()[1].trigger()
    assert not any(t.leveling_delay_minutes for t in doc.plan.tasks)


def test_every_command_has_a_tooltip(window):
    window.show_view("team")
    team = window.views["team"]
    for action_id in EVERY:
        assert team.actions_by_id[action_id].toolTip() not in (
            "",
            team.actions_by_id[action_id].text(),
        )
    for button in team.toolbar.group_buttons.values():
        assert button.toolTip()


def test_a_read_only_plan_greys_the_drop_downs(tmp_path, qtbot):
    path = tmp_path / "demo.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    file = GantryFile.open(path, read_only=True)
    try:
        view = TeamView(Document(file.plan, file))
        qtbot.addWidget(view)
        for button in view.toolbar.group_buttons.values():
            assert not button.isEnabled()
        for action_id in EVERY:
            assert not view.actions_by_id[action_id].isEnabled(), action_id
    finally:
        file.close()
