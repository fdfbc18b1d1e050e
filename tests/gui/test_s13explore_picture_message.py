"""Copy Picture of one selected row said "Copied a picture of 1 rows"."""

from __future__ import annotations

import pytest

from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
from app.ui.gantt.copy_picture import CopyPicture


@pytest.fixture
def window(session, tmp_path, qtbot):
    from app.store.document import GantryFile
    from tests.gui.conftest import build_plan

    path = tmp_path / "picture.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    return win


@pytest.mark.parametrize(("uids", "said"), [([2], "1 row"), ([2, 3], "2 rows")])
def test_the_status_bar_counts_rows_in_words(window, monkeypatch, uids, said):
    monkeypatch.setattr(
        CopyPicture,
        "ask_choice",
        staticmethod(lambda *_args: CopyPictureChoice(rows="selected")),
    )
    window.tree.select_uids(uids)
    window.action_collection["copy_picture"].trigger()
    assert window.statusBar().currentMessage() == f"Copied a picture of {said}"
