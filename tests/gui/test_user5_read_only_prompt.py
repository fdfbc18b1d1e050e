"""Opening a plan that cannot be written: the question says why.

Found by opening a plan marked read-only on disk (a colleague's file on a shared
drive): Gantry asked "plan.gantry is open in another window. Open read-only?" although
no window had it. The question now gives the real reason: the file is read-only on
disk, or another Gantry window (which process, on which computer) holds it.
"""

from __future__ import annotations

import json
import os
import socket

import pytest
from PySide6.QtWidgets import QMessageBox

from app.store import document as store_document
from app.store.document import GantryFile
from app.store.lock import FileLock
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "shared.gantry"
    GantryFile.create(path, build_plan()).close()
    return path


@pytest.fixture
def questions(monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _open(qtbot, path):
    session = Session(Settings())
    window = session.open_path(path)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_a_file_read_only_on_disk_is_not_said_to_be_open_elsewhere(
    plan_file, questions, qtbot, monkeypatch
):
    # The tests may run as root, for whom every file is writable: the store's own
    # permission check is what a user's read-only file fails.
    real_access = os.access
    monkeypatch.setattr(
        store_document.os,
        "access",
        lambda p, mode: False if str(p) == str(plan_file) else real_access(p, mode),
    )

    window = _open(qtbot, plan_file)

    assert window.document.read_only
    assert len(questions) == 1
    assert "read-only on disk" in questions[0]
    assert "another window" not in questions[0]
    assert questions[0].endswith("Open it read-only?")
    window.close()


def test_a_file_held_by_another_gantry_names_who_holds_it(plan_file, questions, qtbot):
    lock = FileLock(plan_file)
    lock.acquire()  # as another Gantry process would
    try:
        window = _open(qtbot, plan_file)
    finally:
        lock.release()

    assert window.document.read_only
    assert len(questions) == 1
    assert "open in another Gantry window" in questions[0]
    assert f"process {os.getpid()} on {socket.gethostname()}" in questions[0]
    assert questions[0].endswith("Open it read-only?")
    window.close()


def test_a_lock_left_on_another_computer_says_how_to_free_the_plan(plan_file, questions, qtbot):
    # A laptop that crashed with the plan open on a shared drive: its lock can never be
    # judged stale from here, so the question says what to do if Gantry is gone there.
    lock = plan_file.with_name("shared.gantry.lock")
    lock.write_text(json.dumps({"pid": 4242, "host": "other-laptop"}), encoding="utf-8")

    window = _open(qtbot, plan_file)

    assert window.document.read_only
    assert "(process 4242 on other-laptop)" in questions[0]
    assert "If Gantry no longer runs on other-laptop, delete shared.gantry.lock" in questions[0]
    assert questions[0].endswith("Open it read-only?")
    window.close()
    assert lock.exists()  # never removed behind the other computer's back


def test_a_lock_of_this_computer_needs_no_such_hint(plan_file, questions, qtbot):
    lock = FileLock(plan_file)
    lock.acquire()
    try:
        window = _open(qtbot, plan_file)
    finally:
        lock.release()
    assert "delete" not in questions[0]
    window.close()
