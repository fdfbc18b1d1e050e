"""File > Export and Copy Picture to file ask before replacing a file the dialog never asked about.

The save dialog asks about the name typed ('client'); the extension is added after it,
so client.xlsx (or client.png) already there was replaced without a word. Both now go
through File > New's Save As step, which asks first and, on No, asks for a name again.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.ui import settings as keys
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.document import Document
from app.ui.exchange.actions import ExchangeDialogs
from app.ui.file_menu import FileMenu
from app.ui.gantt.copy_picture import CopyPicture
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

_XLSX = "Excel workbook (*.xlsx)"
_PNG = "PNG (*.png)"


def _typing(monkeypatch, answers, chosen):
    """The real save dialog typed ``answers`` in turn (``chosen`` filter), then Cancel."""
    asked: list[str] = []

    def dialog(parent, caption, start, filters):
        asked.append(start)
        return (str(answers.pop(0)), chosen) if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def _confirming(monkeypatch, agreed):
    confirmed = []

    def confirm(cls, parent, path):
        confirmed.append(path)
        return agreed

    monkeypatch.setattr(FileMenu, "confirm_replace", classmethod(confirm))
    return confirmed


@pytest.mark.parametrize("agreed", [True, False])
def test_export_asks_before_replacing_the_workbook_named_without_its_extension(
    tmp_path, monkeypatch, agreed
):
    existing = tmp_path / "client.xlsx"
    existing.write_bytes(b"the client's own workbook")
    asked = _typing(monkeypatch, [tmp_path / "client"], _XLSX)
    confirmed = _confirming(monkeypatch, agreed)
    path = ExchangeDialogs.export_path(None, "Plan.xlsx", tmp_path)
    assert confirmed == [existing]
    if agreed:
        assert path == existing
    else:
        assert path is None  # asked again, then cancelled
        assert asked[1] == str(existing)  # from the name it would have taken


def test_export_asks_nothing_more_when_the_dialog_asked_or_the_file_is_new(tmp_path, monkeypatch):
    existing = tmp_path / "client.xlsx"
    existing.write_bytes(b"the client's own workbook")
    confirmed = _confirming(monkeypatch, False)
    _typing(monkeypatch, [existing], _XLSX)  # the dialog itself asked about client.xlsx
    assert ExchangeDialogs.export_path(None, "Plan.xlsx", tmp_path) == existing
    _typing(monkeypatch, [tmp_path / "fresh"], "CSV task table (*.csv)")
    assert ExchangeDialogs.export_path(None, "Plan.xlsx", tmp_path) == tmp_path / "fresh.csv"
    assert confirmed == []


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.settings.set(keys.LAST_FOLDER, str(tmp_path))
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


@pytest.mark.parametrize("agreed", [True, False])
def test_copy_picture_asks_before_replacing_the_png_named_without_its_extension(
    window, tmp_path, monkeypatch, agreed
):
    existing = tmp_path / "status.png"
    existing.write_bytes(b"last week's picture")
    monkeypatch.setattr(
        CopyPicture,
        "ask_choice",
        staticmethod(lambda p, counts, shown: CopyPictureChoice(rows="screen", to_file=True)),
    )
    _typing(monkeypatch, [tmp_path / "status"], _PNG)
    confirmed = _confirming(monkeypatch, agreed)
    window.action_collection["copy_picture"].trigger()
    assert confirmed == [existing]
    if agreed:
        assert not QImage(str(existing)).isNull()
    else:
        assert existing.read_bytes() == b"last week's picture"
        assert list(tmp_path.iterdir()) == [existing]
