"""GanttProject's built-in roles come in two role sets, written ``Default:1`` (Project
manager) and ``SoftwareDevelopment:2`` (Developer, ... 9 Web designer): the OpenHarvest
team's four developers lost their role, since only ``Default:`` was read."""

from __future__ import annotations

from pathlib import Path

from app.io.gan import read_gan


def test_s19gp_software_development_roles_are_read(shared_data: Path) -> None:
    plan = read_gan(shared_data / "gan" / "openharvest-GanttChart.gan")
    assert {r.name: r.role for r in plan.resources} == {
        "Ravi": "Developer",
        "Ryan": "Developer",
        "Tyler": "Developer",
        "Vikas": "Developer",
    }


def test_s19gp_default_roles_still_read(shared_data: Path) -> None:
    plan = read_gan(shared_data / "gan" / "ganttproject-HouseBuildingSample.gan")
    roles = {r.name: r.role for r in plan.resources}
    assert roles["Jack House"] == "Project manager"
    assert roles["John Black"] == "Excavator operator"  # the file's own role 4
