"""Reading MS Project XML says on stderr what the plan leaves out of the file, one line
each, with counts and the first example: custom fields Gantry does not keep (enterprise
fields, outline codes, resource and assignment fields) and their values, value lists on
other fields than Text, aliases cut to 50 characters. A file that loses nothing says
nothing; stdout is what it was."""

from __future__ import annotations

import json

import pytest

from app.io.mspdi_custom_fields import FIELD_IDS
from tests.cli.test_cli import gantry

_TAIL = "Gantry keeps the Text, Number, Flag, Date, Cost and Duration fields of tasks"


# the client's bar marks and project settings not kept: told apart (test_s31rt_settings_notes)
_SETTINGS = (
    "(<HideBar>)",
    "(<Rollup>)",
    "(<LevelingCanSplit> 0)",
    "project settings not kept",
    "Can Level was off",
    "times are kept to the minute",
)


def _notes(stderr: str) -> list[str]:
    return [
        line
        for line in stderr.splitlines()
        if line.startswith("gantry: note: ") and not any(words in line for words in _SETTINGS)
    ]


def test_enterprise_field_definitions_are_one_note(shared_data):
    result = gantry("schedule", "--json", shared_data / "mpp" / "schedule-conflict.xml")
    assert result.returncode == 0
    assert _notes(result.stderr) == [
        "gantry: note: schedule-conflict.xml: 13 custom fields Gantry does not keep are left "
        "out, none holding a value (enterprise task, project, resource and assignment fields; "
        "first: 'Health' (Enterprise Custom Field 2, FieldID 188776449))"
    ]


def test_resource_custom_values_are_counted(shared_data):
    result = gantry("schedule", "--json", shared_data / "mspdi" / "mspdiresource.xml")
    assert result.returncode == 0
    # its resource codes, baselines and actuals by day are noted too (test_s15h_mspdi)
    assert [n for n in _notes(result.stderr) if "custom field" in n] == [
        "gantry: note: mspdiresource.xml: 110 values of 110 custom fields Gantry does not "
        "keep are left out (resource outline codes, resource fields; first: FieldID "
        f"205520904 = '1' on Resource #2 (UID 1)); {_TAIL}"
    ]


def test_assignment_flags_are_counted(shared_data):
    result = gantry("schedule", "--json", shared_data / "mpp" / "Residential-Construction.xml")
    assert result.returncode == 0
    assert _notes(result.stderr) == [
        "gantry: note: Residential-Construction.xml: 192 values of 2 custom fields Gantry "
        "does not keep are left out (assignment fields; first: 'Flag5' (FieldID 255852671) "
        f"= '1' on Assignment #1 (UID 20)); {_TAIL}"
    ]


@pytest.mark.parametrize("name", ["mspdi/sample.xml", "mspdi/caltest.xml", "mpp/SampleProject.xml"])
def test_a_file_that_loses_nothing_says_nothing(shared_data, name):
    result = gantry("schedule", "--json", shared_data / name)
    assert result.returncode == 0
    assert _notes(result.stderr) == []
    assert all(line.startswith("gantry: note: ") for line in result.stderr.splitlines())


def _xml(tmp_path, alias: str = "Owner", number_list: bool = False, enterprise: bool = False):
    text1, number1 = FIELD_IDS["Text1"], FIELD_IDS["Number1"]
    listed = (
        "<ValueList><Value><ID>1</ID><Value>5</Value></Value>"
        "<Value><ID>2</ID><Value>8</Value></Value></ValueList>"
        if number_list
        else ""
    )
    defs = (
        f"<ExtendedAttribute><FieldID>{text1}</FieldID><FieldName>Text1</FieldName>"
        f"<Alias>{alias}</Alias></ExtendedAttribute>"
        f"<ExtendedAttribute><FieldID>{number1}</FieldID><FieldName>Number1</FieldName>"
        f"{listed}</ExtendedAttribute>"
    )
    values = f"<ExtendedAttribute><FieldID>{text1}</FieldID><Value>Ana</Value></ExtendedAttribute>"
    if enterprise:
        defs += (
            "<ExtendedAttribute><FieldID>188776449</FieldID>"
            "<FieldName>Enterprise Custom Field 2</FieldName><Alias>Health</Alias>"
            "</ExtendedAttribute>"
        )
        values += "<ExtendedAttribute><FieldID>188776449</FieldID><Value>Green</Value></ExtendedAttribute>"
    tasks = "".join(
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>{values}</Task>"
        for uid in (1, 2)
    )
    path = tmp_path / "fields.xml"
    path.write_text(
        '<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project">'
        "<Name>P</Name><StartDate>2026-03-02T08:00:00</StartDate>"
        f"<ExtendedAttributes>{defs}</ExtendedAttributes><Tasks>{tasks}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def test_kept_fields_only_say_nothing(tmp_path):
    result = gantry("schedule", "--json", _xml(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["tasks"][0]["custom"] == {"Owner": "Ana"}


def test_enterprise_task_values_name_the_first(tmp_path):
    result = gantry("schedule", "--json", _xml(tmp_path, enterprise=True))
    assert result.returncode == 0, result.stderr
    assert _notes(result.stderr) == [
        "gantry: note: fields.xml: 2 values of 1 custom field Gantry does not keep are left "
        "out (enterprise task fields; first: 'Health' (Enterprise Custom Field 2, FieldID "
        f"188776449) = 'Green' on Task UID 1); {_TAIL}"
    ]
    assert json.loads(result.stdout)["tasks"][0]["custom"] == {"Owner": "Ana"}


def test_a_value_list_on_a_number_field_is_kept_without_a_note(tmp_path):
    # Number fields take value lists since s15 (test_s15v_mspdi_lists: a Flag's is the note)
    result = gantry("schedule", "--json", _xml(tmp_path, number_list=True))
    assert result.returncode == 0, result.stderr
    assert _notes(result.stderr) == []


def test_an_alias_cut_to_50_characters_is_a_note(tmp_path):
    result = gantry("schedule", "--json", _xml(tmp_path, alias="A" * 60))
    assert result.returncode == 0, result.stderr
    assert _notes(result.stderr) == [
        "gantry: note: fields.xml: the name of Text1 is cut to 50 characters (MS Project's limit)"
    ]
    assert "gantry: note: fields.xml" not in gantry("schedule", _xml(tmp_path, "A" * 50)).stderr
