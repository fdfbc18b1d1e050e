"""The Gantt timescale and the Usage headers name days and months in the reader's locale
and write a day in its order (``Mo. 4. Jan.``, ``Jan 4``, ``2027年1月4日``), as MS Project's
timescale follows the system language; the C locale writes Gantry's English as before.
The locale is set for a test and put back after."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.day_names import ENGLISH
from app.domain.usage_periods import Scale, period_label
from app.report.timescale import Timescale, Unit, level_named, unit_labels
from app.report.timescale_names import date_names

MONDAY = datetime(2027, 1, 4)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def test_s21dt_c_locale_writes_the_english_captions_as_before():
    assert date_names(QLocale.c()) is ENGLISH
    assert unit_labels(MONDAY, Unit.DAY, date_names(QLocale.c())) == (
        "Mon 4 Jan 2027",
        "Mon 4 Jan",
        "Mon 4",
        "4",
        "M",
    )
    assert unit_labels(MONDAY, Unit.WEEK) == (
        "Week 1, 4 Jan 2027",
        "4 Jan 2027",
        "4 Jan",
        "W1",
        "4",
    )
    assert unit_labels(datetime(2027, 9, 1), Unit.MONTH) == (
        "September 2027",
        "Sep 2027",
        "Sep",
        "S",
    )
    assert [period_label(MONDAY.date(), scale) for scale in Scale] == [
        "Mon 4 Jan",
        "4 Jan 2027",
        "Jan 2027",
    ]


def test_s21dt_german_names_and_order():
    names = date_names(GERMAN)
    assert unit_labels(MONDAY, Unit.DAY, names)[:3] == ("Mo. 4. Jan. 2027", "Mo. 4. Jan.", "Mo. 4")
    assert unit_labels(datetime(2027, 3, 1), Unit.MONTH, names)[:3] == (
        "März 2027",
        "Mär 2027",  # CLDR's stand-alone abbreviation, as a heading names it
        "Mär",
    )
    assert unit_labels(datetime(2027, 3, 1), Unit.WEEK, names)[1] == "KW 9, 1. März"
    assert [period_label(MONDAY.date(), scale, names) for scale in Scale] == [
        "Mo. 4. Jan.",
        "4. Jan. 2027",
        "Jan 2027",
    ]


@pytest.mark.parametrize(
    ("name", "dated", "month"),
    [
        ("en_US", "Jan 4, 2027", "January 2027"),  # month first
        ("en_GB", "4 Jan 2027", "January 2027"),
        ("fr_FR", "4 janv. 2027", "janvier 2027"),
        ("es_ES", "4 de ene de 2027", "enero de 2027"),  # quoted words of the format
        ("ja_JP", "2027年1月4日", "2027年1月"),  # months in figures
        ("ru_RU", "4 янв. 2027\u202fг.", "январь 2027\u202fг."),  # noqa: RUF001 (Russian: stand-alone heads)
    ],
)
def test_s21dt_other_locales_follow_their_long_format(name, dated, month):
    names = date_names(QLocale(name))
    assert names.dated(MONDAY.date()) == dated
    assert names.month_heading(date(2027, 1, 1), full=True) == month


def test_s21dt_timescale_tiers_follow_the_default_locale(german):
    scale = Timescale.at_level(datetime(2027, 1, 4), level_named("days"))
    top, bottom = scale.tiers(0.0, 7 * scale.px_per_day - 1)
    assert top[0].labels[1] == "KW 1, 4. Jan."  # the week of 4 January, its calendar week
    assert [cell.labels[2] for cell in bottom[:2]] == ["Mo. 4", "Di. 5"]
    QLocale.setDefault(QLocale.c())
    top, bottom = scale.tiers(0.0, 7 * scale.px_per_day - 1)
    assert (top[0].labels[1], bottom[1].labels[2]) == ("4 Jan 2027", "Tue 5")
