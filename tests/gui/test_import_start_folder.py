"""File > Import starts in the plan's folder, not wherever Gantry was started from."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from app.store.document import GantryFile
from app.ui.exchange.actions import ExchangeDialogs
from tests.gui.conftest import build_plan


def test_the_import_dialog_opens_in_the_plan_s_folder(session, tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "Client A"
    folder.mkdir()
    path = folder / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    window = session.open_path(path)
    qtbot.addWidget(window)
    asked: list[str] = []

    def fake(parent, caption, start, filters):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    assert ExchangeDialogs.import_path(window) is None
    assert asked == [str(folder)]


def test_without_a_window_qt_chooses(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda parent, caption, start, filters: (asked.append(start), ("", ""))[1]),
    )
    assert ExchangeDialogs.import_path(None) is None
    assert asked == [""]
