"""A lock left by a crashed Gantry does not block saving a new plan under that name.

Found after killing Gantry with 'Q3 plan.gantry' open, deleting the file, then making
a new plan of that name: Gantry answered "Q3 plan.gantry is open in another window;
choose another name" for ever, though no Gantry ran. Opening the file takes such a
stale lock over; a new plan (or an import) under its name now does too, while a lock
held by a running Gantry still refuses it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from app.store.lock import FileLock
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


@pytest.fixture
def errors(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Session, "show_error", classmethod(lambda cls, p, m: said.append(m)))
    return said


def test_a_stale_lock_is_taken_over_by_a_new_plan(tmp_path, qtbot, errors):
    path = tmp_path / "Q3 plan.gantry"
    lock = tmp_path / "Q3 plan.gantry.lock"
    lock.write_text(json.dumps({"pid": _dead_pid(), "host": socket.gethostname()}))

    window = Session(Settings()).create_plan(path, build_plan())

    assert errors == []
    assert window is not None
    qtbot.addWidget(window)
    assert path.exists()
    assert json.loads(lock.read_text())["pid"] == os.getpid()  # ours now
    window.close()


def test_a_live_lock_still_refuses_the_name(tmp_path, errors):
    path = tmp_path / "Q3 plan.gantry"
    held = FileLock(path)
    held.acquire()
    try:
        assert Session(Settings()).create_plan(path, build_plan()) is None
    finally:
        held.release()
    assert len(errors) == 1
    assert "open in another" in errors[0]
    assert not path.exists()
