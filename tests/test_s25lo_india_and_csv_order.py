"""India writes 12,34,567 (lakhs and crores): money, durations, Max units and Number fields
refused it in en_IN, whose sheet writes figures so; they read it wherever a comma groups
(no other reading of it exists), and still refuse a comma misplaced. A CSV's custom Date
column now tells the order its Start and Finish read in: 13/04/2027 there (day first) makes
Start's 02/03/2027 2 March where a US computer read 3 February."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.errors import FileFormatError, InputError
from app.domain.money import locale_number, parse_money
from app.domain.project import Project
from app.domain.typed_rates import typed_number
from app.formats import read_plan
from app.report.locale_numbers import locale_marks
from app.ui.locale_durations import typed_marks
from app.ui.models.custom_columns import typed_custom_value


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("12,34,567", 1234567), ("1,00,000", 100000), ("1,23,45,678.5", 12345678.5)],
)
def test_s25lo_lakhs_read_where_a_comma_groups(typed, value):
    assert locale_number(typed, ",", ".") == value
    assert typed_number(typed, "Max units", ",", ".") == value
    assert parse_money(f"₹{typed}", ("₹", "INR"), (",", ".")) == value


@pytest.mark.parametrize("typed", ["12,34,56", "123,45,678", "1,2,345", "0,12,345"])
def test_s25lo_a_comma_misplaced_is_still_refused(typed):
    assert locale_number(typed, ",", ".") is None
    with pytest.raises(InputError, match="is not a number"):
        typed_number(typed, "Max units", ",", ".")


def test_s25lo_lakhs_are_no_grouping_where_the_comma_is_the_decimal():
    """German's comma is its decimal mark: 12,34,567 stays refused there."""
    assert locale_number("12,34,567", ".", ",") is None
    assert locale_number("12.34.567", ".", ",") is None


@pytest.mark.parametrize(
    ("locale", "typed", "value"),
    [
        ("en_IN", "12,34,567", 1234567),
        ("en_US", "1,234,567", 1234567),
        ("en_GB", "1,234,567", 1234567),
        ("de_DE", "1.234.567", 1234567),
        ("fr_FR", "1 234 567", 1234567),
        ("C", "1234567", 1234567),
    ],
)
def test_s25lo_a_number_field_reads_the_locales_grouping(in_locale, locale, typed, value):
    in_locale(locale)
    project = Project(start=datetime(2027, 1, 4, 8))
    assert typed_custom_value("Number1", typed, project, "Number1", None) == value
    assert QLocale().toString(value) in (typed, "1\u202f234\u202f567")  # as the sheet writes it
    if locale == "en_IN":  # Qt's marks for India are the US's: the reader tells them apart
        assert typed_marks() == (",", ".")
        assert locale_marks().group == ","


def _csv(tmp_path, start: str, review: str):
    path = tmp_path / "client.csv"
    path.write_text(
        f"Name,Start,Duration,Review (Date1)\nDesign,{start},2d,{review}\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("day_first", [False, None])
def test_s25lo_a_custom_date_column_tells_the_csvs_day_order(tmp_path, day_first):
    plan = read_plan(_csv(tmp_path, "02/03/2027", "13/04/2027"), day_first=day_first)
    task = plan.tasks[0]
    assert task.start is not None
    assert (task.start.day, task.start.month) == (2, 3)  # 2 March, as 13/04/2027 tells
    review = dict(task.custom)["Date1"]
    assert (review.day, review.month) == (13, 4)


def test_s25lo_the_csv_says_which_cell_told_the_order(tmp_path):
    notes: list[str] = []
    read_plan(_csv(tmp_path, "02/03/2027", "13/04/2027"), warn=notes.append)
    assert any("'02/03/2027'" in n and "day first" in n and "'13/04/2027'" in n for n in notes)


def test_s25lo_a_custom_date_written_the_other_way_is_refused(tmp_path):
    with pytest.raises(FileFormatError, match="written month first"):
        read_plan(_csv(tmp_path, "01/25/2027", "13/04/2027"))
