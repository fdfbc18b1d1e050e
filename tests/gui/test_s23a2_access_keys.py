"""The dialogs s23ay left out open on their first field (not the tab bar) and key their
labels as the walked ones do (tests/gui/s23ay_dialogs.py now lists them): Page Setup's
Left/Centre/Right lead to their boxes, and its "1 page wide" words are no field's label."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.app import Session
from app.ui.dialogs.access_keys import mnemonic
from app.ui.settings import Settings
from tests.gui.s23ay_dialogs import DIALOGS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"
_BY_TITLE = dict(DIALOGS)


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    path = tmp_path_factory.mktemp("s23a2") / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    yield win
    for w in list(session.windows):
        w.close()


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize(
    ("title", "field"), [("Resource Information", "name"), ("Page Setup", "paper")]
)
def test_s23a2_tabbed_dialogs_open_on_their_first_field(window, qtbot, title, field):
    dialog = _shown(qtbot, _BY_TITLE[title](window))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(dialog, field))


def test_s23a2_page_setup_header_parts_lead_to_their_boxes(window, qtbot):
    dialog = _BY_TITLE["Page Setup"](window)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    for edits in (tabs.header, tabs.footer):
        labels = {lab.buddy(): lab for lab in dialog.findChildren(QLabel) if lab.buddy()}
        for edit, part in zip(edits, ("Left", "Centre", "Right"), strict=True):
            label = labels[edit]
            assert label.text().replace("&", "") == part
    header_keys = [mnemonic(labels[e].text()) for e in tabs.header]
    assert None not in header_keys  # Alt+letter reaches each header box


def test_s23a2_page_wide_words_name_no_field(window, qtbot):
    dialog = _BY_TITLE["Page Setup"](window)
    qtbot.addWidget(dialog)
    assert dialog.wide_words.buddy() is None
    dialog.pages_wide.setValue(2)
    assert "&" not in dialog.wide_words.text()


def test_s23a2_rate_grids_have_names(window, qtbot):
    dialog = _BY_TITLE["Resource Information"](window)
    qtbot.addWidget(dialog)
    names = [grid.table.accessibleName() for grid in dialog.rate_grids]
    assert names == [f"Cost rate table {letter}" for letter in "ABCDE"]
    assert dialog.availability.table.accessibleName() == "Resource availability"
