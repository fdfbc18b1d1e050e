"""A client's .mpp with a split task opens in the window split, ending where MS Project
shows it (the pauses come through MPXJ's work by day: tests/test_s19mx_mpp_splits.py)."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from PySide6.QtWidgets import QFileDialog

from app.io.mpp import mpp_available
from app.ui.app import Session
from app.ui.dialogs.file_names import GANTRY_FILTER


@pytest.mark.skipif(
    not mpp_available() or shutil.which("java") is None,
    reason="reading .mpp needs the optional mpxj package and a Java runtime",
)
def test_s19mx_split_mpp_in_the_window(session, monkeypatch, qtbot, tmp_path, shared_data):
    target = tmp_path / "split.gantry"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), GANTRY_FILTER)),
    )
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(shared_data / "mpp" / "SplitTaskFinishDate.mpp")
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    qtbot.wait(50)
    win.grab().save("/tmp/s19mx_split_mpp.png")
    task4 = next(t for t in win.document.plan.tasks if t.name == "Task4")
    assert task4.splits
    assert win.document.schedule[task4.uid].finish == datetime(2010, 6, 28, 17)
