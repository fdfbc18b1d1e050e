"""Opening a .mpp or .xml: the save dialog says why it shows, and a second open of the
same file raises the window already showing its plan instead of asking again."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from app import formats
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def session():
    session = Session(Settings())
    yield session
    session.close_all()


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "client.xml"
    formats.write_plan(build_plan(), path)
    return path


def test_the_save_dialog_names_the_file_read(session, source, monkeypatch, qtbot):
    asked = []

    def fake(parent, title, start, filters):
        asked.append((title, start))
        return str(source.with_name("kept.gantry")), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    window = session.open_path(source)
    assert window is not None
    qtbot.addWidget(window)
    assert asked == [("Keep the plan read from client.xml as", str(source.with_suffix(".gantry")))]
    assert window.document.path == source.with_name("kept.gantry")


def test_opening_the_same_file_again_raises_its_window(session, source, monkeypatch, qtbot):
    asked = []

    def ask(cls, parent, suggestion):
        asked.append(suggestion)
        return suggestion

    monkeypatch.setattr(Session, "ask_import_target", classmethod(ask))
    first = session.open_path(source)
    assert first is not None
    qtbot.addWidget(first)
    again = session.open_path(source.parent / "." / source.name)  # the same file, spelt apart
    assert again is first
    assert len(asked) == 1
    assert session.windows == [first]

    first.close()  # closed: opening it reads the file again, beside the first copy
    second = session.open_path(source)
    assert second is not None
    qtbot.addWidget(second)
    assert second is not first
    assert len(asked) == 2
    assert asked[1] != asked[0]  # client.gantry is taken by the first copy


def test_a_real_mpp_opened_twice_gives_one_window(
    session, shared_data, tmp_path, monkeypatch, qtbot
):
    mpp = tmp_path / "Blank2010.mpp"
    shutil.copy(shared_data / "mpp" / "Blank2010.mpp", mpp)
    titles = []

    def fake(parent, title, start, filters):
        titles.append(title)
        return start, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    window = session.open_path(mpp)
    assert window is not None
    qtbot.addWidget(window)
    assert session.open_path(mpp) is window
    assert titles == ["Keep the plan read from Blank2010.mpp as"]
