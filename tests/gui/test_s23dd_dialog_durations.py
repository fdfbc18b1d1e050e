"""Task Information, Multiple Task Information and Update Tasks showed a duration as
``1.5d`` where the German sheet shows ``1,5d``: they write the sheet's marks now, and a
duration shown and left alone is no edit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale

from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


@pytest.fixture
def use_locale():
    saved = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(saved)


@pytest.fixture
def doc():
    document = Document(build_plan())
    with document.plan.batch():
        for uid in (5, 6):
            document.plan.update_task(replace(document.plan.task(uid), duration_minutes=720))
    return document


@pytest.mark.parametrize(("name", "shown"), [("de_DE", "1,5d"), ("en_US", "1.5d")])
def test_s23dd_dialogs_write_the_sheets_marks(qtbot, use_locale, doc, name, shown):
    use_locale(name)
    single = TaskDialog(doc, 5, None)
    several = MultiTaskDialog(doc, [5, 6])
    update = UpdateTasksDialog(doc, 5)
    for dialog in (single, several, update):
        qtbot.addWidget(dialog)
    assert single.duration.text() == shown
    assert several.duration.text() == shown
    assert update.remaining_duration.text() == shown
    assert single.command() is None  # shown and left alone: no edit
    single.duration.setText("2,5d" if name == "de_DE" else "2.5d")
    single.accept()
    assert doc.plan.task(5).duration_minutes == 1200
