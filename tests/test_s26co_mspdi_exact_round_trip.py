"""MS Project's figures survive .xml -> .gantry -> .xml as MS Project wrote them: work done to
the second (it keeps fractions of a minute) and money to the hundredth of a cent, on every
assignment of the shared MS Project files, and rates as stored.

Oracle: mspdiassignmentfields.xml (MS Project 2010) stores Resource One's ActualWork
PT2H0M5.07S, ActualOvertimeWork PT1H6M5.07S, ActualCost 11108.45 and RemainingCost
397891.55 (hundredths: 111.0845 and 3978.9155); before, the round trip wrote PT2H0M0S,
PT1H6M0S, 11100 and 397900.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml import ElementTree

from app import formats
from app.io.mspdi_values import format_duration, money, parse_exact_duration

NS = "{http://schemas.microsoft.com/project}"
_WORK = ("ActualWork", "ActualOvertimeWork")
_MONEY = ("Cost", "ActualCost", "RemainingCost")


def _through_gantry(source: Path, tmp_path: Path) -> Path:
    kept = tmp_path / (source.stem + ".gantry")
    formats.write_plan(formats.read_plan(source), kept)
    out = tmp_path / (source.stem + ".out.xml")
    formats.write_plan(formats.read_plan(kept), out)
    return out


def _rows(path: Path, tag: str) -> dict[int, dict[str, str | None]]:
    out = {}
    for row in ElementTree.parse(path).getroot().iter(NS + tag):
        fields = {child.tag.removeprefix(NS): child.text for child in row}
        if "UID" in fields and (tag != "Assignment" or "TaskUID" in fields):
            out[int(str(fields["UID"]))] = fields
    return out


def test_s26co_resource_one_s_seconds_and_cents_come_back(shared_data, tmp_path):
    source = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    ours = _rows(_through_gantry(source, tmp_path), "Assignment")[2]
    assert (ours["ActualWork"], ours["ActualOvertimeWork"]) == ("PT2H0M5.07S", "PT1H6M5.07S")
    assert (ours["ActualCost"], ours["RemainingCost"], ours["Cost"]) == (
        "11108.45",
        "397891.55",
        "409000",
    )
    task = _rows(_through_gantry(source, tmp_path), "Task")[1]
    assert (task["ActualCost"], task["RemainingCost"]) == ("29908.45", "475291.55")


def _files(shared: Path) -> list[Path]:
    return sorted((shared / "mspdi").glob("*.xml")) + sorted((shared / "mpp").glob("*.xml"))


def test_s26co_every_assignment_s_work_done_and_money_as_stored(shared_data, tmp_path):
    compared = 0
    for source in _files(shared_data):
        ours = _rows(_through_gantry(source, tmp_path), "Assignment")
        for uid, theirs in _rows(source, "Assignment").items():
            mine = ours.get(uid)
            if mine is None or mine.get("ResourceUID") == "-65535":
                continue
            for tag in _WORK:
                if theirs.get(tag) and (mine.get(tag) or tag == "ActualWork"):
                    stored = parse_exact_duration(str(theirs[tag]))
                    got = parse_exact_duration(str(mine[tag] or "PT0H0M0S"))
                    assert got == pytest.approx(stored, abs=1e-6), (source.name, uid, tag)
            for tag in _MONEY:
                if theirs.get(tag) is not None and mine.get(tag) is not None:
                    compared += 1
                    assert float(str(mine[tag])) == pytest.approx(
                        float(str(theirs[tag])), abs=0.011
                    ), (source.name, uid, tag)
    assert compared >= 100


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(120.0845, "PT2H0M5.07S"), (4800, "PT80H0M0S"), (0.5, "PT0H0M30S"), (-480, "-PT8H0M0S")],
)
def test_s26co_durations_written_to_the_hundredth_of_a_second(minutes, text):
    assert format_duration(minutes) == text
    assert parse_exact_duration(text) == pytest.approx(minutes)


@pytest.mark.parametrize(
    ("amount", "text"),
    [(111.0845, "11108.45"), (4090.0, "409000"), (33.3333333, "3333.33"), (-40.5, "-4050")],
)
def test_s26co_money_written_as_ms_project_writes_it(amount, text):
    assert money(amount) == text
