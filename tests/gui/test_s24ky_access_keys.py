"""Labels whose letters were all taken got no access key (Resource Information's Can level,
Task Information's Address, Page Setup's Legend): a label left without now takes a letter
from one that can move to another, a label on its best letter keeping it when that will do,
and every field label of every dialog has a key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from app.ui.app import Session
from app.ui.dialogs.access_keys import choose_keys, mnemonic, unkeyed_labels
from app.ui.settings import Settings
from tests.gui.s23ay_dialogs import DIALOGS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"


def _keyed(texts, taken):
    places = choose_keys(texts, taken)
    return [t if p is None else f"{t[:p]}&{t[p:]}" for t, p in zip(texts, places, strict=True)]


def test_s24ky_a_label_takes_a_letter_from_one_that_can_move():
    # Address's letters: A held by Task type's second choice, the rest by buttons
    texts = ["Finish", "Task type", "Address"]
    assert _keyed(texts, {"t", "d", "r", "e", "s"}) == ["&Finish", "Tas&k type", "&Address"]


def test_s24ky_a_best_letter_moves_only_when_nothing_else_will_do():
    assert _keyed(["Start", "Stop"], {"t", "o", "p"}) == ["St&art", "&Stop"]
    # every letter a button's: nothing to give
    assert _keyed(["On", "Stop"], {"o", "n"}) == ["On", "&Stop"]


def test_s24ky_the_laid_out_order_keeps_its_keys_when_all_are_free():
    texts = ["Name", "Notes", "Duration"]
    assert _keyed(texts, set()) == ["&Name", "N&otes", "&Duration"]


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    path = tmp_path_factory.mktemp("s24ky") / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    yield win
    for w in list(session.windows):
        w.close()


@pytest.mark.parametrize(("title", "make"), DIALOGS, ids=[t for t, _ in DIALOGS])
def test_s24ky_every_field_label_has_a_key(window, qtbot, title, make):
    dialog = make(window)
    qtbot.addWidget(dialog)
    assert unkeyed_labels(dialog) == []


def test_s24ky_alt_key_of_can_level_ticks_it(window, qtbot):
    make = dict(DIALOGS)["Resource Information"]
    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    label = next(
        lab for lab in dialog.findChildren(QLabel) if lab.text().replace("&", "") == "Can level"
    )
    max_units = next(
        lab for lab in dialog.findChildren(QLabel) if lab.text().replace("&", "") == "Max units"
    )
    assert mnemonic(max_units.text()) is not None
    key = mnemonic(label.text())
    assert key is not None
    box = label.buddy()
    assert isinstance(box, QCheckBox)
    before = box.isChecked()
    qtbot.keyClick(dialog, Qt.Key(ord(key.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.isChecked() != before)  # animateClick ticks it a moment later
    assert box.hasFocus()
