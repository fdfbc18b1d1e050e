"""The task sheet's dates read as the locale writes short dates, with the weekday and the
year in full (``Mo. 04.01.2027`` in German, ``Mon 1/4/2027`` in the US), as MS Project shows
dates in the system's short date format; typing takes ISO and the locale's form, and the
C locale keeps ``Mon 2027-01-04``. The locale is set for a test and put back after."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.ui.document import Document
from app.ui.models.task_date_edits import format_date
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

MONDAY = datetime(2027, 1, 4, 8, 0)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


@pytest.fixture
def model(qtbot):
    plan = Plan(project=Project(name="Dates", start=MONDAY))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(Task(2, "Build", duration_minutes=3 * 480))
    return TaskTreeModel(Document(plan))


def test_s21dt_format_date_in_the_locale_s_short_form():
    assert format_date(MONDAY, GERMAN) == "Mo. 04.01.2027"
    assert format_date(MONDAY, QLocale("en_US")) == "Mon 1/4/2027"
    assert format_date(MONDAY, QLocale("fr_FR")) == "lun. 04/01/2027"
    assert format_date(MONDAY, QLocale("ar_EG")).endswith("٢٠٢٧")  # Qt writes other digits
    assert format_date(date(2027, 6, 3), GERMAN) == "Do. 03.06.2027"
    assert format_date(MONDAY, QLocale.c()) == "Mon 2027-01-04"
    assert format_date(None, GERMAN) == ""


def test_s21dt_sheet_shows_and_takes_german_dates(model, german):
    start = model.index_of_uid(1, Column.START)
    finish = model.index_of_uid(1, Column.FINISH)
    assert (start.data(), finish.data()) == ("Mo. 04.01.2027", "Fr. 08.01.2027")
    # typed day first as German writes it: 03.02.2027 is 3 February, not 2 March
    assert model.setData(model.index_of_uid(2, Column.START), "03.02.2027", EDIT)
    task = model.document.plan.task(2)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2027, 2, 3, 8, 0)
    assert model.index_of_uid(2, Column.START).data() == "Mi. 03.02.2027"
    # the text shown typed back is the same date: no edit, no undo step
    steps = model.document.undo_stack.count()
    assert model.setData(model.index_of_uid(2, Column.START), "Mi. 03.02.2027", EDIT)
    assert model.document.undo_stack.count() == steps
    # ISO still reads
    assert model.setData(model.index_of_uid(2, Column.START), "2027-02-10", EDIT)
    assert model.document.plan.task(2).constraint_date == datetime(2027, 2, 10, 8, 0)


def test_s21dt_sheet_in_c_keeps_iso(model, german):
    QLocale.setDefault(QLocale.c())  # (the fixture puts the one before back)
    assert model.index_of_uid(1, Column.START).data() == "Mon 2027-01-04"
    assert model.index_of_uid(1, Column.FINISH).data() == "Fri 2027-01-08"
