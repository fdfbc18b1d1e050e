"""Project Information holds the Manager and the Author apart (the Author field was labelled
Manager, so a plan read from MS Project showed its author as the manager)."""

from __future__ import annotations

import pytest

from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def test_s22rp_the_manager_is_typed_beside_the_author_and_saved(window, qtbot, tmp_path):
    doc = window.document
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert (dialog.manager.text(), dialog.author.text()) == ("", "")
    dialog.manager.setText("  Ana Ruiz ")
    dialog.author.setText("Tom Writer")
    dialog.show()
    dialog.grab().save(str(tmp_path / "s22rp_project_information.png"))
    dialog.accept()
    assert dialog.error.text() == ""
    project = doc.plan.project
    assert (project.manager, project.author) == ("Ana Ruiz", "Tom Writer")
    doc.undo_stack.undo()
    assert doc.plan.project.manager == ""
    doc.undo_stack.redo()
    assert read_plan(tmp_path / "sample.gantry").project.manager == "Ana Ruiz"  # written as edited
