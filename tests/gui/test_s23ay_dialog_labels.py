"""Every dialog by keyboard and screen reader: each field label has an access key (Alt and
the underlined letter) and its field as buddy, no two access keys of a dialog clash, and
every input a screen reader lands on has a name (its own, or its label's)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.app import Session
from app.ui.dialogs.access_keys import mnemonic
from app.ui.settings import Settings
from tests.gui.s23ay_dialogs import DIALOGS

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "crm-rollout.gantry"
_INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    path = tmp_path_factory.mktemp("s23ay") / "demo.gantry"
    shutil.copy(DEMO, path)
    session = Session(Settings())
    win = session.open_path(path)
    yield win
    for w in list(session.windows):
        w.close()


def _shown_texts(dialog: QWidget) -> list[str]:
    """The dialog's texts with access keys, but for widgets hidden on purpose (Find's
    Replace… and Replace buttons take turns); a hidden tab's fields count."""
    out = [b.text() for b in dialog.findChildren(QAbstractButton) if not b.isHidden()]
    out += [g.title() for g in dialog.findChildren(QGroupBox) if not g.isHidden()]
    out += [
        lab.text()
        for lab in dialog.findChildren(QLabel)
        if lab.buddy() is not None and not lab.isHidden()
    ]
    for bar in dialog.findChildren(QTabBar):
        out += [bar.tabText(i) for i in range(bar.count())]
    return out


def _inputs(dialog: QWidget) -> list[QWidget]:
    """The inputs a keyboard reaches (a spin box's or combo's own line edit counts as it)."""
    out = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, _INPUTS) or isinstance(widget.parentWidget(), _INPUTS):
            continue
        if widget.window() is not dialog:  # a combo's popup list
            continue
        if widget.isHidden() or not widget.isEnabled():
            continue
        holder = widget.parentWidget()
        if holder is not None and isinstance(holder.parentWidget(), QAbstractItemView):
            continue  # a cell's editor
        out.append(widget)
    return out


@pytest.mark.parametrize(("title", "make"), DIALOGS, ids=[t for t, _ in DIALOGS])
def test_s23ay_access_keys_are_unique_and_lead_to_fields(window, qtbot, title, make):
    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    keys: dict[str, list[str]] = {}
    for text in _shown_texts(dialog):
        key = mnemonic(text)
        if key is not None:
            keys.setdefault(key, []).append(text)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    for label in dialog.findChildren(QLabel):
        # Page Setup's hint lists field codes (&[Page]): its & is text, not a key
        if mnemonic(label.text()) is not None and "&[" not in label.text():
            assert label.buddy() is not None, label.text()
    assert keys, title  # Alt+letter reaches something


@pytest.mark.parametrize(("title", "make"), DIALOGS, ids=[t for t, _ in DIALOGS])
def test_s23ay_every_input_has_a_name(window, qtbot, title, make):
    dialog = make(window)
    qtbot.addWidget(dialog)
    buddies = {id(lab.buddy()) for lab in dialog.findChildren(QLabel) if lab.buddy()}
    nameless = [
        f"{type(w).__name__} {w.objectName()} {w.toolTip()[:40]}"
        for w in _inputs(dialog)
        if not w.accessibleName() and id(w) not in buddies
    ]
    assert nameless == []
