"""A message quotes at most about 60 characters of a bad value, however long the value."""

from __future__ import annotations

from datetime import datetime

import pytest

from app import formats
from app.domain.custom_fields import CustomField
from app.domain.custom_values import parse_value
from app.domain.errors import AppError, FileFormatError, InputError
from app.domain.notation import parse_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.quoting import MESSAGE_LIMIT, QUOTE_LIMIT, capped, quoted
from app.domain.task import Task
from app.io.sheet_values import CellError, read_number, read_percent


def test_quoted_cuts_long_values_with_an_ellipsis():
    assert quoted("abc") == "'abc'"
    long = quoted("9" * 1000)
    assert long == "'" + "9" * QUOTE_LIMIT + "\u2026'"
    assert quoted("a\nb\tc") == "'a b c'"


def test_capped_keeps_beginning_and_end():
    message = "Task UID 3: <Number> '" + "x" * 100_000 + "' is not a number"
    short = capped(message)
    assert len(short) <= MESSAGE_LIMIT + 1
    assert short.startswith("Task UID 3: <Number>")
    assert short.endswith("is not a number")
    assert capped("short") == "short"


def test_every_app_error_is_capped():
    exc = AppError("y" * 1_000_000)
    assert len(str(exc)) <= MESSAGE_LIMIT + 1


@pytest.mark.parametrize("name", ["Number1", "Flag1", "Date1", "Cost1", "Duration1"])
def test_custom_value_message_quotes_a_short_part(name):
    with pytest.raises(InputError) as info:
        parse_value(name, "z" * 32_000, Project())
    assert len(str(info.value)) < 150
    assert "\u2026" in str(info.value)


def test_duration_and_cells_quote_a_short_part():
    with pytest.raises(InputError) as info:
        parse_duration("q" * 50_000, Project())
    assert len(str(info.value)) < 150
    for read in (read_number, lambda v: read_percent(v, False)):
        with pytest.raises(CellError) as cell:
            read("w" * 32_000)
        assert len(str(cell.value)) < 150


def test_mspdi_with_a_megabyte_number_gives_a_short_message(tmp_path):
    project = Project(
        start=datetime(2026, 3, 2, 8), custom_fields=(CustomField("Number1", "Points"),)
    )
    plan = Plan(project=project)
    plan.append_task(Task(uid=1, name="Build", custom=(("Number1", 12345.0),)))
    path = tmp_path / "p.xml"
    formats.write_plan(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<Value>12345</Value>" in text
    path.write_text(
        text.replace("<Value>12345</Value>", f"<Value>{'7x' * 500_000}</Value>"), encoding="utf-8"
    )
    with pytest.raises(FileFormatError) as info:
        formats.read_plan(path)
    message = str(info.value)
    assert len(message) < 200
    assert "Number1" in message
    assert "is not a number" in message
