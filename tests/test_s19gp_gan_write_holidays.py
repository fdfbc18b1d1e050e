"""Saved as .gan again, a GanttProject plan keeps every holiday of its calendar: the
writer wrote one-off days off only from the year before the plan to the year after, so
the OpenHarvest plan (2022) lost its 21 Australian holidays of 2018-2021 and the house
sample its 2006 one: read back, the calendar held 13 of 34 days. A one-off day is now
written whatever its year; a pattern (every Monday...) still only over the plan's years."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.gan import read_gan
from app.io.gan_write import write_gan


@pytest.mark.parametrize(
    ("name", "count"),
    [("openharvest-GanttChart.gan", 34), ("ganttproject-HouseBuildingSample.gan", 1)],
)
def test_s19gp_every_holiday_saved_again(
    shared_data: Path, tmp_path: Path, name: str, count: int
) -> None:
    plan = read_gan(shared_data / "gan" / name)
    assert len(plan.calendar().exceptions) == count
    out = tmp_path / name
    write_gan(plan, out)
    again = read_gan(out)
    assert again.calendar().exceptions == plan.calendar().exceptions
