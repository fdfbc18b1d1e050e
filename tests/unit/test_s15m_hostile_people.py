"""Person values from files and the roster past what the Team member dialog takes are refused
(or, for MS Project names, trimmed) with one message naming the element, cell or column."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import FileFormatError, InputError
from app.domain.resource import MAX_NAME_LENGTH, MAX_RATE, Resource
from app.formats import read_plan, write_plan
from app.io.mspdi import read_mspdi
from app.ui.team.roster_model import RosterColumn, edited
from tests.unit.excel_plans import sample_plan

ROOT = Path(__file__).resolve().parents[2]

_FILE = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Site</Name><StartDate>2026-01-05T08:00:00</StartDate>
<Tasks><Task><UID>1</UID><ID>1</ID><Name>Pour</Name><Duration>PT16H0M0S</Duration>
<OutlineLevel>1</OutlineLevel></Task></Tasks>
<Resources><Resource><UID>7</UID><ID>1</ID><Name>{name}</Name><Type>1</Type>
<MaxUnits>1</MaxUnits><StandardRate>{StandardRate}</StandardRate>
<OvertimeRate>{OvertimeRate}</OvertimeRate><CostPerUse>{CostPerUse}</CostPerUse>
<Rates><Rate><RatesFrom>2026-03-02T08:00:00</RatesFrom><RatesTo>2049-12-31T23:59:00</RatesTo>
<RateTable>1</RateTable><StandardRate>{table_rate}</StandardRate><OvertimeRate>0</OvertimeRate>
<CostPerUse>0</CostPerUse></Rate></Rates>
</Resource></Resources>
<Assignments><Assignment><UID>9</UID><TaskUID>1</TaskUID><ResourceUID>7</ResourceUID>
<Units>1</Units><Work>PT16H0M0S</Work></Assignment></Assignments>
</Project>
"""
_GOOD = {
    "name": "Ana",
    "StandardRate": "40",
    "OvertimeRate": "60",
    "CostPerUse": "1000",
    "table_rate": "45",
}


def _xml(tmp_path: Path, **values: str) -> Path:
    path = tmp_path / "site.xml"
    path.write_text(_FILE.format(**{**_GOOD, **values}), encoding="utf-8")
    return path


