"""Month-end scripts: ``gantry status-date`` takes a time as MS Project's Status Date
carries one and refuses a bad date as a user error (exit 1, one line, the file
unchanged), and no JSON Gantry prints says -0.0 for nothing (``report --json`` gave
``"vac": -0.0`` when the forecast equals the budget)."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.cli.json_text import column_texts, dumps


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    got = capsys.readouterr()
    return status, got.out, got.err


def test_s29mn_status_date_takes_a_time(demo, capsys):
    status, out, _err = _run(capsys, "status-date", demo, "2027-02-26 12:00")
    assert status == 0, out
    assert formats.read_plan(demo).project.status_date == datetime(2027, 2, 26, 12, 0)
    assert "Fri 2027-02-26 12:00" in out


def test_s29mn_status_date_alone_is_the_end_of_that_working_day(demo, capsys):
    assert _run(capsys, "status-date", demo, "2027-02-26")[0] == 0
    assert formats.read_plan(demo).project.status_date == datetime(2027, 2, 26, 17, 0)


@pytest.mark.parametrize("day", ["2027-13-45", "2027-02-30", "soon", "2027-02-26 25:00"])
def test_s29mn_a_bad_status_date_is_a_user_error(demo, capsys, day):
    before = demo.read_bytes()
    status, _out, err = _run(capsys, "status-date", demo, day)
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "status date" in lines[0]
    assert f"'{day}' is not a" in lines[0]
    assert "Traceback" not in err
    assert demo.read_bytes() == before


def test_s29mn_report_json_says_no_negative_zero(demo, capsys):
    # a baseline of the plan as it is: the forecast is the budget, VAC nothing
    assert _run(capsys, "baseline", demo)[0] == 0
    status, out, _err = _run(capsys, "report", demo, "--json")
    assert status == 0
    assert "-0.0" not in out
    assert json.loads(out)["cost"]["vac"] == 0


def test_s29mn_json_writer_writes_minus_zero_as_zero():
    assert dumps({"vac": -0.0, "list": [-0.0, 1.5]}, str) == (
        '{\n  "vac": 0.0,\n  "list": [\n    0.0,\n    1.5\n  ]\n}'
    )
    assert column_texts([0.5, -0.0, -2.0]) == ["0.5", "0.0", "-2.0"]


def test_s29mn_cash_flow_json_says_no_negative_zero(demo, capsys):
    from app.cli.cash_flow_report import _cents

    assert str(_cents(-0.001)) == "0.0"
    assert _cents(-1.004) == -1.0
