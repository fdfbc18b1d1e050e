"""The sheet's date cell editor opens with the date in the locale's form (``04.01.2027
08:00`` in German, ``1/4/2027 8:00 PM`` in the US), as MS Project edits a date in the form
it shows, where it opened with ISO beside German cells; the text left as it opened reads
back to the same date (no edit), ISO typed over it still reads, and the C locale keeps
``2027-01-04 08:00``. A locale whose form would not read back (Arabic's digits and
right-to-left marks) opens with ISO; Korean's (오후 before the time) reads back since s22lo. The locale is set for a test and put back after."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.ui.document import Document
from app.ui.models.task_date_edits import format_date_edit
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

MONDAY = datetime(2027, 1, 4, 8, 0)
LATE = datetime(2027, 1, 4, 13, 5)
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture
def model(qtbot):
    plan = Plan(project=Project(name="Dates", start=MONDAY))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(
        Task(
            2,
            "Build",
            duration_minutes=3 * 480,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2027, 2, 3, 8, 0),
        )
    )
    return TaskTreeModel(Document(plan))


def test_s21d2_editor_text_in_each_locale(locale_set):
    assert format_date_edit(LATE) == "2027-01-04 13:05"  # C: as before
    locale_set("de_DE")
    assert format_date_edit(LATE) == "04.01.2027 13:05"
    locale_set("en_US")
    assert format_date_edit(LATE).replace("\u202f", " ") == "1/4/2027 1:05 PM"
    locale_set("ja_JP")
    assert format_date_edit(LATE) == "2027/01/04 13:05"
    locale_set("ar_EG")  # in Arabic, as typed dates read it since s23lc (ISO before)
    arabic = "\u0664\u200f/\u0661\u200f/\u0662\u0660\u0662\u0667 \u0661:\u0660\u0665 \u0645"
    assert format_date_edit(LATE) == arabic
    locale_set("ko_KR")
    assert format_date_edit(LATE) == "2027. 1. 4. 오후 1:05"
    assert format_date_edit(None) == ""


def test_s21d2_german_editor_opens_in_german_and_reads_back(model, locale_set):
    locale_set("de_DE")
    start = model.index_of_uid(2, Column.START)
    assert start.data(EDIT) == "03.02.2027 08:00"
    steps = model.document.undo_stack.count()
    assert model.setData(start, start.data(EDIT), EDIT)  # left as it opened: no edit
    assert model.document.undo_stack.count() == steps
    assert model.setData(start, "10.02.2027 13:00", EDIT)
    task = model.document.plan.task(2)
    assert task.constraint_date == datetime(2027, 2, 10, 13, 0)
    assert model.setData(start, "2027-02-11 08:00", EDIT)  # ISO still reads
    assert model.document.plan.task(2).constraint_date == datetime(2027, 2, 11, 8, 0)
    assert model.index_of_uid(2, Column.CONSTRAINT_DATE).data(EDIT) == "11.02.2027 08:00"


def test_s21d2_us_editor_text_reads_back(model, locale_set):
    locale_set("en_US")
    finish = model.index_of_uid(1, Column.FINISH)
    text = finish.data(EDIT)
    assert text.replace("\u202f", " ") == "1/8/2027 5:00 PM"
    steps = model.document.undo_stack.count()
    assert model.setData(finish, text, EDIT)
    assert model.document.undo_stack.count() == steps
    assert model.document.plan.task(1).duration_minutes == 5 * 480


def test_s21d2_c_editor_keeps_iso(model):
    assert model.index_of_uid(1, Column.START).data(EDIT) == "2027-01-04 08:00"
