"""A dot (or comma) before exactly three digits that is neither of the reader's marks could
group thousands or mark decimals: French ``1.500`` was read as 1.5 in money, durations and
Max units. Such a figure is refused, naming the field, with what to type in the locale's
own marks ("type 1 500 or 1,5"); ``1.5`` stays 1.5, and a locale whose mark it is reads it
as before (German 1.500 is 1500; Swiss German, Indian English and US 1.500 are 1.5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from app.domain.custom_values import parse_value
from app.domain.errors import InputError
from app.domain.money import UnclearNumberError, locale_number, parse_money
from app.domain.project import Project
from app.domain.typed_rates import typed_amount, typed_number
from app.ui.locale_durations import typed_duration, typed_marks, typed_work

DAY = 480
PROJECT = Project()


def _refusal(call, *args, **kwargs) -> str:
    """The message of the InputError ``call`` raises."""
    with pytest.raises(InputError) as refused:
        call(*args, **kwargs)
    return str(refused.value)


@pytest.fixture
def locale_set():
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "hint", "days"),
    [
        ("fr_FR", "type 1 500 or 1,5", "type 1 500d or 1,5d"),
        ("ru_RU", "type 1 500 or 1,5", "type 1 500d or 1,5d"),
        ("ar_EG", "type 1\u066c500 or 1\u066b5", "type 1\u066c500d or 1\u066b5d"),
    ],
)
def test_s24lo_a_dot_no_mark_of_the_locale_is_refused_everywhere(name, hint, days):
    marks = typed_marks(QLocale(name))
    assert _refusal(locale_number, "1.500", *marks) == f"'1.500' is unclear: {hint}"
    assert isinstance(_unclear_of(locale_number, "1.500", *marks), UnclearNumberError)
    refused = _refusal(typed_number, "1.500 %", "Max units", *marks)
    assert refused == f"Max units: '1.500 %' is unclear: {hint}"
    assert _refusal(parse_money, "1.500 €", ("€", "EUR"), marks) == f"'1.500 €' is unclear: {hint}"
    refused = _refusal(typed_amount, "1.500/d", "Standard rate", amount="1.500", marks=marks)
    assert refused == f"Standard rate: '1.500/d' is unclear: {hint}"
    refused = _refusal(typed_duration, "1.500d", PROJECT, locale=QLocale(name))
    assert refused == f"'1.500d' is unclear as a duration: {days}"
    refused = _refusal(typed_work, "1.500", PROJECT, locale=QLocale(name))
    assert refused == f"'1.500' is unclear as work: {hint}"


def _unclear_of(call, *args):
    with pytest.raises(UnclearNumberError) as refused:
        call(*args)
    return refused.value


@pytest.mark.parametrize("name", ["fr_FR", "ar_EG"])
def test_s24lo_what_is_no_grouping_stays_read(name):
    locale = QLocale(name)
    marks = typed_marks(locale)
    assert locale_number("1.5", *marks) == 1.5
    assert locale_number("0.500", *marks) == 0.5  # a grouped number starts with no 0 group
    assert locale_number("1234.500", *marks) == 1234.5  # no group has four digits
    assert typed_duration("1.5d", PROJECT, locale=locale).minutes == 1.5 * DAY
    assert parse_money("12.500,50", (), marks) == 12500.5  # the comma decimal: the dot groups


@pytest.mark.parametrize(
    ("name", "money", "days"),
    [
        ("de_DE", 1500, 1500),  # the dot groups
        ("de_CH", 1.5, 1.5),  # the dot is the decimal point
        ("en_IN", 1.5, 1.5),
        ("en_US", 1.5, 1.5),
        ("C", 1.5, 1.5),
    ],
)
def test_s24lo_a_dot_the_locale_has_reads_as_before(name, money, days):
    locale = QLocale(name)
    assert parse_money("1.500", (), typed_marks(locale)) == money
    assert typed_duration("1.500d", PROJECT, locale=locale).minutes == days * DAY
    assert typed_number("1.500", "Max units", *locale_marks_of(locale)) == money


def locale_marks_of(locale: QLocale) -> tuple[str, str]:
    return locale.groupSeparator(), locale.decimalPoint()


def test_s24lo_a_comma_no_mark_of_the_locale_is_refused_too():
    # Swiss German groups with an apostrophe and marks decimals with a dot
    refused = _refusal(parse_money, "1,500", (), typed_marks(QLocale("de_CH")))
    assert refused == "'1,500' is unclear: type 1'500 or 1.5"
    assert parse_money("1,5", (), typed_marks(QLocale("de_CH"))) == 1.5
    # French: the comma is the decimal mark, the dot none
    assert parse_money("1,500", (), typed_marks(QLocale("fr_FR"))) == 1.5


def test_s24lo_a_custom_field_names_itself_with_the_hint():
    marks = typed_marks(QLocale("fr_FR"))
    for name, title in (("Number1", "Budget lines"), ("Cost1", "Budget"), ("Duration1", "Buffer")):
        with pytest.raises(InputError, match=f"^{title}: .*is unclear.*type 1 500.* or 1,5"):
            parse_value(name, "1.500", PROJECT, title, marks=marks)


def test_s24lo_the_french_roster_refuses_and_keeps_max_units(locale_set):
    from app.domain.plan import Plan
    from app.domain.resource import Resource
    from app.ui.document import Document
    from app.ui.team.roster_model import RosterColumn, RosterModel

    locale_set("fr_FR")
    plan = Plan(project=Project())
    plan.resources.append(Resource(1, "Ana"))
    document = Document(plan)
    model = RosterModel(document)
    cell = model.index(0, RosterColumn.MAX_UNITS)
    assert not model.setData(cell, "1.500", 2)
    assert model.last_error == "Max units: '1.500' is unclear: type 1 500 or 1,5"
    assert document.plan.resources[0].max_units == 1.0
    assert model.setData(cell, "1 500", 2)
    assert document.plan.resources[0].max_units == 15.0


def test_s24lo_french_money_cells_refuse_the_dot_and_change_nothing(locale_set, qtbot):
    from dataclasses import replace

    from app.ui.dialogs.task_info_cost import CostFields
    from app.ui.document import Document
    from app.ui.find_query import value_reader
    from app.ui.models.custom_columns import CUSTOM_FIRST, custom_command, custom_name
    from app.ui.models.risk_model import parse_amount
    from app.ui.models.task_edits import Column, command_for_cell
    from tests.gui.conftest import build_plan

    locale_set("fr_FR")
    plan = build_plan()
    document = Document(plan)
    before = document.plan.task(5).fixed_cost
    refused = _refusal(command_for_cell, document, 5, Column.FIXED_COST, "1.500")
    assert refused == "Fixed Cost: '1.500' is unclear: type 1 500 or 1,5"  # names its column
    assert document.plan.task(5).fixed_cost == before
    with pytest.raises(InputError, match="type 1 500 or 1,5"):
        parse_amount("1.500", ("€", "EUR"), marks=typed_marks())
    column = CUSTOM_FIRST
    while custom_name(column) != "Cost1":
        column += 1
    refused = _refusal(custom_command, document, 5, column, "2.500 €")
    assert refused == "Cost1: '2.500 €' is unclear: type 2 500 or 2,5"
    reader = value_reader(Column.FIXED_COST, document.plan.project)
    assert reader is not None
    with pytest.raises(InputError, match="type 1 500 or 1,5"):
        reader("1.500")
    fields = CostFields(replace(plan.task(5), fixed_cost=1.5), plan.project)
    qtbot.addWidget(fields)
    fields.fixed_cost.setText("1.500")
    assert _refusal(fields.values) == "Fixed cost: '1.500' is unclear: type 1 500 or 1,5"
