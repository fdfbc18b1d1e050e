"""The command line with custom fields in GanttProject files and CSV tables: a plan's
values and aliases survive .gantry -> .gan/.csv -> .gantry (gantry diff shows no custom
change), a diff against the copy itself compares them, a real GanttProject file's custom
property shows in schedule --json, and a bad value is one line, exit 1, nothing written."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.domain.custom_fields import FIELD_NAMES, ListValue, value_list
from app.store.document import GantryFile
from tests.cli.test_cli import gantry
from tests.unit.test_s14gan_csv_custom import _plan

_CUSTOM = {*FIELD_NAMES, "custom_fields"}


def _custom_changes(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [c for c in json.loads(result.stdout)["changes"] if c.get("field") in _CUSTOM]


@pytest.mark.parametrize("ext", [".gan", ".csv"])
def test_a_round_trip_through_the_format_changes_no_custom_field(tmp_path, ext):
    source = tmp_path / "plan.gantry"
    GantryFile.create(source, _plan()).close()
    copy, back = tmp_path / f"copy{ext}", tmp_path / "back.gantry"
    converted = gantry("convert", source, copy)
    assert converted.returncode == 0, converted.stderr
    assert converted.stderr == ""  # nothing left out: no note
    assert gantry("convert", copy, back).returncode == 0
    assert _custom_changes(gantry("diff", "--json", source, back)) == []
    assert _custom_changes(gantry("diff", "--json", source, copy)) == []


def test_a_value_changed_in_the_gan_copy_is_a_change(tmp_path):
    source = tmp_path / "plan.gantry"
    GantryFile.create(source, _plan()).close()
    copy = tmp_path / "copy.gan"
    assert gantry("convert", source, copy).returncode == 0
    text = copy.read_text()
    assert 'value="Cy"' in text
    copy.write_text(text.replace('value="Cy"', 'value="Dee"'))
    changes = _custom_changes(gantry("diff", "--json", source, copy))
    assert [(c["uid"], c["field"], c["old"], c["new"]) for c in changes] == [
        (2, "Text1", "Cy", "Dee")
    ]


def test_a_value_list_is_named_on_stderr_and_its_values_kept(tmp_path):
    plan = _plan()
    listed = value_list("Text1", [ListValue("Cy"), ListValue("=1+1")], True)
    plan.set_custom_field(replace(listed, alias="Owner"))
    source = tmp_path / "plan.gantry"
    GantryFile.create(source, plan).close()
    result = gantry("convert", source, tmp_path / "copy.gan")
    assert result.returncode == 0
    assert result.stderr == (
        "gantry: note: .gan keeps no value list: the value list of 'Owner' is not saved "
        "(the values are)\n"
    )
    changes = _custom_changes(gantry("diff", "--json", source, tmp_path / "copy.gan"))
    assert [(c["field"], c["new"]) for c in changes] == [
        ("custom_fields", "Text1=Owner, Text2=Notes, Date3=Unused, Cost1=Budget")
    ]


def test_the_shared_gan_shows_its_custom_property_in_schedule_json(shared_data):
    result = gantry(
        "schedule", "--json", shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"
    )
    assert result.returncode == 0, result.stderr
    tasks = json.loads(result.stdout)["tasks"]
    done = [t["name"] for t in tasks if t.get("custom") == {"Is done": True}]
    assert "Create draft of architecture" in done
    assert all(t["percent_complete"] == 100 for t in tasks if t["name"] in done)
    assert all(set(t.get("custom", {})) <= {"Is done"} for t in tasks)


def test_a_bad_value_is_one_line_and_nothing_is_written(tmp_path):
    source = tmp_path / "plan.gantry"
    GantryFile.create(source, _plan()).close()
    copy = tmp_path / "copy.gan"
    assert gantry("convert", source, copy).returncode == 0
    copy.write_text(copy.read_text().replace('value="1234.56"', 'value="a lot"'))
    out = tmp_path / "out.gantry"
    result = gantry("convert", copy, out)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert 'task id 0: <customproperty taskproperty-id="tpc' in result.stderr
    assert 'has value="a lot", not a number' in result.stderr
    assert not out.exists()


def test_properties_beyond_gantrys_fields_are_a_note_on_stderr(tmp_path):
    props = "".join(
        f'<taskproperty id="tpc{n}" name="Check {n}" type="custom" valuetype="boolean"/>'
        for n in range(22)
    )
    path = tmp_path / "flags.gan"
    path.write_text(
        f'<?xml version="1.0"?><project name="P"><tasks><taskproperties>{props}'
        '</taskproperties><task id="0" name="T" start="2026-03-02" duration="1">'
        '<customproperty taskproperty-id="tpc21" value="true"/></task></tasks></project>'
    )
    result = gantry("schedule", "--json", path)
    assert result.returncode == 0
    assert result.stderr == (
        "gantry: note: flags.gan: Gantry has 20 Flag fields; 2 more flag properties are "
        "left out ('Check 20', 'Check 21')\n"
    )
    assert "custom" not in json.loads(result.stdout)["tasks"][0]  # its value went with it
