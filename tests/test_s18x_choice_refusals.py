"""A Constraint Type or Type cell typed wrong says so in one line the status bar shows whole.

The constraint refusal listed MS Project's eight constraint names (about 200 characters): in
a 1500-pixel window the status bar cut it after 'Start no later than,', so the Finish
constraints were never offered. It now lists the codes the cell takes too (SNET, FNLT...).
A start that fits several names ('Start no') lists those instead of every choice.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

EDIT = Qt.ItemDataRole.EditRole
CODES = ("ASAP", "ALAP", "MSO", "MFO", "SNET", "SNLT", "FNET", "FNLT")


@pytest.fixture
def window(qtbot, tmp_path):
    from app.ui.app import Session

    session = Session(Settings())
    plan = Plan(project=Project(name="Office move", start=datetime(2027, 3, 1, 8, 0)))
    win = session.create_plan(tmp_path / "office.gantry", plan)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1500, 860)
    model = win.model
    assert model.setData(model.blank_index(Column.NAME), "Survey", EDIT)
    yield win
    win.close()


def _type(window, column, text):
    said: list[str] = []
    model = window.model
    model.sig_error.connect(said.append)
    uid = window.document.plan.tasks[0].uid
    steps = window.document.undo_stack.count()
    assert not model.setData(model.index_of_uid(uid, column), text, EDIT)
    assert window.document.undo_stack.count() == steps  # nothing changed
    assert len(said) == 1
    return said[0]


def _fits_status_bar(window, message):
    bar = window.statusBar()
    taken = sum(w.width() for w in bar.findChildren(type(window.status_finish)) if w.isVisible())
    room = bar.width() - taken - 40  # the size grip and the margins
    return QFontMetrics(bar.font()).horizontalAdvance(message) <= room


def test_s18x_a_wrong_constraint_lists_every_code_and_fits(window):
    window.show()
    message = _type(window, Column.CONSTRAINT_TYPE, "Sometime")
    assert message.startswith("'Sometime' is not a constraint (one of: ")
    for code in CODES:
        assert code in message
    assert _fits_status_bar(window, message), message
    # each code listed is taken
    model = window.model
    uid = window.document.plan.tasks[0].uid
    assert model.setData(model.index_of_uid(uid, Column.CONSTRAINT_TYPE), "FNLT", EDIT)
    assert model.index_of_uid(uid, Column.CONSTRAINT_TYPE).data() == "Finish No Later Than"


def test_s18x_a_start_fitting_several_names_lists_them(window):
    message = _type(window, Column.CONSTRAINT_TYPE, "Start no")
    assert message == (
        "'Start no' is not a constraint (one of: Start No Earlier Than, Start No Later Than)"
    )
    message = _type(window, Column.TASK_TYPE, "bogus")
    assert message == (
        "'bogus' is not a task type (one of: Fixed units, Fixed duration, Fixed work)"
    )
