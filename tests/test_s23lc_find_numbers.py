"""Find's number tests read numbers in the user's locale, as the sheet writes them and the
roster reads them: in German ``1,5`` is one and a half (it was 15: every comma was dropped)
and a cell showing ``1.234,5`` is 1234.5; the US reads ``1,234.5``; Arabic its own marks."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.find_query import FindQuery, FindTest, Matcher
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel

NUMBERS = {1: 1.5, 2: 15.0, 3: 1234.5}


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.fixture
def model(qtbot):
    plan = Plan(project=Project(name="Numbers", start=datetime(2027, 1, 4, 8)))
    for uid, number in NUMBERS.items():
        plan.append_task(
            Task(uid, f"Task {uid}", duration_minutes=480, custom=(("Number1", number),))
        )
    return TaskTreeModel(Document(plan))


def _greater(model, text: str) -> list[int]:
    query = FindQuery(text, custom_column("Number1"), FindTest.GREATER)
    matcher = Matcher(model, query)
    return [uid for uid in NUMBERS if matcher.matches(uid)]


@pytest.mark.parametrize(
    ("name", "one_and_a_half", "thousands"),
    [
        ("de_DE", "1,5", "1.000,5"),
        ("fr_FR", "1,5", "1\u202f000,5"),
        ("en_US", "1.5", "1,000.5"),
        ("vi_VN", "1,5", "1.000,5"),
        ("ar_EG", "1\u066b5", "1\u066c000\u066b5"),
        ("C", "1.5", "1,000.5"),
    ],
)
def test_s23lc_find_reads_numbers_in_the_users_locale(
    model, locale_set, name, one_and_a_half, thousands
):
    locale_set(name)
    assert _greater(model, one_and_a_half) == [2, 3]  # 15 and 1234.5: not 15 itself
    assert _greater(model, "2") == [2, 3]
    assert _greater(model, thousands) == [3]  # the cell's 1.234,5 read as 1234.5
    assert _greater(model, "1300") == []


def test_s23lc_a_german_one_and_a_half_is_not_fifteen(model, locale_set):
    locale_set("de_DE")
    shown = model.index_of_uid(3, custom_column("Number1")).data()
    assert "," in shown  # the sheet writes German numbers, which Find reads back
    assert _greater(model, "14,9") == [2, 3]
    assert _greater(model, "15") == [3]


def test_s23lc_find_refuses_text_that_is_no_number(model, locale_set):
    locale_set("de_DE")
    with pytest.raises(InputError, match="'abc' is not a number"):
        _greater(model, "abc")
