"""A PM opens a client's MS Project file that holds timephased values and an assignment
baseline Gantry does not keep (task s27rp item 2). File > Save never writes the .xml: the
plan lives in the .gantry it was kept in. File > Save a Copy As onto the .xml is the one
way the window could write it, and it now asks first, naming what would be lost: Save As
.gantry keeps the client's file as it is, Save Anyway writes it, Cancel writes nothing."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from app.ui import save_over_read
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.save_over_read import OverRead
from app.ui.settings import Settings

LOST = [
    "110 values of 110 custom fields Gantry does not keep",
    "3 resource codes",  # its assignment baseline is read since s29mo
    "4 timephased task % complete values",
]


@pytest.fixture
def opened(qtbot, tmp_path, shared_data, monkeypatch):
    client = tmp_path / "client.xml"
    shutil.copyfile(shared_data / "mspdi" / "mspdiresource.xml", client)
    client.chmod(0o644)
    kept = tmp_path / "client.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: kept))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    window = session.open_path(client)
    assert window is not None
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield window, client, kept
    for w in list(session.windows):
        w.close()


def _asked(monkeypatch, answer):
    asked = []

    def ask(_parent, target, lost):
        asked.append((target.name, lost))
        return answer

    monkeypatch.setattr(save_over_read, "ask_over_read", ask)
    return asked


def test_s27rp_file_save_of_an_opened_xml_writes_the_gantry_never_the_xml(opened, monkeypatch):
    window, client, kept = opened
    before = client.read_bytes()
    asked = _asked(monkeypatch, OverRead.ANYWAY)
    assert window.document.path == kept
    window.action_collection["save_plan"].trigger()
    assert client.read_bytes() == before
    assert asked == []
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Saved: Gantry writes every change to client.gantry")
    )


def test_s27rp_save_a_copy_over_the_xml_asks_naming_what_it_would_lose(opened, monkeypatch):
    window, client, _kept = opened
    before = client.read_bytes()
    paths = []

    def ask_path(cls, _parent, _caption, start, _filters):
        paths.append(start.name)
        return client if len(paths) == 1 else client.with_name("client copy.gantry")

    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(ask_path))
    asked = _asked(monkeypatch, OverRead.CANCEL)
    window.save_copy_as()
    assert asked == [("client.xml", LOST)]
    assert client.read_bytes() == before  # Cancel: nothing written

    paths.clear()
    _asked(monkeypatch, OverRead.AS_GANTRY)
    window.save_copy_as()
    assert paths[1] == "client.gantry"  # the .gantry asked for, beside the client's file
    assert client.read_bytes() == before
    assert client.with_name("client copy.gantry").exists()

    paths.clear()
    _asked(monkeypatch, OverRead.ANYWAY)  # the user accepts the loss
    window.save_copy_as()
    assert client.read_bytes() != before
    assert window.statusBar().currentMessage().startswith(f"Saved a copy as {client}")


def test_s27rp_the_question_names_the_file_and_its_losses(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def exec_(box):
        seen.append(box.text())
        box.grab().save("/tmp/s27rp_over_read.png")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    answer = save_over_read.ask_over_read(None, tmp_path / "client.xml", LOST)
    assert answer is OverRead.CANCEL  # closed without a choice
    assert "client.xml is the file this plan was read from" in seen[0]
    assert "would lose 110 values of 110 custom fields Gantry does not keep, 3 resource " in seen[0]
    assert "3 resource codes and 4 timephased task % complete values from it" in seen[0]


def test_s27rp_a_copy_over_an_xml_read_whole_is_written_without_a_question(
    qtbot, tmp_path, shared_data, monkeypatch
):
    client = tmp_path / "links.xml"
    shutil.copyfile(shared_data / "mspdi" / "mspdirelations.xml", client)
    client.chmod(0o644)
    kept = tmp_path / "links.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: kept))
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: client))
    asked = _asked(monkeypatch, OverRead.CANCEL)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    window = session.open_path(client)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    before = client.read_bytes()
    window.save_copy_as()
    assert asked == []  # nothing left out on reading: nothing to lose
    assert client.read_bytes() != before
    for w in list(session.windows):
        w.close()
