"""The sheet's Start and Finish editor opens on the cell's date in every locale. The cells'
edit text is the locale's (``08.01.2027 17:00`` in German, since s21d2) but the editor read
it as ISO only: outside the C locale it opened on 2000-01-01 00:00, and Enter left as it
opened typed that date ("before the project start")."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyleOptionViewItem

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_delegates import DateDelegate

START = datetime(2027, 1, 4, 8, 0)


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["C", "de_DE", "en_US", "hu_HU", "ko_KR", "fi_FI"])
def test_s22lo_the_date_editor_opens_on_the_cells_date(qtbot, locale_set, name):
    locale_set(name)
    plan = Plan(project=Project(name="Dates", start=START))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    model = TaskTreeModel(Document(plan))
    delegate = DateDelegate()
    for column, moment in ((Column.START, START), (Column.FINISH, datetime(2027, 1, 8, 17))):
        index = model.index_of_uid(1, column)
        editor = delegate.createEditor(None, QStyleOptionViewItem(), index)
        qtbot.addWidget(editor)
        delegate.setEditorData(editor, index)
        assert editor.dateTime().toPython() == moment, (name, index.data())
        delegate.setModelData(editor, model, index)  # Enter, nothing changed
        assert model.document.undo_stack.count() == 0
        assert plan.task(1).constraint_date is None
