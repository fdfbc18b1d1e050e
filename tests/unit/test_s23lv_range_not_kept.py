"""A plan that levels only "from … to …" (v25) or only within available slack (v24), saved
as MS Project XML, GanttProject or CSV, says the choice is not kept, as the other Leveling
Options are said: MS Project XML's Project element has no leveling options (mspdi_pj12.xsd),
so a plan read back levels the entire project."""

from __future__ import annotations

from datetime import date

import pytest

from app import formats
from app.domain.leveling_options import LevelingOptions
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task

RANGE = LevelingOptions(level_from=date(2026, 2, 2), level_to=date(2026, 3, 6))


def _plan(options: LevelingOptions) -> Plan:
    plan = Plan(project=Project(leveling=options))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    return plan


def _said(plan: Plan, ext: str) -> list[str]:
    return [line for line in formats.not_kept(plan, ext) if "Leveling Options" in line]


def test_s23lv_the_range_is_said_not_kept_in_ms_project_xml(tmp_path):
    plan = _plan(RANGE)
    assert _said(plan, ".xml") == [
        ".xml keeps no Leveling Options: the range from 2026-02-02 to 2026-03-06 is not saved "
        "(a plan read from it levels Standard, the entire project)"
    ]
    path = tmp_path / "ranged.xml"
    formats.write_plan(plan, path)
    assert formats.read_plan(path).project.leveling.entire_project  # what the note says


@pytest.mark.parametrize("ext", [".gan", ".csv"])
def test_s23lv_every_option_lost_is_named_once(ext):
    options = LevelingOptions(
        split_remaining=False,
        within_slack=True,
        level_from=date(2026, 2, 2),
        level_to=date(2026, 3, 6),
    )
    assert _said(_plan(options), ext) == [
        f"{ext} keeps no Leveling Options: no splits in remaining work, leveling only within "
        "available slack and the range from 2026-02-02 to 2026-03-06 are not saved (a plan "
        "read from it levels Standard, with splits, the entire project)"
    ]


@pytest.mark.parametrize("ext", [".gantry", ".xlsx"])
def test_s23lv_formats_keeping_the_range_say_nothing(ext):
    assert _said(_plan(RANGE), ext) == []


def test_s23lv_half_a_range_is_the_entire_project_and_says_nothing():
    assert _said(_plan(LevelingOptions(level_from=date(2026, 2, 2))), ".xml") == []
