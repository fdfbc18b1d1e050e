"""Find keeps the number reader's own refusal: a figure whose one mark may group thousands or
mark decimals (``1.500`` in French) says what to type instead, where Find said only "is
not a number"; text that is no number still says so."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.money import UnclearNumberError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.find_query import FindQuery, FindTest, Matcher
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_model import TaskTreeModel

NUMBERS = {1: 1.5, 2: 1500.0, 3: 2000.0}


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
    matcher = Matcher(model, FindQuery(text, custom_column("Number1"), FindTest.GREATER))
    return [uid for uid in NUMBERS if matcher.matches(uid)]


@pytest.mark.parametrize("typed", ["1.500", "1.500 %"])
def test_s24sm_find_says_how_to_type_an_unclear_number(model, locale_set, typed):
    locale_set("fr_FR")
    with pytest.raises(UnclearNumberError) as refused:
        _greater(model, typed)
    assert str(refused.value) == f"'{typed}' is unclear: type 1 500 or 1,5"


def test_s24sm_a_german_grouped_number_is_read(model, locale_set):
    locale_set("de_DE")
    assert _greater(model, "1.500") == [3]  # 1500, not refused
    assert _greater(model, "1,5") == [2, 3]


@pytest.mark.parametrize("name", ["de_DE", "fr_FR"])
def test_s24sm_text_that_is_no_number_is_still_said_so(model, locale_set, name):
    locale_set(name)
    with pytest.raises(InputError) as refused:
        _greater(model, "abc")
    assert str(refused.value) == "'abc' is not a number"
