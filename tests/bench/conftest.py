"""Fixtures shared by the benchmarks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.bench.generate import make_plan


@pytest.fixture
def window_4k(qtbot, tmp_path):
    """The real window on a 4,000-task .gantry file (make_plan(4000, 4500, 3, 40)), shown
    at 1400x820 on a private settings store; every window of its session closed after."""
    path = tmp_path / "plan4k.gantry"
    GantryFile.create(path, make_plan(4000, 4500, 3, 40)).close()
    session = Session(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 820)
    win.show()
    QApplication.processEvents()
    yield win
    for w in list(session.windows):
        w.close()