def _gantry(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "app", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


# ------------------------------------------------------------------ item 1: rates


def test_the_largest_rate_is_still_read_from_ms_project(tmp_path):
    plan = read_mspdi(_xml(tmp_path, StandardRate=f"{MAX_RATE:.0f}", CostPerUse="1e11"))
    ana = plan.resource(7)
    assert (ana.standard_rate, ana.cost_per_use) == (MAX_RATE, MAX_RATE)
    assert ana.rate_tables[1][0].standard_rate == 45.0


@pytest.mark.parametrize(
    ("values", "element"),
    [
        ({"StandardRate": "1e307"}, "<StandardRate>"),
        ({"OvertimeRate": "1000000000.5"}, "<OvertimeRate>"),
        ({"CostPerUse": "1e12"}, "<CostPerUse>"),
    ],
)
def test_a_huge_ms_project_rate_is_refused_naming_resource_and_element(tmp_path, values, element):
    with pytest.raises(FileFormatError) as err:
        read_mspdi(_xml(tmp_path, **values))
    message = str(err.value)
    assert message.startswith("Resource #1 (UID 7)")
    assert element in message
    assert "the largest rate" in message
    if "CostPerUse" in values:
        assert "'10000000000'" in message  # as the plan holds it, not the file's hundredths
    if "Rate" not in element:
        assert "'Ana'" in message


def test_cli_info_and_json_refuse_a_huge_rate_with_exit_1(tmp_path):
    path = _xml(tmp_path, StandardRate="1e307")
    for args in (("info", str(path)), ("schedule", str(path), "--json")):
        done = _gantry(*args)
        assert done.returncode == 1, done.stdout
        assert done.stdout == ""
        assert "<StandardRate>: '1e307' is more than 1,000,000,000" in done.stderr
        assert "inf" not in done.stderr.replace("info", "")
        assert len(done.stderr.strip().splitlines()) == 1
    done = _gantry("schedule", str(_xml(tmp_path)), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["tasks"]


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(sample_plan(), path, now=datetime(2026, 1, 2, 9, 30))
    return path


def _set(path: Path, title: str, row: int, value: object) -> str:
    wb = openpyxl.load_workbook(path)
    ws = wb["Team"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=row, column=header.index(title) + 1)
    cell.value = value
    wb.save(path)
    return f"Team!{cell.coordinate}"


def test_a_huge_workbook_rate_is_refused_naming_the_cell(exported, tmp_path):
    before = read_plan(exported)
    where = _set(exported, "Std. rate", 3, 1e307)
    with pytest.raises(FileFormatError) as err:
        read_plan(exported)
    assert str(err.value).startswith(f"{where}: ")
    assert "more than 1,000,000,000" in str(err.value)
    done = _gantry("info", str(exported))
    assert (done.returncode, done.stdout) == (1, "")
    assert where in done.stderr
    assert "£inf" not in done.stderr
    _set(exported, "Std. rate", 3, MAX_RATE)  # the limit itself is a rate
    assert read_plan(exported).resource(2).standard_rate == MAX_RATE
    assert before.resource(2).standard_rate != MAX_RATE


@pytest.mark.parametrize(
    "column", [RosterColumn.STANDARD_RATE, RosterColumn.OVERTIME_RATE, RosterColumn.COST_PER_USE]
)
def test_a_huge_rate_typed_in_full_in_the_roster_is_refused(column):
    person = Resource(1, "Ana", standard_rate=40.0)
    with pytest.raises(InputError) as err:
        edited(person, column, "1000000000000000000000")
    assert "'1000000000000000000000' is more than 1,000,000,000" in str(err.value)
    assert edited(person, column, "1000000000").standard_rate in (40.0, MAX_RATE)


# ------------------------------------------------------------------ item 2: long names


def test_a_long_ms_project_name_is_trimmed_with_the_whole_name_in_the_notes(tmp_path):
    long = "Ana" + "x" * 9_997
    plan = read_mspdi(_xml(tmp_path, name=long))
    ana = plan.resource(7)
    assert ana.name == long[:MAX_NAME_LENGTH]
    assert ana.notes.startswith("Named with 10,000 characters in the MS Project file; trimmed")
    assert ana.notes.endswith(long)  # nothing the file said is lost
    short = read_mspdi(_xml(tmp_path, name="y" * MAX_NAME_LENGTH)).resource(7)
    assert (short.name, short.notes) == ("y" * MAX_NAME_LENGTH, "")


def test_a_long_workbook_name_is_refused_naming_the_cell(exported):
    where = _set(exported, "Name", 3, "B" * 10_000)
    with pytest.raises(FileFormatError) as err:
        read_plan(exported)
    assert str(err.value) == (
        f"{where}: a name of 10,000 characters is too long: keep it to {MAX_NAME_LENGTH}"
    )
    _set(exported, "Name", 3, "B" * MAX_NAME_LENGTH)
    assert read_plan(exported).resource(2).name == "B" * MAX_NAME_LENGTH


def test_a_long_name_typed_in_the_roster_is_refused():
    with pytest.raises(InputError, match="10,000 characters is too long"):
        edited(Resource(1, "Ana"), RosterColumn.NAME, "N" * 10_000)


# ------------------------------------------------------------------ item 3: negative units


@pytest.mark.parametrize("value", [-1.0, "-50%"])
def test_negative_workbook_max_units_cannot_be_negative(exported, value):
    where = _set(exported, "Max units", 3, value)
    with pytest.raises(FileFormatError) as err:
        read_plan(exported)
    assert str(err.value).startswith(f"{where}: ")
    assert str(err.value).endswith("cannot be negative")
    assert "between" not in str(err.value)
