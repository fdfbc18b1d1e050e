"""Round trips through every format keep what each format can hold.

xml -> gantry -> xlsx -> gantry -> xml comes back with no change ``gantry diff``
reports; gan -> gantry -> gan too. MS Project XML -> .gan reports only what a
GanttProject file cannot carry (sub-day durations, 7.5-hour days, MS Project's
1000 priorities, percentage lags, milestones with a duration).
"""

from __future__ import annotations

import json

import pytest

from app.cli import main

_XML = [
    "mpp/Residential-Construction.xml",
    "mspdi/mspdiresource.xml",
    "mspdi/calendar-recurring-exceptions-project2016-mspdi.xml",
    "mpp/TestRecurringTask2016.xml",
    "mspdi/mspdisplittask.xml",
]
_GAN = [
    "gan/ganttproject-HouseBuildingSample.gan",
    "gan/openharvest-GanttChart.gan",
    "gan/blyoa-task-with-dependencies.gan",
    "gan/blyoa-task-in-baseline-crossing-one-off-holiday.gan",
]


def _changes(capsys, old, new) -> list[dict]:
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["changes"]


def _chain(capsys, source, steps) -> object:
    previous = source
    for step in steps:
        assert main(["convert", str(previous), str(step)]) == 0, capsys.readouterr().err
        previous = step
    capsys.readouterr()
    return previous


@pytest.mark.parametrize("name", _XML)
def test_xml_through_gantry_and_workbook_comes_back_unchanged(shared_data, tmp_path, capsys, name):
    source = shared_data / name
    stem = tmp_path / source.stem
    steps = [stem.with_suffix(s) for s in (".1.gantry", ".2.xlsx", ".3.gantry", ".4.xml")]
    end = _chain(capsys, source, steps)
    assert _changes(capsys, source, end) == []


@pytest.mark.parametrize("name", _GAN)
def test_gan_through_gantry_comes_back_unchanged(shared_data, tmp_path, capsys, name):
    source = shared_data / name
    stem = tmp_path / source.stem
    end = _chain(capsys, source, [stem.with_suffix(".1.gantry"), stem.with_suffix(".2.gan")])
    assert _changes(capsys, source, end) == []


def test_xml_to_gan_reports_only_what_gan_cannot_carry(shared_data, tmp_path, capsys):
    for name in ("mpp/Software-Development.xml", "mspdi/mspdiduration.xml", "mspdi/sample.xml"):
        source = shared_data / name
        end = _chain(capsys, source, [tmp_path / (source.stem + ".gan")])
        fields = {(c["entity"], c.get("field")) for c in _changes(capsys, source, end)}
        assert fields <= {
            ("task", "duration_minutes"),
            ("task", "priority"),
            ("task", "milestone"),
            ("link", "lag_percent"),
            ("link", "lag_minutes"),  # a percentage lag written as days of its predecessor
        }, (name, fields)
