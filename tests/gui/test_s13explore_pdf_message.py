"""File > Export PDF wrote the file without a word: the status bar now says where it went."""

from __future__ import annotations

import pytest

from app.store.document import GantryFile
from app.ui.printing import actions as printing
from tests.gui.conftest import build_plan


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "pdf.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    return win


@pytest.mark.parametrize("view", ["gantt", "team"])
def test_the_status_bar_names_the_pdf_written(window, tmp_path, monkeypatch, view):
    target = tmp_path / f"{view}.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggestion: target)
    window.show_view(view)
    window.action_collection["export_pdf"].trigger()
    assert target.stat().st_size > 0
    assert window.statusBar().currentMessage() == f"Saved the PDF as {target}"


def test_nothing_said_when_cancelled(window, monkeypatch):
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggestion: None)
    window.statusBar().showMessage("before")
    window.action_collection["export_pdf"].trigger()
    assert window.statusBar().currentMessage() == "Before"  # said as a sentence
