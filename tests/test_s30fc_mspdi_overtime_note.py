"""MS Project's day-by-day actual overtime (TimephasedData Type 3) and task % complete
(Type 11) are what an MSPDI read leaves out now that Type 2 (actual work) is read: the
notes name exactly those, not "actual work"."""

from __future__ import annotations

from pathlib import Path

from app.io.mspdi import read_mspdi


def test_s30fc_overtime_and_percent_by_day_are_named(shared_data: Path) -> None:
    notes: list[str] = []
    read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml", warn=notes.append)
    assert (
        "mspdiassignmentfields.xml: 57 timephased actual overtime values are left out "
        "(first: Assignment #1 (UID 2)): Gantry keeps each assignment's actual overtime as a total"
    ) in notes
    assert (
        "mspdiassignmentfields.xml: 1 timephased task % complete value is left out "
        "(first: Task #1 (UID 1)): Gantry keeps each task's % complete as one figure"
    ) in notes
    assert not any("actual work" in n for n in notes)
