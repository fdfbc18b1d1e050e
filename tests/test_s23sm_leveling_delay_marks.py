"""A leveling delay typed with the user's decimal mark reads as the Duration cell reads it:
Arabic's and Persian's U+066B ("1\u066b5d", the mark the sheet writes) was refused."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.models.task_model_leveling import leveling_delay_command


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _document() -> Document:
    plan = Plan(project=Project(name="Delays", start=datetime(2027, 1, 4, 8)))
    plan.append_task(Task(1, "Design", duration_minutes=2400))
    return Document(plan)


def _delay(document: Document, text: str) -> int:
    command = leveling_delay_command(document, 1, text)
    assert command is not None
    command.redo()
    return document.plan.task(1).leveling_delay_minutes


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("ar_EG", "1\u066b5d"),
        ("ar_EG", "\u0661\u066b\u0665d"),  # in Arabic-Indic digits, as the sheet writes them
        ("fa_IR", "1\u066b5d"),
        ("de_DE", "1,5d"),
        ("en_US", "1.5d"),
    ],
)
def test_s23sm_a_delay_in_the_users_decimal_mark_is_read(locale_set, name, typed):
    locale_set(name)
    assert _delay(_document(), typed) == 720


def test_s23sm_no_delay_stays_refused_in_arabic(locale_set):
    locale_set("ar_EG")
    document = _document()
    with pytest.raises(InputError):
        leveling_delay_command(document, 1, "abc")
    assert document.plan.task(1).leveling_delay_minutes == 0
