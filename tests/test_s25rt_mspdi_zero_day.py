"""An MS Project XML file whose day is 0 minutes long (``<MinutesPerDay>0``) was read as an
8-hour day without a word: the read still takes MS Project's default, and says so. A file
as MS Project wrote it (480) says nothing."""

from __future__ import annotations

from pathlib import Path

from app.formats import read_plan

REAL = "mspdi/assignment-assignments-project2016-mspdi.xml"


def _read(path: Path) -> tuple[int, list[str]]:
    said: list[str] = []
    plan = read_plan(path, warn=said.append)
    return plan.project.minutes_per_day, said


def test_s25rt_a_day_of_0_minutes_is_read_as_480_and_said(shared_data, tmp_path):
    text = (shared_data / REAL).read_text(encoding="utf-8")
    assert "<MinutesPerDay>480</MinutesPerDay>" in text
    zero = tmp_path / "zero.xml"
    zero.write_text(text.replace("<MinutesPerDay>480<", "<MinutesPerDay>0<"), encoding="utf-8")
    minutes, said = _read(zero)
    assert minutes == 480
    assert (
        "zero.xml: <MinutesPerDay> 0 is no length of a day: read as 480 minutes"
        " (MS Project's default)"
    ) in said


def test_s25rt_a_file_as_ms_project_wrote_it_says_nothing_of_it(shared_data):
    minutes, said = _read(shared_data / REAL)
    assert minutes == 480
    assert not [line for line in said if "MinutesPerDay" in line]
