"""A person's units typed without a % sign below 10 (``Eve[0.5]``: half time, or 0.5 %?)
are refused wherever they are typed, naming both readings, as the client workbook's Max
units cells refuse 1.5; ``Eve[50]`` stays 50 % (MS Project's percentage format) and
``Eve[0.5%]`` stays 0.5 %."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.assigning import parse_assignments
from app.domain.errors import FileFormatError, InputError
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.io.csv_plan import read_csv
from app.ui.dialogs.assign_units import parse_units


def _plan() -> Plan:
    plan = Plan(tasks=[Task(uid=1, name="Cabling")])
    plan.add_resource(Resource(1, "Eve"))
    plan.add_resource(Resource(2, "Cable", type=ResourceType.MATERIAL))
    return plan


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (
            "Eve[0.5]",
            "'Eve[0.5]': 0.5 could be 50% or 0.5% of full time; type Eve[50%] or Eve[0.5%]",
        ),
        ("Eve[2]", "'Eve[2]': 2 could be 200% or 2% of full time; type Eve[200%] or Eve[2%]"),
        ("Eve[0,5]", "'Eve[0,5]': 0.5 could be 50% or 0.5%"),
    ],
)
def test_s28ms_the_people_cell_refuses_units_that_read_two_ways(typed: str, says: str) -> None:
    with pytest.raises(InputError) as err:
        parse_assignments(_plan(), typed, 1)
    assert str(err.value).startswith(says)


@pytest.mark.parametrize(
    ("typed", "units"),
    [("Eve[50]", 0.5), ("Eve[0.5%]", 0.005), ("Eve[10]", 0.1), ("Eve", 1.0), ("Cable[0.5]", 0.5)],
)
def test_s28ms_units_that_read_one_way_are_kept(typed: str, units: float) -> None:
    ((_uid, got),) = parse_assignments(_plan(), typed, 1)
    assert got == pytest.approx(units)


def _csv(tmp_path: Path, cell: str) -> Path:
    path = tmp_path / "plan.csv"
    path.write_text(f'Task,Duration,People\nCabling,2d,"{cell}"\n', encoding="utf-8")
    return path


def test_s28ms_a_client_sheet_reads_the_people_cell_the_same_way(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"^plan!C2: 'Eve\[0.5\]': 0.5 could be 50%"):
        read_csv(_csv(tmp_path, "Eve[0.5]"))
    plan = read_csv(_csv(tmp_path, "Eve[0.5%], Ann[50]"))
    assert [round(a.units, 4) for a in plan.assignments] == [0.005, 0.5]


def test_s28ms_the_cli_refuses_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.gantry"
    assert main(["convert", str(_csv(tmp_path, "Eve[0.5]")), str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "'Eve[0.5]': 0.5 could be 50% or 0.5%" in err[0]
    assert not out.exists()


def test_s28ms_assign_resources_units_read_the_same_way() -> None:
    eve = Resource(1, "Eve")
    with pytest.raises(InputError, match=r"^Units '0.5': 0.5 could be 50% or 0.5%"):
        parse_units("0.5", eve)
    assert parse_units("0.5%", eve) == "0.5%"
    assert parse_units("50", eve) == "50%"
