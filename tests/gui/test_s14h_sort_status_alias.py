"""The sort's status bar label and its refusal to move rows name a custom field by its
alias ("Sort: Points"), not its MS Project name (Number1)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.custom_fields import CustomField
from app.domain.sorting import SortKey, TaskSort
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.sort_menu import controller_of
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()
    plan.project = replace(plan.project, custom_fields=(CustomField("Number1", "Points"),))
    path = tmp_path / "alias.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def test_status_and_refusal_name_the_alias(window):
    controller = controller_of(window)
    controller.apply(TaskSort((SortKey("Number1", True),)))
    assert controller.label.text() == "Sort: Points (descending)"
    refusal = window.model.row_sort().move_refused(window.document.plan.project.custom_fields)
    assert "sorted by Points (descending)" in refusal
