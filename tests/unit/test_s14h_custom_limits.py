"""MS Project's limits on custom fields: Text values hold 255 characters, aliases 50;
control characters are refused where typed, tabs and line breaks become spaces."""

from __future__ import annotations

from datetime import datetime

import pytest

from app import formats
from app.domain.custom_fields import (
    ALIAS_LIMIT,
    TEXT_LIMIT,
    CustomField,
    ListValue,
    checked_alias,
    fitted_alias,
    value_list,
)
from app.domain.custom_values import parse_value
from app.domain.errors import FileFormatError, InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.sheet_values import CellError
from app.io.workbook_custom import read_cell

_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-01-05T08:00:00'
    "</StartDate>{defs}<Tasks><Task><UID>1</UID><ID>1</ID><Name>One</Name>"
    "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>"
    "{values}</Task></Tasks></Project>"
)


def _xml(tmp_path, values: dict[str, str], aliases: dict[str, str] | None = None):
    defs = "".join(
        f"<ExtendedAttribute><FieldID>{FIELD_IDS[n]}</FieldID><Alias>{a}</Alias></ExtendedAttribute>"
        for n, a in (aliases or {}).items()
    )
    vals = "".join(
        f"<ExtendedAttribute><FieldID>{FIELD_IDS[n]}</FieldID><Value>{v}</Value></ExtendedAttribute>"
        for n, v in values.items()
    )
    path = tmp_path / "p.xml"
    path.write_text(
        _XML.format(defs=f"<ExtendedAttributes>{defs}</ExtendedAttributes>", values=vals),
        encoding="utf-8",
    )
    return path


def test_typed_text_over_255_is_refused_naming_field_and_limit():
    project = Project(custom_fields=(CustomField("Text1", "Owner"),))
    assert parse_value("Text1", "a" * TEXT_LIMIT, project, "Owner") == "a" * TEXT_LIMIT
    with pytest.raises(InputError) as info:
        parse_value("Text1", "a" * 100_000, project, "Owner")
    message = str(info.value)
    assert message.startswith("Owner:")
    assert "100,000 characters" in message
    assert str(TEXT_LIMIT) in message
    assert "\n" not in message


def test_tabs_and_breaks_pasted_become_spaces_other_controls_refused():
    project = Project()
    assert parse_value("Text1", "Ana\tBen\r\n", project) == "Ana Ben"
    with pytest.raises(InputError) as info:
        parse_value("Text1", "bell\x07", project, "Owner")
    assert "U+0007" in str(info.value)
    assert str(info.value).startswith("Owner:")


def test_alias_typed_over_50_or_with_control_is_refused():
    assert checked_alias("Text1", " Owner\t") == "Owner"
    assert checked_alias("Text1", "x" * ALIAS_LIMIT) == "x" * ALIAS_LIMIT
    with pytest.raises(InputError, match="Text1: the name is 100,000 characters long"):
        checked_alias("Text1", "x" * 100_000)
    with pytest.raises(InputError, match=r"U\+001B"):
        checked_alias("Text1", "Own\x1ber")


def test_value_list_entry_with_control_is_refused():
    with pytest.raises(InputError, match=r"U\+0000"):
        value_list("Text1", [ListValue("Lo\x00w")], restricted=False, title="Risk")
    with pytest.raises(InputError, match="a value in the list is 300 characters"):
        value_list("Text1", [ListValue("v" * 300)], restricted=False, title="Risk")


def test_fitted_alias_cuts_with_ellipsis():
    assert fitted_alias("Owner") == "Owner"
    cut = fitted_alias("y" * 100_000)
    assert len(cut) == ALIAS_LIMIT
    assert cut.endswith("\u2026")
    assert fitted_alias("a\x07b\tc") == "ab c"


def test_mspdi_text_over_255_is_refused_naming_element(tmp_path):
    path = _xml(tmp_path, {"Text1": "t" * 5000})
    with pytest.raises(FileFormatError) as info:
        formats.read_plan(path)
    message = str(info.value)
    assert "Task UID 1" in message
    assert "<ExtendedAttribute> Text1" in message
    assert "5,000 characters" in message
    assert len(message) < 200


def test_mspdi_long_alias_is_cut(tmp_path):
    plan = formats.read_plan(_xml(tmp_path, {"Text1": "x"}, {"Text1": "A" * 10_000}))
    (field,) = plan.project.custom_fields
    assert len(field.alias) == ALIAS_LIMIT
    assert field.alias.endswith("\u2026")


@pytest.mark.parametrize("name", ["Date1", "Number1", "Flag1", "Cost1", "Duration1", "Text1"])
def test_mspdi_empty_value_is_no_value_for_every_kind(tmp_path, name):
    plan = formats.read_plan(_xml(tmp_path, {name: "", "Text2": "kept"}))
    assert dict(plan.tasks[0].custom) == {"Text2": "kept"}


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_other_files_refuse_text_over_255(tmp_path, ext):
    project = Project(start=datetime(2026, 3, 2, 8), custom_fields=(CustomField("Text1", "Owner"),))
    plan = Plan(project=project)
    plan.append_task(Task(uid=1, name="Build", custom=(("Text1", "o" * 300),)))
    path = tmp_path / f"p{ext}"
    formats.write_plan(plan, path)
    with pytest.raises(FileFormatError) as info:
        formats.read_plan(path)
    assert "300 characters" in str(info.value)


def test_returned_workbook_cell_over_255_is_refused():
    project = Project(custom_fields=(CustomField("Text1", "Owner"),))
    with pytest.raises(CellError) as info:
        read_cell("Text1", "w" * 32_000, project, "Owner")
    assert str(info.value).startswith("Owner:")
    assert "32,000 characters" in str(info.value)


@pytest.mark.parametrize("ext", [".csv", ".gan"])
def test_a_long_alias_read_from_a_file_is_cut_with_a_note(tmp_path, ext):
    from app.io.csv_plan import read_csv

    project = Project(
        start=datetime(2026, 3, 2, 8), custom_fields=(CustomField("Text1", "L" * 400),)
    )
    plan = Plan(project=project)
    plan.append_task(Task(uid=1, name="Build", custom=(("Text1", "x"),)))
    path = tmp_path / f"p{ext}"
    formats.write_plan(plan, path)
    heard: list[str] = []
    back = (
        read_csv(path, warn=heard.append)
        if ext == ".csv"
        else formats.read_plan(path, note=heard.append)
    )
    (field,) = back.project.custom_fields
    assert field.alias == "L" * (ALIAS_LIMIT - 1) + "\u2026"
    assert any("Text1" in line and f"cut to {ALIAS_LIMIT} characters" in line for line in heard), (
        heard
    )
