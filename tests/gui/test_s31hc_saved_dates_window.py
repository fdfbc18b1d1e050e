"""Opening SplitTaskFinishDate.xml in the window says, among the read's notes, that Gantry
schedules its tasks differently from the dates the file saved (as `gantry schedule` says)."""

from __future__ import annotations

from app.domain.saved_dates import NOTE_WORDS
from app.ui.app import Session
from app.ui.exchange.notes_log import notes_log


def _open(session, monkeypatch, tmp_path, qtbot, source):
    target = tmp_path / "opened.gantry"
    monkeypatch.setattr(Session, "ask_import_target", classmethod(lambda cls, p, s: target))
    win = session.open_path(source)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _said(win) -> list[str]:
    return [line for e in notes_log(win).entries() for line in e.lines if NOTE_WORDS in line]


def test_opening_the_split_file_says_it(session, monkeypatch, tmp_path, qtbot, shared_data):
    win = _open(
        session, monkeypatch, tmp_path, qtbot, shared_data / "mpp" / "SplitTaskFinishDate.xml"
    )
    lines = _said(win)
    assert len(lines) == 1
    assert lines[0].startswith(f"SplitTaskFinishDate.xml: 6 tasks {NOTE_WORDS}, first: 'Task4'")


def test_a_file_scheduled_as_saved_says_nothing(session, monkeypatch, tmp_path, qtbot, shared_data):
    source = next(shared_data.rglob("Software-Development.xml"))
    win = _open(session, monkeypatch, tmp_path, qtbot, source)
    assert _said(win) == []


def test_an_mpx_export_opened_says_nothing(session, monkeypatch, tmp_path, qtbot, shared_data):
    # MPX saves its dates to the day only, so every task seemed moved: the command line left
    # MPX out (41e00011) but the window's Open still said it (s31st)
    import shutil

    import pytest

    pytest.importorskip("mpxj")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime")
    from app.io.mpp import convert_in_child

    mpx = tmp_path / "blank.mpx"
    convert_in_child(shared_data / "mpp" / "Blank2010.mpp", mpx, "MPX")
    win = _open(session, monkeypatch, tmp_path, qtbot, mpx)
    assert _said(win) == []
