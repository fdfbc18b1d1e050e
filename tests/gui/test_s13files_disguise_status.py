"""Opening an MS Project XML that was renamed .mpp: the window opens it, and its notes
say it was XML (the CLI says the same on stderr)."""

from __future__ import annotations

import shutil

from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log


def test_xml_renamed_mpp_opens_and_the_status_bar_says_so(
    session, shared_data, tmp_path, monkeypatch, qtbot
):
    renamed = tmp_path / "sample.mpp"
    shutil.copyfile(shared_data / "mspdi" / "sample.xml", renamed)
    target = tmp_path / "sample.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(renamed)
    assert win is not None
    qtbot.addWidget(win)
    assert len(win.document.plan.tasks) > 10
    message = notes_log(win).last().lines
    assert any(
        "sample.mpp is MS Project XML, not a binary MS Project file" in line for line in message
    )


def test_a_file_that_is_what_its_name_says_gets_no_such_note(
    session, shared_data, tmp_path, monkeypatch, qtbot
):
    target = tmp_path / "sample.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(shared_data / "mspdi" / "sample.xml")
    qtbot.addWidget(win)
    said = [line for entry in notes_log(win).entries() for line in entry.lines]
    assert not any("read it as that" in line for line in said)
