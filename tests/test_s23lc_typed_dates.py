"""Dates typed in Vietnamese, Arabic and Persian read as the sheet writes them there.

Before: an Arabic cell's date (its day and month followed by U+200F, the time with
``ص``/``م`` for a.m./p.m.) read as nothing, so its editor opened in ISO and a date typed
as the sheet shows it was refused; Vietnamese weekdays (``Thứ 2``, a word and a number)
were not taken for a weekday. Arabic-Indic and Persian digits read too. The sheet writes
Gregorian dates in Persian too: a Solar Hijri date typed (year 1405) is refused saying so,
and any year Gantry cannot schedule is refused before it reaches the plan (a manual task
took a start in 1405)."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.locale_dates import local_date
from app.ui.document import Document
from app.ui.locale_dates import locale_typed_date
from app.ui.models.task_date_edits import format_date, format_date_edit
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

START = datetime(2027, 1, 4, 8, 0)
LOCALES = ["de_DE", "fr_FR", "vi_VN", "ar_EG", "fa_IR"]
ISO = "2027-01-04 13:05"


def _digits(text: str, zero: str) -> str:
    """``text`` with its digits 0-9 written from ``zero`` on (Arabic-Indic: U+0660)."""
    return text.translate({ord("0") + i: chr(ord(zero) + i) for i in range(10)})


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def _model() -> TaskTreeModel:
    plan = Plan(project=Project(name="Dates", start=START))
    plan.append_task(Task(1, "Design", duration_minutes=5 * 480))
    plan.append_task(
        Task(2, "Build", duration_minutes=5 * 480, manual=True, start=START, finish=START)
    )
    return TaskTreeModel(Document(plan))


@pytest.mark.parametrize("name", LOCALES)
def test_s23lc_the_sheets_own_dates_read_back(locale_set, name):
    locale_set(name)
    moment = datetime(2027, 1, 4, 13, 5)
    edit = format_date_edit(moment)
    assert edit != ISO  # the locale's form, not ISO's
    for shown in (edit, local_date(moment, clock=True)):  # with the weekday too
        assert locale_typed_date(shown, time(8)) == moment, shown
    assert locale_typed_date(format_date(moment), time(8)) == moment.replace(hour=8, minute=0)


@pytest.mark.parametrize(
    ("name", "typed", "moment"),
    [
        ("vi_VN", "Thứ 3 5/1/2027", datetime(2027, 1, 5, 8)),
        ("vi_VN", "thứ 3, 5/1/2027 14:30", datetime(2027, 1, 5, 14, 30)),
        ("vi_VN", "CN 10/1/2027", datetime(2027, 1, 10, 8)),
        ("ar_EG", _digits("5/1/2027 9:30 ", "\u0660") + "\u0645", datetime(2027, 1, 5, 21, 30)),
        ("ar_EG", "5\u200f/1\u200f/2027 9:30 \u0635", datetime(2027, 1, 5, 9, 30)),
        (
            "ar_EG",
            "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 5/1/2027",
            datetime(2027, 1, 5, 8),
        ),
        ("ar_EG", "2027-01-05", datetime(2027, 1, 5, 8)),  # ISO reads everywhere
        ("fa_IR", _digits("2027/1/5", "\u06f0"), datetime(2027, 1, 5, 8)),
        ("fa_IR", _digits("2027/1/5 14:30", "\u06f0"), datetime(2027, 1, 5, 14, 30)),
        ("fa_IR", "2027/1/5", datetime(2027, 1, 5, 8)),
    ],
)
def test_s23lc_typed_into_a_start_cell(qtbot, locale_set, name, typed, moment):
    locale_set(name)
    model = _model()
    assert model.setData(model.index_of_uid(1, Column.START), typed), typed
    assert model.document.plan.task(1).constraint_date == moment


@pytest.mark.parametrize("typed", ["1405/10/14", "1405/2/31", "14/10/1405"])
def test_s23lc_a_persian_calendar_date_is_refused_saying_why(qtbot, locale_set, typed):
    locale_set("fa_IR")
    model = _model()
    said: list[str] = []
    model.sig_error.connect(said.append)
    for uid in (1, 2):
        assert not model.setData(model.index_of_uid(uid, Column.START), _digits(typed, "\u06f0"))
        assert "Persian (Solar Hijri) calendar" in said[-1]
        assert "Gregorian" in said[-1]
    assert model.document.undo_stack.count() == 0
    assert model.document.plan.task(2).start == START


def test_s23lc_a_year_gantry_cannot_schedule_is_refused_in_any_locale(qtbot, locale_set):
    locale_set("C")
    model = _model()
    said: list[str] = []
    model.sig_error.connect(said.append)
    # a manual task took it, and every schedule after it failed
    assert not model.setData(model.index_of_uid(2, Column.START), "1405-10-14")
    assert said[-1] == (
        "'1405-10-14': a date in 1405 cannot be scheduled (Gantry schedules from 1800 to 2999)"
    )
    assert model.document.plan.task(2).start == START
    with pytest.raises(InputError, match="a date in 3001"):
        locale_typed_date("3001-01-01", time(8))
