"""Help > Gantry Help (F1): the bundled user guide in a window, offline, with a keyboard
table made from the window's own menus (so it lists each command's real keys, whatever
they become); Help > Keyboard Shortcuts opens it there; F1 in a dialog opens it too."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from app.assets import resource_path
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.help_window import GUIDE, HelpWindow, guide_html
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "help.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def _help(parent) -> HelpWindow:
    shown = parent.findChild(HelpWindow, "help_window")
    assert isinstance(shown, HelpWindow)
    return shown


def _keys(window, action_id: str) -> str:
    shortcuts = window.action_collection[action_id].shortcuts()
    return " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts)


def test_s17keys_f1_opens_the_guide(window, qtbot):
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F1)
    shown = _help(window)
    assert shown.isVisible()
    text = shown.browser.toPlainText()
    for part in ("Typing tasks", "3FS+2d", "Group by", "Level Resources", "Export PDF"):
        assert part in text
    qtbot.keyClick(window.tree, Qt.Key.Key_F1)  # again: the same window, not a second one
    assert len(window.findChildren(HelpWindow)) == 1


def test_s17keys_the_guide_lists_the_real_keys_of_the_menus(window):
    page = guide_html(window)
    assert "<!-- shortcuts -->" not in page
    for action_id, name in (
        ("find_next", "Find Next"),
        ("find_previous", "Find Previous"),
        ("link_tasks", "Link Tasks"),
        ("view_team", "Team"),
        ("help_contents", "Gantry Help"),
    ):
        keys = _keys(window, action_id)
        assert keys
        assert f"<td>{name}</td><td><b>{keys}</b></td>" in page
    assert "<td>View &gt; Filter</td><td>All Tasks</td><td><b>F3</b></td>" in page
    # a key changed is what the guide says next time: it is never stale
    window.action_collection["go_to"].setShortcut(QKeySequence("Ctrl+Alt+J"))
    assert "<td>Go To…</td><td><b>Ctrl+Alt+J</b></td>" in guide_html(window)
    assert "<td><b>F5</b></td>" not in guide_html(window)


def test_s17keys_keyboard_shortcuts_opens_the_guide_at_its_table(window):
    window.action_collection["help_contents"].trigger()
    top = _help(window).browser.verticalScrollBar().value()
    window.action_collection["help_shortcuts"].trigger()
    shown = _help(window)
    assert shown.browser.verticalScrollBar().value() > top + 500
    window.action_collection["help_contents"].trigger()  # and back to its top
    assert shown.browser.verticalScrollBar().value() == 0


def test_s17keys_find_in_the_guide_goes_on_and_wraps(window):
    window.action_collection["help_contents"].trigger()
    shown = _help(window)
    shown.find_box.setText("Leveling Options")
    shown.find_next()
    first = shown.browser.textCursor().position()
    assert shown.browser.textCursor().selectedText() == "Leveling Options"
    shown.find_next()  # the only one: found again from the top
    assert shown.browser.textCursor().position() == first
    shown.find_box.setText("no such words anywhere")
    shown.find_next()
    assert shown.not_found.text() == "Not in the guide"


def test_s17keys_f1_in_a_modal_dialog_opens_the_guide_above_it(window, qtbot):
    dialog = QDialog(window)
    dialog.setModal(True)  # as exec() makes it; a window beside it would take no clicks
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClick(field, Qt.Key.Key_F1)
    shown = _help(dialog)
    assert shown.isVisible()
    # with the plan window's keys, though opened from the dialog
    assert f"<b>{_keys(window, 'link_tasks')}</b>" in guide_html(window)
    assert "Link Tasks" in shown.browser.toPlainText()
    dialog.close()


def test_s17keys_the_guide_is_a_bundled_resource():
    guide = resource_path(*GUIDE)
    assert guide.parent.name == "help"
    text = guide.read_text(encoding="utf-8")
    assert "<!-- shortcuts -->" in text  # where the window's keys go
    assert "http" not in text  # offline: no link leaves the guide


def _check_bundle():
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location(
        "s17keys_check", root / "packaging/check_bundle.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, root


def test_s17keys_the_bundle_check_wants_the_guide(tmp_path):
    """make package's check (run in CI) fails a bundle without the help guide."""
    check, root = _check_bundle()
    inside = tmp_path / "gantry" / "_internal" / "app" / "resources"
    shutil.copytree(root / "resources", inside)
    check._resources(tmp_path / "gantry")  # everything there: passes
    (inside / "help" / "guide.html").unlink()
    with pytest.raises(check.BundleError, match=r"help/guide\.html"):
        check._resources(tmp_path / "gantry")


def test_s17keys_f1_in_a_modeless_dialog_opens_the_windows_guide(window, qtbot):
    dialog = QDialog(window)  # as Assign Resources stays open beside the sheet
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.keyClick(field, Qt.Key.Key_F1)
    assert _help(window).isVisible()  # the plan window's own guide: it outlives the dialog
    assert dialog.findChild(HelpWindow) is None
    dialog.close()
