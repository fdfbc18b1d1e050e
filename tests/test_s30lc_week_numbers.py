"""German and French readers see calendar weeks in the timescale (s30xl F8): ``KW 13`` and
``S13``, the ISO week, as English readers see ``W13``; a language without a known week word
keeps its weeks named by their dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from app.report.timescale import Unit, label_kinds, unit_labels
from app.report.timescale_names import date_names


def test_s30lc_german_and_french_calendar_weeks():
    monday = datetime(2027, 3, 29)
    german = unit_labels(monday, Unit.WEEK, date_names(QLocale("de_DE")))
    french = unit_labels(monday, Unit.WEEK, date_names(QLocale("fr_FR")))
    assert german[0] == "KW 13, 29. März 2027"
    assert german[2] == "KW 13"
    assert french[2] == "S13"
    assert len(label_kinds(Unit.WEEK, date_names(QLocale("de_DE")))) == len(german)


def test_s30lc_calendar_week_is_iso_across_the_new_year():
    # 3 January 2022 is a Monday in ISO week 1; 27 December 2021 in week 52
    names = date_names(QLocale("de_DE"))
    assert unit_labels(datetime(2021, 12, 27), Unit.WEEK, names)[2] == "KW 52"
    assert unit_labels(datetime(2022, 1, 3), Unit.WEEK, names)[2] == "KW 1"


def test_s30lc_language_without_a_week_word_keeps_dates():
    names = date_names(QLocale("ru_RU"))
    labels = unit_labels(datetime(2027, 3, 29), Unit.WEEK, names)
    assert not any("KW" in label or label.startswith("W") for label in labels)
    assert len(label_kinds(Unit.WEEK, names)) == len(labels)
