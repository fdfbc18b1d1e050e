"""Opening a plan saved by an older Gantry says it was upgraded and where the original is.

Found by opening last year's plan: it opened fine, but a file 'plan.gantry.v5.bak'
appeared beside it and nothing said what it was. The window now says, in the status
bar, that the plan was brought to this version's file format and the original kept.
"""

from __future__ import annotations

import pytest

from app.assets import resource_path
from app.store.document import read_plan
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan
from tests.unit.test_store_migrate import _write_v5


@pytest.fixture
def old_plan(tmp_path):
    path = tmp_path / "last year.gantry"
    _write_v5(path, read_plan(resource_path("demo", "crm-rollout.gantry")))
    return path


def test_an_upgraded_plan_names_the_copy_of_the_original(old_plan, qtbot):
    window = Session(Settings()).open_path(old_plan)
    assert window is not None
    qtbot.addWidget(window)

    backup = old_plan.with_name("last year.gantry.v5.bak")
    assert backup.exists()
    message = window.statusBar().currentMessage()
    assert "upgraded" in message
    assert backup.name in message
    window.close()


def test_a_current_plan_opens_without_the_notice(tmp_path, qtbot):
    from app.store.document import GantryFile

    path = tmp_path / "current.gantry"
    GantryFile.create(path, build_plan()).close()
    window = Session(Settings()).open_path(path)
    qtbot.addWidget(window)
    assert "upgraded" not in window.statusBar().currentMessage()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current.gantry", "current.gantry.lock"]
    window.close()


def test_opening_it_again_says_nothing_new(old_plan, qtbot):
    first = Session(Settings()).open_path(old_plan)
    qtbot.addWidget(first)
    first.close()
    again = Session(Settings()).open_path(old_plan)
    qtbot.addWidget(again)
    assert "upgraded" not in again.statusBar().currentMessage()
    again.close()
