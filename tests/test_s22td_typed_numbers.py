"""Find's value and a typed Leveling Delay read the user's numbers, as the sheet's Duration
does since s22lo (app/ui/locale_durations.py): ``1,200d`` is 1200 days on a US computer and
``1.200d`` on a German one, where both read it as 1.2 days. The C locale reads as before."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.find_query import FindQuery, FindTest, Matcher
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480


@pytest.fixture
def sheet(qtbot):
    before = QLocale()
    plan = Plan(project=Project(name="Numbers", start=datetime(2027, 1, 4, 8, 0)))
    for uid, days in ((1, 2), (2, 1300), (3, 5)):
        plan.append_task(Task(uid, f"Task {uid}", duration_minutes=days * DAY))
    yield TaskTreeModel(Document(plan))
    QLocale.setDefault(before)


def _longer_than(model: TaskTreeModel, text: str) -> list[int]:
    query = FindQuery(text, Column.DURATION, FindTest.GREATER)
    return Matcher(model, query).every([1, 2, 3])


def test_s22td_find_reads_a_duration_in_the_users_numbers(sheet):
    assert _longer_than(sheet, "1,200d") == [1, 2, 3]  # C: 1.2 days, as before
    QLocale.setDefault(QLocale("en_US"))
    assert _longer_than(sheet, "1,200d") == [2]  # was 1.2 days: all three
    assert _longer_than(sheet, "1,5d") == [1, 2, 3]  # a lone comma stays a decimal point
    QLocale.setDefault(QLocale("de_DE"))
    assert _longer_than(sheet, "1.200d") == [2]
    assert _longer_than(sheet, "2,5d") == [2, 3]


def _delay(model: TaskTreeModel, text: str) -> int:
    assert model.setData(
        model.index_of_uid(3, Column.LEVELING_DELAY), text, Qt.ItemDataRole.EditRole
    )
    return model.document.plan.task(3).leveling_delay_minutes


def test_s22td_a_leveling_delay_is_typed_in_the_users_numbers(sheet):
    assert _delay(sheet, "1,200d") == round(1.2 * DAY)  # C, as before
    QLocale.setDefault(QLocale("en_US"))
    assert _delay(sheet, "1,200d") == 1200 * DAY  # was 1.2 days
    QLocale.setDefault(QLocale("de_DE"))
    assert _delay(sheet, "1.200d") == 1200 * DAY
    assert _delay(sheet, "2,5d") == round(2.5 * DAY)
    assert _delay(sheet, "0") == 0
    assert _delay(sheet, "1.000") > 600 * DAY  # a bare number grouped: 1000 elapsed days
