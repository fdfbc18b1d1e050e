"""``gantry diff`` between two MS Project XML files shows a lag retyped in days.

Since b5c1c6f the MS Project XML reader keeps a lag's unit (<LagFormat> 7: days), and the
writer writes a lag with no unit in the unit Gantry shows it in, so between two .xml files
(or an .xml and a .gantry) days are told from no unit: +4h made +0.5d is a change a user
sees, and a plan converted to .xml and back still shows no lag changed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.diff_text import held_between
from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit, Task

DAY = 480


def _plan(link: Link) -> Plan:
    plan = Plan(project=Project(name="Lags", start=datetime(2027, 3, 1, 8, 0)))
    for uid in (1, 2):
        plan.append_task(Task(uid, f"T{uid}", 1, duration_minutes=2 * DAY))
    plan.links = [link]
    return plan


def _links_changed(capsys: pytest.CaptureFixture[str], old: Path, new: Path) -> list[dict]:
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    return [c for c in json.loads(capsys.readouterr().out)["changes"] if c["entity"] == "link"]


@pytest.mark.parametrize("suffix", [".xml", ".gantry"])
def test_s18g_a_lag_retyped_in_days_in_ms_project_xml_is_a_change(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hours = Link(1, 2, lag_minutes=DAY // 2, lag_unit=DurationUnit.HOURS)  # +4h
    old, new = tmp_path / f"old{suffix}", tmp_path / "new.xml"
    formats.write_plan(_plan(hours), old)
    formats.write_plan(_plan(replace(hours, lag_unit=DurationUnit.DAYS)), new)  # +0.5d
    assert "<LagFormat>7</LagFormat>" in new.read_text(encoding="utf-8")
    changes = _links_changed(capsys, old, new)
    assert [(c["field"], c["old_text"], c["new_text"]) for c in changes] == [
        ("lag_unit", "1FS+4h", "1FS+0.5d")
    ]


def test_s18g_a_lag_with_no_unit_round_trips_ms_project_xml_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """+4h with no unit is written in hours, +2d with none in days: neither looks changed."""
    for minutes in (DAY // 2, 2 * DAY):
        source = tmp_path / f"plan{minutes}.gantry"
        formats.write_plan(_plan(Link(1, 2, lag_minutes=minutes)), source)
        xml = source.with_suffix(".xml")
        assert main(["convert", str(source), str(xml)]) == 0
        assert _links_changed(capsys, source, xml) == []
        assert _links_changed(capsys, xml, source) == []


@pytest.mark.parametrize("suffixes", [(".xml", ".xml"), (".mpp", ".gantry"), (".xml", ".csv")])
def test_s18g_ms_project_files_tell_days_from_hours(suffixes: tuple[str, str]) -> None:
    """A binary .mpp is read through the same reader: +4h made +0.5d is a change there too."""
    hours = Link(1, 2, lag_minutes=DAY // 2, lag_unit=DurationUnit.HOURS)
    held = held_between(*(Path(f"plan{s}") for s in suffixes))
    changes = diff_plans(_plan(hours), _plan(replace(hours, lag_unit=DurationUnit.DAYS)), held=held)
    assert [(c.uid, c.field, c.old, c.new) for c in changes] == [
        ("1->2", "lag_unit", "HOURS", "DAYS")
    ]
