"""Copy Picture to a PNG file asks where in the folder the user last used, named for the plan.

Found choosing 'PNG file…': the save dialog opened on 'gantt.png' in the program's
working folder, wherever that was, while every other Save dialog opens in the last
folder used.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui import settings as keys
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.document import Document
from app.ui.gantt.copy_picture import CopyPicture
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


def test_png_file_dialog_starts_in_the_last_folder_named_for_the_plan(
    window, tmp_path, monkeypatch
):
    window.settings.set(keys.LAST_FOLDER, str(tmp_path))
    monkeypatch.setattr(
        CopyPicture, "ask_choice", staticmethod(lambda *a: CopyPictureChoice("all", to_file=True))
    )
    asked: list[str] = []
    target = tmp_path / "elsewhere" / "chart.png"
    target.parent.mkdir()

    def fake_dialog(parent, caption, start, filters):
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window.action_collection["copy_picture"].trigger()
    assert Path(asked[0]) == tmp_path / "Sample Gantt.png"
    assert target.exists()
    assert window.settings.last_folder() == target.parent  # next time: where it went
