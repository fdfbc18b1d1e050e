"""Dialog titles read as the menu items that open them, as in MS Project.

Found opening each dialog from its menu: 'Task Information…' opened 'Task
information', 'Change Working Time…' 'Change working time', while Page Setup,
Copy Picture and Date Range kept the menu's capitals: one style, the menu's.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.dialogs.split_dialog import SplitDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.dialogs.working_time_dialog import WorkingTimeDialog
from app.ui.document import Document
from app.ui.project_menu import StatusDateDialog, UpdateProjectDialog
from tests.gui.conftest import build_plan


@pytest.fixture
def document(qtbot):
    return Document(build_plan())


@pytest.mark.parametrize(
    ("make", "title"),
    [
        (lambda doc: TaskDialog(doc, 5), "Task Information — Code"),
        (ProjectDialog, "Project Information"),
        (WorkingTimeDialog, "Change Working Time"),
        (lambda doc: SplitDialog(doc, 5), "Split Task — Code"),
        (lambda doc: StatusDateDialog(date(2026, 3, 2)), "Status Date"),
        (lambda doc: UpdateProjectDialog(date(2026, 3, 2), False), "Update Project"),
    ],
)
def test_the_title_is_the_menu_item(qtbot, document, make, title):
    dialog = make(document)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title


def test_find_asks_under_the_menu_items_name(window_find):
    assert window_find == "Find"  # MS Project's Find dialog, under Edit > Find…


@pytest.fixture
def window_find(session, tmp_path, qtbot, monkeypatch):
    from app.store.document import GantryFile

    path = tmp_path / "find.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.find_task()
    return win._find_dialog.windowTitle()
