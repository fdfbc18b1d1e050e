"""Test set-up shared by every test: Qt runs offscreen, shared data is found or skipped."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

_SHARED_DATA_CANDIDATES = [
    Path(__file__).resolve().parents[2] / "shared" / "data",
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data",
]


def _find_shared_data() -> Path | None:
    env = os.environ.get("GANTRY_SHARED_DATA")
    if env and Path(env).is_dir():
        return Path(env)
    for cand in _SHARED_DATA_CANDIDATES:
        if cand.is_dir():
            return cand.resolve()
    return None


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path_factory):
    """Keep every test, benchmarks included, away from the user's real settings.

    A window opened by a test remembers its size, recent files and views on
    close; without this they would land in the developer's own Gantry settings.
    """
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real project files (../shared/data); skips when a clone lacks it."""
    found = _find_shared_data()
    if found is None:
        pytest.skip("../shared/data is not present in this checkout")
    return found
