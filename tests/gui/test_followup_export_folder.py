"""File > Export opens its save dialog in the plan's folder, not the program's working folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.exchange import actions as exchange
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


def _window(qtbot, path: Path):
    GantryFile.create(path, build_plan()).close()
    window = Session(Settings()).open_path(path)
    qtbot.addWidget(window)
    return window


def test_the_export_dialog_starts_in_the_plans_folder(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "client A"
    folder.mkdir()
    window = _window(qtbot, folder / "plan.gantry")
    monkeypatch.chdir(tmp_path)
    started: list[str] = []

    def fake_dialog(parent, caption, start, filters):
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert exchange.run_export(window, window.document) is None
    assert len(started) == 1
    assert Path(started[0]).parent == folder
    assert Path(started[0]).name.endswith(".xlsx")
    window.close()


def test_without_a_folder_the_dialog_gets_the_name_alone(monkeypatch):
    started: list[str] = []

    def fake_dialog(parent, caption, start, filters):
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert ExchangeDialogs.export_path(None, "Plan.xlsx") is None
    assert started == ["Plan.xlsx"]
