"""The timescale's week and quarter captions: "Week 1", "W1" and "Q1" are English words,
left beside German month names ("Januar 2027" under "Q1 2027"). Qt's locale data names no
week or quarter, so a reader in another language has a week named by its Monday, as MS
Project's week labels (``Mo. 4. Jan. 2027``, ``4. Jan.``, ``4``), and a quarter by its
months in the locale's names (``Jan-Mär 2027``, ``Jan-Mär``, ``1-3``, with an en dash).
English locales and C keep the words, C byte for byte. The locale is set for a test and
put back after."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from app.domain.day_names import ENGLISH
from app.report.timescale import (
    Timescale,
    Unit,
    english_words,
    label_kinds,
    level_named,
    unit_labels,
)
from app.report.timescale_names import date_names

MONDAY = datetime(2027, 1, 4)
OCTOBER = datetime(2027, 10, 1)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def _d(text: str) -> str:
    """``text`` with its hyphens as the en dash a quarter's months are joined with."""
    return text.replace("-", "\u2013")


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)


def test_s21d2_c_and_english_keep_the_words():
    assert unit_labels(MONDAY, Unit.WEEK, ENGLISH)[0] == "Week 1, 4 Jan 2027"
    assert unit_labels(OCTOBER, Unit.QUARTER, ENGLISH) == ("Q4 2027", "Q4", "4")
    for name in ("en_US", "en_GB", "en_AU"):
        names = date_names(QLocale(name))
        assert english_words(names)
        assert unit_labels(MONDAY, Unit.WEEK, names)[3] == "W1"
        assert unit_labels(OCTOBER, Unit.QUARTER, names)[1] == "Q4"


def test_s21d2_german_weeks_and_quarters_read_in_german():
    names = date_names(GERMAN)
    assert not english_words(names)
    assert unit_labels(MONDAY, Unit.WEEK, names) == (  # a calendar week, KW (s30lc)
        "KW 1, 4. Jan. 2027",
        "KW 1, 4. Jan.",
        "KW 1",
        "4",
    )
    assert unit_labels(OCTOBER, Unit.QUARTER, names) == (
        _d("Okt-Dez 2027"),
        _d("Okt-Dez"),
        _d("10-12"),
    )


@pytest.mark.parametrize(
    ("name", "quarter"),
    [
        ("fr_FR", _d("oct.-déc. 2027")),
        ("ja_JP", _d("2027年10-12月")),
        ("es_ES", _d("oct-dic de 2027")),
    ],
)
def test_s21d2_other_languages_name_quarters_by_their_months(name, quarter):
    names = date_names(QLocale(name))
    labels = unit_labels(OCTOBER, Unit.QUARTER, names)
    assert labels[0] == quarter
    assert not any(label.startswith(("Q", "T")) for label in labels)


def test_s21d2_kinds_match_the_forms_in_every_locale():
    for names in (ENGLISH, date_names(GERMAN), date_names(QLocale("ja_JP"))):
        for unit in Unit:
            start = datetime(2027, 4, 5)
            assert len(label_kinds(unit, names)) == len(unit_labels(start, unit, names))


def test_s21d2_tiers_in_german(german):
    scale = Timescale.at_level(MONDAY, level_named("months"))
    top, bottom = scale.tiers(0.0, 200 * scale.px_per_day)
    assert top[0].labels[0] == _d("Jan-Mär 2027")
    assert bottom[0].labels[0] == "Januar 2027"
    assert len(top[0].kinds) == len(top[0].labels)
    weeks = Timescale.at_level(MONDAY, level_named("weeks"))
    _, bottom = weeks.tiers(0.0, 14 * weeks.px_per_day)
    assert [cell.labels[2] for cell in bottom[:2]] == ["KW 1", "KW 2"]  # calendar weeks


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_s21d2_printed_quarters_follow_the_system_locale(tmp_path):
    from tests.test_s21d2_printed_dates import _pdf_text

    german = _pdf_text("de_DE.UTF-8", tmp_path, "convert")
    assert _d("Jan-Mär 2027") in german
    assert "Q1 2027" not in german
    assert "Q1 2027" in _pdf_text("C.UTF-8", tmp_path, "convert")
