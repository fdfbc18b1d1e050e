"""The sheet's Start and Finish editor shows and reads the user's locale's short date and
time, as the cells beside it (it opened in ISO, ``2027-01-04 08:00``, beside ``Mo.
04.01.2027``): ``04.01.2027 08:00`` in German, ``4/1/2027 08:00`` in Vietnamese, Arabic's
and Persian's in their digits. A date typed there reads as the locale writes it; ISO still
reads in every locale (the year typed first turns the editor to ISO's form); on a 12-hour
clock ``21:30`` is 9:30 PM (Qt made it 2:30 AM)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_delegates import DateDelegate
from app.ui.task_tree import TaskTreeView

START = datetime(2027, 1, 4, 8, 0)
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _model() -> TaskTreeModel:
    plan = Plan(project=Project(name="Dates", start=START))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Build", duration_minutes=5 * 480))
    return TaskTreeModel(Document(plan))


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("de_DE", "04.01.2027 08:00"),
        ("fr_FR", "04/01/2027 08:00"),
        ("vi_VN", "4/1/2027 08:00"),
        ("ar_EG", "\u0664\u200f/\u0661\u200f/\u0662\u0660\u0662\u0667 \u0668:\u0660\u0660 \u0635"),
        ("fa_IR", "\u06f2\u06f0\u06f2\u06f7/\u06f1/\u06f4 \u06f8:\u06f0\u06f0"),
        ("en_US", "1/4/2027 8:00\u202fAM"),
        ("C", "2027-01-04 08:00"),
    ],
)
def test_s23lc_the_editor_shows_the_cells_date_in_the_locales_form(qtbot, locale_set, name, shown):
    locale_set(name)
    model = _model()
    delegate = DateDelegate()
    index = model.index_of_uid(1, Column.START)
    editor = delegate.createEditor(None, QStyleOptionViewItem(), index)
    qtbot.addWidget(editor)
    delegate.setEditorData(editor, index)
    assert editor.text() == shown == index.data(EDIT)  # as the cell's edit text
    assert editor.dateTime().toPython() == START
    delegate.setModelData(editor, model, index)  # Enter, nothing changed
    assert model.document.undo_stack.count() == 0


def _sheet(qtbot) -> TaskTreeView:
    view = TaskTreeView(_model())
    qtbot.addWidget(view)
    view.resize(1000, 300)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    return view


def _focus(view: TaskTreeView):
    """Where keys go: the focus widget (the view, then the editor typing opened)."""
    return QApplication.focusWidget() or view


def _type(view: TaskTreeView, text: str) -> None:
    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0  # (any key: QTest's takes ASCII only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(_focus(view), event)


def _typed_start(tree, qtbot, typed: str) -> datetime | None:
    model = tree.task_model()
    tree.setCurrentIndex(model.index_of_uid(2, Column.START))
    _type(tree, typed)
    assert tree.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(_focus(tree), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    return model.document.plan.task(2).constraint_date


def _arabic(text: str) -> str:
    return text.translate({ord("0") + i: 0x0660 + i for i in range(10)})


def _persian(text: str) -> str:
    return text.translate({ord("0") + i: 0x06F0 + i for i in range(10)})


@pytest.mark.parametrize(
    ("name", "typed", "moment"),
    [
        ("de_DE", "05.02.2027", datetime(2027, 2, 5, 8)),  # no time: the default start
        ("de_DE", "5.2.2027 13:30", datetime(2027, 2, 5, 13, 30)),
        ("de_DE", "2027-02-05 13:30", datetime(2027, 2, 5, 13, 30)),  # ISO everywhere
        ("fr_FR", "05/02/2027 09:30", datetime(2027, 2, 5, 9, 30)),
        ("fr_FR", "2027-02-05", datetime(2027, 2, 5, 8)),
        ("vi_VN", "12/2/2027 19:30", datetime(2027, 2, 12, 19, 30)),
        ("ar_EG", _arabic("5/2/2027 9:30 ") + "\u0645", datetime(2027, 2, 5, 21, 30)),
        ("ar_EG", "5/2/2027 21:30", datetime(2027, 2, 5, 21, 30)),
        ("fa_IR", _persian("2027/2/5 9:30"), datetime(2027, 2, 5, 9, 30)),
        ("fa_IR", "2027-02-05 14:00", datetime(2027, 2, 5, 14)),
        ("en_US", "2/5/2027 9:30 PM", datetime(2027, 2, 5, 21, 30)),
        ("en_US", "2/5/2027 21:30", datetime(2027, 2, 5, 21, 30)),
        ("en_US", "2/5/2027 00:30", datetime(2027, 2, 5, 0, 30)),
        ("hu_HU", "2027. 02. 05. 9:30", datetime(2027, 2, 5, 9, 30)),
        ("ko_KR", "2027. 2. 5. 21:30", datetime(2027, 2, 5, 21, 30)),
    ],
)
def test_s23lc_a_date_typed_in_the_locales_form(qtbot, locale_set, name, typed, moment):
    locale_set(name)
    view = _sheet(qtbot)  # built after the locale is set, as a user's sheet is
    assert _typed_start(view, qtbot, typed) == moment
