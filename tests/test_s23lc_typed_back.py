"""A Duration or Work cell's own text committed again keeps the minutes behind its rounded
text in every locale: the check compared the C form (``0.42w``) while a German cell shows
``0,42w``, so Enter on an untouched German cell read the rounded text back (1000 minutes
became 1008) and made an undo step."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.ui.document import Document
from app.ui.locale_durations import typed_back
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _model() -> TaskTreeModel:
    plan = Plan(project=Project(name="Rounded", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Design", duration_minutes=1000, duration_unit=DurationUnit.WEEKS))
    plan.append_task(Task(2, "Build", duration_minutes=2400))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 320))  # 5.33h
    return TaskTreeModel(Document(plan))


@pytest.mark.parametrize("name", ["de_DE", "fr_FR", "vi_VN", "ar_EG", "fa_IR", "en_US", "C"])
def test_s23lc_a_rounded_cell_committed_again_keeps_its_minutes(qtbot, locale_set, name):
    locale_set(name)
    model = _model()
    plan = model.document.plan
    for uid, column in ((1, Column.DURATION), (2, Column.WORK)):
        index = model.index_of_uid(uid, column)
        shown = index.data()
        model.setData(index, shown)  # Enter on the untouched cell
        assert model.document.undo_stack.count() == 0, (name, column, shown)
    assert plan.task(1).duration_minutes == 1000
    assert plan.assignments[0].work_minutes == 320


def test_s23lc_the_german_cell_is_read_in_its_own_marks(qtbot, locale_set):
    locale_set("de_DE")
    model = _model()
    index = model.index_of_uid(1, Column.DURATION)
    assert index.data() == "0,42w"
    model.setData(index, "0,5w")  # a new value typed is read, in German marks
    assert model.document.plan.task(1).duration_minutes == 1200


def test_s23lc_typed_back_compares_the_form_the_locale_shows():
    assert typed_back(" 0,42w ", "0.42w", QLocale("de_DE"))
    assert not typed_back("0.42w", "0.42w", QLocale("de_DE"))  # 0.42 typed: read it
    assert not typed_back("1,200d", "1,200d", QLocale("de_DE"))  # 1.2 days in German
    assert typed_back("1,200d", "1,200d", QLocale("en_US"))


@pytest.mark.parametrize("name", ["ar_EG", "fa_IR"])
def test_s23lc_arabic_and_persian_marks_type_as_the_sheet_shows_them(qtbot, locale_set, name):
    locale_set(name)
    model = _model()
    index = model.index_of_uid(1, Column.DURATION)
    assert index.data() == "0\u066b42w"  # the decimal mark the sheet writes
    model.setData(index, "0\u066b5w")
    assert model.document.plan.task(1).duration_minutes == 1200
    model.setData(model.index_of_uid(2, Column.DURATION), "\u0661\u066b\u0665d")  # 1.5d
    assert model.document.plan.task(2).duration_minutes == 720
    model.setData(model.index_of_uid(2, Column.DURATION), "1.25d")  # a point still reads
    assert model.document.plan.task(2).duration_minutes == 600
