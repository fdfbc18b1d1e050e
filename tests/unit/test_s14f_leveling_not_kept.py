"""A plan whose Leveling Options are not MS Project's defaults, saved as a format with no
place for them (.xml, .gan, .csv), says so as the other not-kept notes do; .gantry and
the workbook (its snapshot) keep them."""

from __future__ import annotations

import pytest

from app import formats
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def _plan(options: LevelingOptions) -> Plan:
    plan = Plan(project=Project(leveling=options))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    return plan


def _said(plan: Plan, ext: str) -> list[str]:
    return [line for line in formats.not_kept(plan, ext) if "Leveling Options" in line]


@pytest.mark.parametrize("ext", [".gan", ".csv"])  # .xml keeps the split choice (s14k)
def test_options_other_than_the_defaults_are_named(ext):
    said = _said(_plan(LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)), ext)
    assert said == [
        f"{ext} keeps no Leveling Options: the order ID Only and no splits in remaining "
        "work are not saved (a plan read from it levels Standard, with splits)"
    ]


def test_only_what_differs_is_named():
    (said,) = _said(_plan(LevelingOptions(LevelingOrder.PRIORITY_STANDARD)), ".xml")
    assert "the order Priority, Standard is not saved" in said
    (said,) = _said(_plan(LevelingOptions(split_remaining=False)), ".gan")
    assert "no splits in remaining work is not saved" in said


@pytest.mark.parametrize("ext", [".xml", ".gan", ".csv", ".gantry", ".xlsx"])
def test_the_defaults_say_nothing(ext):
    assert _said(_plan(LevelingOptions()), ext) == []


@pytest.mark.parametrize("ext", [".gantry", ".xlsx"])
def test_formats_keeping_them_say_nothing(ext):
    assert _said(_plan(LevelingOptions(LevelingOrder.ID_ONLY, False)), ext) == []
