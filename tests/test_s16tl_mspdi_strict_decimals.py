"""MS Project XML decimals are read as XML writes them, on the fast path and the parser's.

float() takes '5_0' (50), other scripts' digits ('\\uff15', 5), 'nan' and 'inf'; none is an
XML decimal, so <PercentComplete>, <FixedCost> and the resource and assignment numbers
(rates, units, costs) refuse them naming the element ('is not a number', as 'nan' and
'inf' were refused before). An ASCII decimal (a sign, one '.', an exponent) still reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_values import xml_decimal
from tests.mspdi_two_paths import NS
from tests.mspdi_two_paths import read_either_way as _read


def _task(uid: int, extra: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>T{uid}</Name><OutlineLevel>1</OutlineLevel>"
        f"<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>{extra}</Task>"
    )


def _file(tmp_path: Path, task_extra: str = "", resource: str = "", units: str = "1") -> Path:
    path = tmp_path / "plan.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        f"<Tasks>{_task(1)}{_task(2, task_extra)}</Tasks>"
        f"<Resources><Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type>"
        f"{resource}</Resource></Resources>"
        f"<Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID>"
        f"<Units>{units}</Units></Assignment></Assignments></Project>",
        encoding="utf-8",
    )
    return path


_NOT_DECIMALS = ["5_0", "\uff15\uff10", "5\u0660", "nan", "-inf", "Infinity", "1e400", "0x10"]


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
@pytest.mark.parametrize("field", ["PercentComplete", "FixedCost"])
@pytest.mark.parametrize("value", _NOT_DECIMALS)
def test_a_task_number_float_takes_but_xml_does_not_is_refused_naming_it(
    tmp_path, field, value, fast
):
    found = _read(_file(tmp_path, f"<{field}>{value}</{field}>"), fast)
    assert found == f"refused: Task #2 (UID 2): <{field}> '{value}' is not a number"


@pytest.mark.parametrize("field", ["StandardRate", "OvertimeRate", "CostPerUse", "MaxUnits"])
@pytest.mark.parametrize("value", ["1_0", "\uff11", "nan", "inf"])
def test_a_resource_number_float_takes_but_xml_does_not_is_refused(tmp_path, field, value):
    found = _read(_file(tmp_path, resource=f"<{field}>{value}</{field}>"), True)
    assert found == f"refused: Resource #1 (UID 1): <{field}> '{value}' is not a number"


@pytest.mark.parametrize("value", ["1_0", "\uff11", "nan", "inf"])
def test_assignment_units_float_takes_but_xml_does_not_are_refused(tmp_path, value):
    found = _read(_file(tmp_path, units=value), True)
    assert found == f"refused: Assignment #1 (UID 1): <Units> '{value}' is not a number"


@pytest.mark.parametrize("fast", [True, False], ids=["plain rows", "parser"])
def test_ascii_decimals_in_every_spelling_still_read(tmp_path, fast):
    plain = _read(
        _file(tmp_path, "<PercentComplete>50</PercentComplete><FixedCost>1250</FixedCost>"), fast
    )
    assert "refused" not in plain
    task = read_mspdi(
        _file(tmp_path, "<PercentComplete>50</PercentComplete><FixedCost>1250</FixedCost>")
    ).task(2)
    assert (task.percent_complete, task.fixed_cost) == (50.0, 12.5)
    for percent, cost in (("+50.", "1.25e3"), (" 5e1\n", "+1250.0"), (".5E2", "12500e-1")):
        extra = f"<PercentComplete>{percent}</PercentComplete><FixedCost>{cost}</FixedCost>"
        assert _read(_file(tmp_path, extra), fast) == plain


def test_xml_decimal_takes_ascii_decimals_only():
    assert xml_decimal(" -1.5e2 ") == -150.0
    assert xml_decimal(".5") == 0.5
    for text in ("", ".", "1.2.3", "1e", "5_0", "\uff15", "nan", "inf", "1e400", "1 0"):
        with pytest.raises(ValueError, match="not an XML decimal"):
            xml_decimal(text)
