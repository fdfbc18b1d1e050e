"""New plans and files read with no Leveling Options look for over-allocations Day by Day,
MS Project's default ("Look for overallocations on a Day by Day basis"); a .gantry plan
keeps the basis it stored, and one saved before the option (v37) keeps Minute by Minute."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.blank_plan import blank_plan
from app.domain.leveling_options import LevelingBasis
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan, write_plan

MON = datetime(2026, 1, 5, 8, 0)
HOUR = 60


def _plan(basis: LevelingBasis) -> Plan:
    """Ana on two 4 h tasks at once on Monday: 8 h in her 8 h day."""
    plan = Plan(project=Project(name="Basis", start=MON))
    plan.project = replace(plan.project, leveling=replace(plan.project.leveling, basis=basis))
    plan.append_task(Task(1, "Ana A", duration_minutes=4 * HOUR))
    plan.append_task(Task(2, "Ana B", duration_minutes=4 * HOUR))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * HOUR))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 4 * HOUR))
    return plan


def test_s29lv_a_new_plan_looks_day_by_day() -> None:
    assert blank_plan("New", date(2026, 1, 5)).project.leveling.basis is LevelingBasis.DAY
    assert Project(name="P").leveling.basis is LevelingBasis.DAY


@pytest.mark.parametrize("suffix", [".xml", ".gan", ".csv"])
def test_s29lv_a_file_without_leveling_options_reads_day_by_day(tmp_path, suffix) -> None:
    path = tmp_path / f"p{suffix}"
    write_plan(_plan(LevelingBasis.MINUTE), path)  # the format keeps no basis
    assert read_plan(path).project.leveling.basis is LevelingBasis.DAY


@pytest.mark.parametrize("suffix", [".gantry", ".xlsx"])
def test_s29lv_a_stored_basis_is_kept(tmp_path, suffix) -> None:
    path = tmp_path / f"p{suffix}"
    write_plan(_plan(LevelingBasis.MINUTE), path)
    assert read_plan(path).project.leveling.basis is LevelingBasis.MINUTE


def test_s29lv_gantry_level_of_an_xml_levels_day_by_day(tmp_path, capsys) -> None:
    path = tmp_path / "p.xml"
    write_plan(_plan(LevelingBasis.MINUTE), path)
    out = tmp_path / "out.gantry"
    assert main(["level", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "; Day by Day" in said, said
    leveled = read_plan(out)
    assert leveled.task(2).leveling_delay_minutes == 0  # 8 h in her 8 h day: not leveled
