"""Notes on <file>: after File > Open of an MS Project XML that loses something, a dialog
lists every note in full, exactly as ``gantry`` says them on stderr; the status bar keeps
"N notes on reading X" with a link to open it again, File > Notes on Open and Save does
too for as long as the window is open, and Save a Copy As adds its own notes to the same
log. A checkbox turns the dialog's showing on open off, and that is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from app import formats
from app.ui import settings as keys
from app.ui.app import Session
from app.ui.dialogs.read_notes_dialog import ReadNotesDialog
from app.ui.exchange.notes_log import notes_log, status_label
from app.ui.file_menu import FileMenu
from app.ui.settings import Settings
from tests.cli.test_cli import gantry
from tests.gui.conftest import build_plan

_PREFIX = "gantry: note: "


def _cli_notes(*args: str | Path) -> list[str]:
    result = gantry(*args)
    assert result.returncode == 0, result.stderr
    return [line[len(_PREFIX) :] for line in result.stderr.splitlines() if line.startswith(_PREFIX)]


def _session(ini: Path) -> Session:
    return Session(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))


def _open(session: Session, source: Path, target: Path, monkeypatch, qtbot):
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    window = session.open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _dialog(window) -> ReadNotesDialog | None:
    found = window.findChild(ReadNotesDialog)
    return found if isinstance(found, ReadNotesDialog) else None


@pytest.fixture
def ini(tmp_path) -> Path:
    return tmp_path / "private" / "gantry.ini"


@pytest.fixture
def closing():
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        for window in list(session.windows):
            window.close()


@pytest.mark.parametrize("name", ["mspdi/mspdiresource.xml", "mspdi/mspdiassignmentfields.xml"])
def test_the_dialog_lists_exactly_what_the_cli_says(
    shared_data, ini, tmp_path, monkeypatch, qtbot, closing, name
):
    source = shared_data / name
    said = _cli_notes("info", source)
    assert said  # the file loses something: the CLI names it
    session = _session(ini)
    closing.append(session)
    window = _open(session, source, tmp_path / "opened.gantry", monkeypatch, qtbot)
    dialog = _dialog(window)
    assert dialog is not None
    assert dialog.isVisible()  # shown by itself after the open
    assert not dialog.isModal()
    assert dialog.windowTitle() == f"Notes on {source.name}"
    assert dialog.notes() == said
    shown = dialog.text.toPlainText().splitlines()
    assert shown == [f"{notes_log(window).last().heading()}", *said]  # each in full, a line
    assert notes_log(window).last().action == f"Open {source.name}"
    count = f"{len(said)} note{'' if len(said) == 1 else 's'}"
    assert status_label(window).text().startswith(f"{count} on reading {source.name} · ")
    assert "View notes" in status_label(window).text()
    assert window.action_collection["file_notes"].isEnabled()


def test_copy_puts_every_note_on_the_clipboard(
    shared_data, ini, tmp_path, monkeypatch, qtbot, closing
):
    source = shared_data / "mspdi" / "mspdiresource.xml"
    session = _session(ini)
    closing.append(session)
    window = _open(session, source, tmp_path / "opened.gantry", monkeypatch, qtbot)
    dialog = _dialog(window)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied == [notes_log(window).last().heading(), *_cli_notes("info", source)]
    assert copied[0].endswith(f" Open {source.name}")


def test_view_notes_and_the_menu_open_it_again(
    shared_data, ini, tmp_path, monkeypatch, qtbot, closing
):
    session = _session(ini)
    closing.append(session)
    source = shared_data / "mspdi" / "mspdiresource.xml"
    window = _open(session, source, tmp_path / "opened.gantry", monkeypatch, qtbot)
    dialog = _dialog(window)
    dialog.close()
    assert not dialog.isVisible()
    status_label(window).linkActivated.emit("notes")
    assert dialog.isVisible()  # the same dialog, not a second one
    assert window.findChildren(ReadNotesDialog) == [dialog]
    dialog.close()
    window.action_collection["file_notes"].trigger()
    assert dialog.isVisible()
    window.close()
    assert not dialog.isVisible()  # it goes with the plan's window


def test_turning_the_checkbox_off_is_remembered(
    shared_data, ini, tmp_path, monkeypatch, qtbot, closing
):
    source = shared_data / "mspdi" / "mspdiresource.xml"
    first = _session(ini)
    closing.append(first)
    window = _open(first, source, tmp_path / "one.gantry", monkeypatch, qtbot)
    dialog = _dialog(window)
    assert dialog.show_on_open.isChecked()  # on by default
    dialog.show_on_open.setChecked(False)
    window.close()

    # another run of the program: the settings read back from the file
    assert (
        Settings(QSettings(str(ini), QSettings.Format.IniFormat)).get(keys.SHOW_READ_NOTES) is False
    )
    second = _session(ini)
    closing.append(second)
    again = _open(second, source, tmp_path / "two.gantry", monkeypatch, qtbot)
    assert _dialog(again) is None  # not shown by itself
    said = _cli_notes("info", source)
    assert notes_log(again).last().lines == tuple(said)
    count = f"{len(said)} note{'' if len(said) == 1 else 's'}"
    assert status_label(again).text().startswith(f"{count} on reading {source.name}")
    again.action_collection["file_notes"].trigger()  # still there on request
    shown = _dialog(again)
    assert shown is not None
    assert shown.isVisible()
    assert not shown.show_on_open.isChecked()
    shown.show_on_open.setChecked(True)
    assert Settings(QSettings(str(ini), QSettings.Format.IniFormat)).get(keys.SHOW_READ_NOTES)


def test_a_file_with_no_notes_leaves_the_menu_entry_off(ini, tmp_path, monkeypatch, qtbot, closing):
    source = tmp_path / "ours.xml"
    formats.write_plan(build_plan(), source)  # Gantry's own MS Project XML loses nothing
    assert _cli_notes("info", source) == []
    session = _session(ini)
    closing.append(session)
    window = _open(session, source, tmp_path / "ours.gantry", monkeypatch, qtbot)
    assert not window.action_collection["file_notes"].isEnabled()
    assert _dialog(window) is None
    assert status_label(window) is None
    assert notes_log(window).entries() == []


def test_save_a_copy_adds_its_notes_to_the_log(
    shared_data, ini, tmp_path, monkeypatch, qtbot, closing
):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    copy = tmp_path / "copy.gan"
    # the CLI: what reading said, then what writing .gan said
    said = _cli_notes("convert", source, tmp_path / "cli.gan")
    session = _session(ini)
    closing.append(session)
    window = _open(session, source, tmp_path / "opened.gantry", monkeypatch, qtbot)
    read = list(notes_log(window).last().lines)
    monkeypatch.setattr(FileMenu, "ask_save_path", classmethod(lambda cls, *a: copy))
    window.action_collection["save_copy_as"].trigger()
    qtbot.waitUntil(lambda: len(notes_log(window).entries()) == 2)  # once read back
    entries = notes_log(window).entries()
    assert [e.action for e in entries] == [f"Open {source.name}", "Save a copy as copy.gan"]
    written = list(entries[1].lines)
    assert written
    assert read + written == said
    assert window.statusBar().currentMessage().startswith(f"Saved a copy as {copy}; ")
    # the .gan write's notes (whole days, read back, since s29: the Delay and the budget
    # resources it cannot hold), counted as the CLI says them
    assert status_label(window).text().startswith(f"{len(written)} notes on writing copy.gan · ")
    dialog = _dialog(window)  # open since the read: it follows the log, newest first
    assert dialog.notes() == written + read
    assert dialog.windowTitle() == "Notes on files read and written"


def test_people_renamed_are_a_note_as_convert_says_them(ini, tmp_path, monkeypatch, qtbot, closing):
    from app.domain.resource import Assignment, Resource
    from app.domain.task import Task
    from app.io.mspdi_write import write_mspdi

    plan = build_plan()
    plan.resources = [Resource(1, "Doe, Jane"), Resource(2, "Ana")]
    plan.assignments = [Assignment(1, 2, 1, 1.0)]
    plan.append_task(Task(99, "Extra", duration_minutes=480))
    source = tmp_path / "site.xml"
    write_mspdi(plan, source)
    said = _cli_notes("convert", source, tmp_path / "cli.gantry")
    assert any("'Doe, Jane' is 'Doe Jane'" in line for line in said)
    session = _session(ini)
    closing.append(session)
    window = _open(session, source, tmp_path / "site.gantry", monkeypatch, qtbot)
    assert _dialog(window).notes() == said
