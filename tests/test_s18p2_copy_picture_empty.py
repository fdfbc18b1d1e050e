"""Copy Picture with a filter that keeps no task drew a picture of the timescale alone. Print,
Print Preview and Export PDF say the line MS Project's habit gives ("nothing to print") and
print nothing: Copy Picture says the same line and copies nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from app.domain.filters import FilterKind, TaskFilter
from app.ui.app import Session
from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.document import Document
from app.ui.gantt import copy_picture
from app.ui.gantt.copy_picture import CopyPicture
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

LINE = "No task matches the filter Task Name Contains 'zzz': nothing to print"


@pytest.fixture
def window(qtbot, monkeypatch):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.show_view("gantt")
    said: list[str] = []
    monkeypatch.setattr(win, "show_error", said.append)
    win.said = said
    yield win
    win.close()


def _filter(win, text: str) -> None:
    win.findChild(object, "filter_controller").apply(
        TaskFilter(FilterKind.NAME_CONTAINS, text=text)
    )


@pytest.mark.parametrize("rows", ["screen", "selected", "all"])
@pytest.mark.parametrize("to_file", [False, True])
def test_s18p2_copy_picture_of_an_empty_filter_says_nothing_to_print(
    window, monkeypatch, tmp_path, rows, to_file
):
    _filter(window, "zzz")
    assert window.model.shown_uids() == []
    window.said.clear()  # the filter's own word in the status bar
    QGuiApplication.clipboard().setImage(QImage())
    asked: list[str] = []
    monkeypatch.setattr(
        CopyPicture,
        "ask_choice",
        staticmethod(lambda *a: CopyPictureChoice(rows=rows, to_file=to_file)),
    )
    monkeypatch.setattr(
        CopyPicture,
        "ask_png_path",
        staticmethod(lambda p: asked.append("x") or str(tmp_path / "p.png")),
    )
    assert CopyPicture(window).run() is None
    assert window.said == [LINE]
    window.said.clear()
    assert (
        CopyPicture(window).copy(
            copy_picture.gantt_view_of(window), CopyPictureChoice(rows=rows, to_file=to_file)
        )
        is None
    )
    assert window.said == [LINE]
    assert asked == []  # no file name asked for a picture that is not drawn
    assert QGuiApplication.clipboard().image().isNull()
    assert not (tmp_path / "p.png").exists()


def test_s18p2_copy_picture_with_rows_shown_still_copies(window, monkeypatch):
    _filter(window, "Spec")
    assert window.model.shown_uids()
    window.said.clear()
    monkeypatch.setattr(
        CopyPicture, "ask_choice", staticmethod(lambda *a: CopyPictureChoice(rows="all"))
    )
    assert CopyPicture(window).run() == "clipboard"
    assert window.said == []
    assert not QGuiApplication.clipboard().image().isNull()
