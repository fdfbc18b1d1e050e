"""Custom fields typed in the sheet read as its own cells do: a Number in the user's marks
("1.234,5" and its own "1234,5" in German, Arabic's decimal mark), a Date as the Start cell
reads one (1800 to 2999, a Persian year refused, not read as a Gregorian day)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.domain.custom_fields import value_of
from app.domain.custom_values import parse_value
from app.domain.errors import InputError
from app.ui.document import Document
from app.ui.models.custom_columns import (
    check_custom_text,
    custom_cell,
    custom_column,
    custom_command,
)
from tests.gui.conftest import build_plan


@pytest.fixture
def in_locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def _typed(document: Document, name: str, text: str):
    command = custom_command(document, 5, custom_column(name), text)
    assert command is not None
    command.redo()
    return value_of(document.plan.task(5).custom, name)


@pytest.mark.parametrize(
    ("locale", "typed", "meant"),
    [
        ("de_DE", "1.234,5", 1234.5),
        ("de_DE", "1234,5", 1234.5),
        ("de_DE", "12,5", 12.5),
        ("en_US", "1,234.5", 1234.5),
        ("en_US", "12.5", 12.5),
        ("ar_EG", "12\u066b5", 12.5),
    ],
)
def test_s23sm_a_number_reads_in_the_users_marks(in_locale, locale, typed, meant):
    in_locale(locale)
    document = Document(build_plan())
    assert _typed(document, "Number1", typed) == pytest.approx(meant)


def test_s23sm_the_number_cell_reads_back_what_it_shows_in_german(in_locale):
    in_locale("de_DE")
    document = Document(build_plan())
    _typed(document, "Number1", "1.234,5")
    column = custom_column("Number1")
    shown = custom_cell(document, 5, column, Qt.ItemDataRole.EditRole)
    assert shown == "1234,5"
    assert custom_command(document, 5, column, shown) is None  # the same value: no change


def test_s23sm_a_file_reads_numbers_as_before():
    project = build_plan().project
    assert parse_value("Number1", "12,5", project) == 12.5
    assert parse_value("Number1", "1e3", project) == 1000.0
    with pytest.raises(InputError, match="Number1: 'abc' is not a number"):
        parse_value("Number1", "abc", project)


def test_s23sm_no_number_in_german_is_refused_with_the_field_named(in_locale):
    in_locale("de_DE")
    document = Document(build_plan())
    with pytest.raises(InputError, match=r"Number1: '12x' is not a number \(try 12 or 12,5\)"):
        custom_command(document, 5, custom_column("Number1"), "12x")


def test_s23sm_a_custom_date_outside_the_scheduled_years_is_refused(in_locale):
    in_locale("en_US")
    document = Document(build_plan())
    with pytest.raises(InputError, match=r"Date1: .*a date in 1405 cannot be scheduled"):
        custom_command(document, 5, custom_column("Date1"), "1405-01-04")
    with pytest.raises(InputError, match=r"Date1: .*cannot be scheduled"):
        check_custom_text(document.plan.project, custom_column("Date1"), "3100-01-04")
    assert value_of(document.plan.task(5).custom, "Date1") is None


def test_s23sm_a_persian_year_in_a_custom_date_is_refused_not_misread(in_locale):
    in_locale("fa_IR")
    document = Document(build_plan())
    with pytest.raises(InputError, match=r"Date1: .*Persian \(Solar Hijri\)"):
        custom_command(document, 5, custom_column("Date1"), "1405/10/14")


def test_s23sm_a_custom_date_reads_as_the_start_cell_does(in_locale):
    in_locale("de_DE")
    document = Document(build_plan())
    moment = _typed(document, "Date1", "4.1.2027")
    assert moment.date() == datetime(2027, 1, 4).date()
    assert moment.time() == document.plan.project.default_start_time
