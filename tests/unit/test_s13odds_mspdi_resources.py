"""MS Project XML people and assignments: a value no rate, unit or cost can be is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi

_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Site</Name><StartDate>2026-01-05T08:00:00</StartDate>
<Tasks><Task><UID>1</UID><ID>1</ID><Name>Pour</Name><Duration>PT16H0M0S</Duration>
<OutlineLevel>1</OutlineLevel></Task></Tasks>
<Resources><Resource><UID>7</UID><ID>1</ID><Name>Ana</Name><Type>1</Type>
<MaxUnits>{MaxUnits}</MaxUnits><StandardRate>{StandardRate}</StandardRate>
<OvertimeRate>{OvertimeRate}</OvertimeRate><CostPerUse>{CostPerUse}</CostPerUse>
</Resource></Resources>
<Assignments><Assignment><UID>9</UID><TaskUID>1</TaskUID><ResourceUID>7</ResourceUID>
<Units>{Units}</Units><Work>PT16H0M0S</Work><Cost>{Cost}</Cost></Assignment></Assignments>
</Project>
"""
_GOOD = {
    "MaxUnits": "0.5",
    "StandardRate": "40",
    "OvertimeRate": "60",
    "CostPerUse": "1000",
    "Units": "0.5",
    "Cost": "64000",
}


def _write(tmp_path: Path, **values: str) -> Path:
    path = tmp_path / "site.xml"
    path.write_text(_FILE.format(**{**_GOOD, **values}), encoding="utf-8")
    return path


def test_good_values_are_read(tmp_path):
    plan = read_mspdi(_write(tmp_path))
    ana = plan.resource(7)
    assert (ana.max_units, ana.standard_rate, ana.overtime_rate, ana.cost_per_use) == (
        0.5,
        40.0,
        60.0,
        10.0,
    )
    (a,) = plan.assignments
    # a person's <Cost> is read (and checked) but not kept: the cost report works it out
    assert (a.units, a.cost) == (0.5, 0.0)


@pytest.mark.parametrize("element", ["MaxUnits", "StandardRate", "OvertimeRate", "CostPerUse"])
@pytest.mark.parametrize("value", ["lots", "-1", "nan", "inf", "1e400"])
def test_a_bad_resource_value_names_the_element_and_the_resource(tmp_path, element, value):
    with pytest.raises(FileFormatError) as err:
        read_mspdi(_write(tmp_path, **{element: value}))
    message = str(err.value)
    assert "Resource #1 (UID 7)" in message
    assert f"<{element}> '{value}'" in message
    assert "\n" not in message


@pytest.mark.parametrize("element", ["Units", "Cost"])
@pytest.mark.parametrize("value", ["lots", "-0.5", "nan", "-inf"])
def test_a_bad_assignment_value_names_the_element_and_the_assignment(tmp_path, element, value):
    with pytest.raises(FileFormatError) as err:
        read_mspdi(_write(tmp_path, **{element: value}))
    assert "Assignment #1 (UID 9)" in str(err.value)
    assert f"<{element}> '{value}'" in str(err.value)


def test_zero_units_and_zero_max_units_are_values(tmp_path):
    plan = read_mspdi(_write(tmp_path, MaxUnits="0", Units="0"))
    assert plan.resource(7).max_units == 0.0
    assert plan.assignments[0].units == 0.0


def test_the_command_line_refuses_it_in_one_line_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "site.gantry"
    code = main(["convert", str(_write(tmp_path, MaxUnits="-2")), str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "<MaxUnits> '-2' cannot be negative" in err
    assert err.count("\n") == 1
    assert not out.exists()
