"""Custom field names, kinds and values as cells read and write them (no Qt)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.custom_fields import (
    FIELD_NAMES,
    CustomField,
    FieldKind,
    canonical_name,
    find_by_title,
    kind_of,
    with_field,
    with_value,
)
from app.domain.custom_values import edit_text, format_value, parse_value
from app.domain.errors import InputError
from app.domain.project import Project

P = Project()


def test_the_fields_ms_project_offers():
    assert len(FIELD_NAMES) == 100
    assert FIELD_NAMES[0] == "Text1"
    assert FIELD_NAMES[29] == "Text30"
    assert kind_of("Flag20") is FieldKind.FLAG
    assert kind_of("Duration10") is FieldKind.DURATION
    with pytest.raises(KeyError):
        kind_of("Text31")
    assert canonical_name(" text 3 ") == "Text3"
    assert canonical_name("Start1") is None


@pytest.mark.parametrize(
    ("name", "typed", "value", "shown"),
    [
        ("Text1", "  Maria  ", "Maria", "Maria"),
        ("Number1", "12.5", 12.5, "12.5"),
        ("Number1", "1,5", 1.5, "1.5"),
        ("Number1", "-3", -3.0, "-3"),
        ("Flag1", "yes", True, "Yes"),
        ("Flag1", "X", True, "Yes"),
        ("Flag1", "No", False, "No"),
        ("Cost1", "€1,200.50", 1200.5, "€1,200.50"),
        ("Duration1", "2d", 960, "2d"),
        ("Duration1", "4h", 240, "4h"),
        ("Date1", "2026-03-02", datetime(2026, 3, 2, 8, 0), "Mon 2026-03-02"),
        ("Date1", "Mon 2026-03-02 13:00", datetime(2026, 3, 2, 13, 0), "Mon 2026-03-02"),
    ],
)
def test_each_kind_reads_and_shows(name, typed, value, shown):
    read = parse_value(name, typed, P)
    assert read == value
    assert type(read) is type(value)
    assert format_value(name, read, P) == shown


@pytest.mark.parametrize(
    ("name", "typed", "message"),
    [
        ("Number2", "twelve", "Number2: 'twelve' is not a number"),
        ("Number2", "nan", "Number2: 'nan' is not a number"),
        ("Flag2", "maybe", "Flag2: 'maybe' is not Yes or No"),
        ("Cost2", "$5", "Cost2: '$5' is in USD"),
        ("Duration2", "5 parsecs", "Duration2: '5 parsecs': unknown duration unit"),
        ("Date2", "32/13/2026", "Date2: '32/13/2026' is not a date"),
    ],
)
def test_bad_values_name_the_field(name, typed, message):
    with pytest.raises(InputError, match=message.replace("$", r"\$")):
        parse_value(name, typed, P)


def test_an_alias_names_the_field_in_messages():
    with pytest.raises(InputError, match=r"^Story points: 'lots'"):
        parse_value("Number1", "lots", P, "Story points")


def test_empty_cells_clear_and_values_stay_in_field_order():
    assert parse_value("Number1", "  ", P) is None
    assert format_value("Number1", None, P) == ""
    assert format_value("Flag1", None, P) == "No"
    assert edit_text("Date1", datetime(2026, 3, 2, 13, 0), P) == "2026-03-02 13:00"
    values = with_value((), "Cost1", 5.0)
    values = with_value(values, "Text2", "a")
    values = with_value(values, "Flag1", True)
    assert values == (("Text2", "a"), ("Flag1", True), ("Cost1", 5.0))
    assert with_value(values, "Flag1", False) == (("Text2", "a"), ("Cost1", 5.0))
    assert with_value(values, "Text2", "") == (("Flag1", True), ("Cost1", 5.0))


def test_aliases():
    fields = with_field((), CustomField("Flag1", "Client-facing"))
    fields = with_field(fields, CustomField("Text1", "Owner"))
    assert [f.name for f in fields] == ["Text1", "Flag1"]
    assert fields[0].title == "Owner"
    assert find_by_title(fields, "OWNER") == "Text1"
    assert find_by_title(fields, "flag1") == "Flag1"
    assert with_field(fields, CustomField("Text1", "")) == (CustomField("Flag1", "Client-facing"),)
