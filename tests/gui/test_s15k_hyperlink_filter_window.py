"""View > Filter > Hyperlink Contains… and Sort By… Hyperlink in the window: the sheet
follows, as with the other text fields."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox

from app.domain.hyperlinks import Hyperlink
from app.domain.sorting import SortField, SortKey, TaskSort
from app.store.document import GantryFile
from app.ui import filter_menu
from app.ui.app import Session
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), hyperlink=Hyperlink("Spec", "https://example.com/s")))
    plan.update_task(replace(plan.task(3), hyperlink=Hyperlink("", "docs/review.docx")))
    path = tmp_path / "links.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    for w in list(session.windows):
        w.close()


def _names(window):
    plan = window.document.plan
    return [plan.task(u).name for u in window.model.shown_uids()]


def test_hyperlink_contains_filters_the_sheet(window, monkeypatch):
    monkeypatch.setattr(filter_menu, "ask_hyperlink_text", lambda parent, last: "EXAMPLE")
    action = window.action_collection["filter_hyperlink_contains"]
    assert action.text() == "&Hyperlink Contains…"
    action.trigger()
    assert _names(window) == ["Build", "Code"]  # the summary above, greyed, for the outline
    assert window.status_filter.text() == "Filter: Hyperlink Contains 'EXAMPLE' (1 of 7 tasks)"
    monkeypatch.setattr(filter_menu, "ask_hyperlink_text", lambda parent, last: "")
    action.trigger()
    assert _names(window) == ["Design", "Review", "Build", "Code"]
    assert window.status_filter.text() == "Filter: Tasks With Hyperlinks (2 of 7 tasks)"


def test_the_sort_dialog_offers_the_hyperlink_fields(qtbot, window, monkeypatch):
    dialog = SortDialog(SortChoice(TaskSort()))
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox)
    offered = [box.itemText(i) for i in range(box.count())]
    assert "Hyperlink" in offered
    assert "Hyperlink Address" in offered
    sort = TaskSort((SortKey(SortField.HYPERLINK),), keep_outline=False)
    monkeypatch.setattr(SortDialog, "ask", classmethod(lambda cls, p, c: SortChoice(sort)))
    window.action_collection["sort_by_dialog"].trigger()
    assert _names(window)[:2] == ["Review", "Code"]  # "docs/review.docx" before "Spec"
