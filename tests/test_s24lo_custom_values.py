"""Custom fields read as the sheet's own cells: a Duration field takes Arabic's decimal mark
(``1\u066b5d``, as the sheet writes it), Task Information's custom date lines refuse a year
Gantry does not schedule and a Persian (Solar Hijri) year as the sheet's date cells do, and a
client CSV's custom date column reads ``2/9/2027`` in the order its Start column tells."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.custom_fields import CustomField, value_of
from app.domain.custom_values import parse_value
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan
from app.ui.dialogs.custom_fields_tab import CustomFieldsTab
from app.ui.locale_durations import typed_marks

DAY = 480


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", ["ar_EG", "fa_IR"])
def test_s24lo_a_custom_duration_takes_the_arabic_decimal_mark(name):
    marks = typed_marks(QLocale(name))
    assert parse_value("Duration1", "1\u066b5d", Project(), "Buffer", marks=marks) == 1.5 * DAY
    assert parse_value("Duration1", "1\u066c200d", Project(), "Buffer", marks=marks) == 1200 * DAY
    with pytest.raises(InputError, match=r"^Buffer: '1\.500d' is unclear as a duration"):
        parse_value("Duration1", "1.500d", Project(), "Buffer", marks=marks)


def _tab(qtbot) -> CustomFieldsTab:
    project = Project(custom_fields=(CustomField("Date1", "Review"),))
    plan = Plan(project=project)
    plan.append_task(Task(1, "Design", 1, duration_minutes=DAY))
    tab = CustomFieldsTab(plan, 1)
    qtbot.addWidget(tab)
    return tab


@pytest.mark.parametrize(
    ("name", "typed", "said"),
    [
        ("en_US", "1/2/1750", "cannot be scheduled"),
        ("fa_IR", "1405/10/14", "Persian (Solar Hijri)"),
        ("fa_IR", "\u06f1\u06f4\u06f0\u06f5/\u06f1\u06f0/\u06f1\u06f4", "Persian (Solar Hijri)"),
    ],
)
def test_s24lo_task_informations_custom_date_refuses_as_the_sheet(
    locale_set, qtbot, name, typed, said
):
    locale_set(name)
    tab = _tab(qtbot)
    tab.edits["Date1"].setText(typed)
    with pytest.raises(InputError) as refused:
        tab.values(())
    assert str(refused.value).startswith("Review: ")
    assert said in str(refused.value)


def test_s24lo_task_informations_custom_date_reads_the_locales_order(locale_set, qtbot):
    locale_set("en_US")
    tab = _tab(qtbot)
    tab.edits["Date1"].setText("2/9/2027")
    assert value_of(tab.values(()), "Date1") == datetime(2027, 2, 9, 8, 0)


def test_s24lo_a_csv_custom_date_reads_in_the_order_its_start_column_tells(tmp_path):
    path = tmp_path / "client.csv"
    path.write_text(
        "Name,Start,Duration,Review (Date1)\n"
        "Design,1/25/2027,2d,2/9/2027\n"  # 1/25: the client writes the month first
        "Build,2/3/2027,2d,\n",
        encoding="utf-8",
    )
    plan = read_plan(path, day_first=True)  # this computer writes the day first
    review = value_of(plan.tasks[0].custom, "Date1")
    assert (review.month, review.day) == (2, 9)  # 9 February, not 2 September
    assert (plan.tasks[1].start.month, plan.tasks[1].start.day) == (2, 3)  # as Start read
