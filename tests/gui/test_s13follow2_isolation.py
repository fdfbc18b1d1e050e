"""Tests keep away from the developer's own settings: in this process, and in the processes
they start (a child window or the command line), which the per-test QSettings.setPath does not
reach. A child that opened a window wrote its recent files into ~/.config/Gantry/Gantry.ini."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SESSION_HOME

_CHILD = """
from PySide6.QtCore import QSettings, QStandardPaths
s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Gantry", "Gantry")
print(s.fileName())
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


def _inside(path: str, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_a_child_process_finds_its_settings_in_this_runs_folder():
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD],
        cwd=root,
        env=dict(os.environ),
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.splitlines()
    settings, data = out[0], out[1]
    assert _inside(settings, SESSION_HOME), settings
    assert _inside(data, SESSION_HOME), data
    assert not _inside(settings, Path.home() / ".config")


def test_this_process_writes_settings_in_a_folder_of_its_own(tmp_path_factory):
    from app.ui.settings import Settings

    settings = Settings()
    name = settings._store.fileName()
    assert not _inside(name, Path.home() / ".config"), name
    assert _inside(name, tmp_path_factory.getbasetemp()), name


def test_the_clipboard_starts_empty_in_every_test_part_one(qapp):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("left by an earlier test")


def test_the_clipboard_starts_empty_in_every_test_part_two(qapp):
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == ""


def test_property_tests_keep_no_examples_in_the_shared_checkout():
    from hypothesis import settings

    assert settings.default.database is None
