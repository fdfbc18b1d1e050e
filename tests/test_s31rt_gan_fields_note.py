"""Saving a client's plan as GanttProject (.gan) names the fields the file has no place for
(tester s31xm #4): overtime rates, initials, Accrue At, Effort Driven, Estimated, fixed cost
accrual, the author, and priorities a .gan keeps only as five levels (Do Not Level above all).
Each note is checked against what a .gan written and read back really loses."""

from __future__ import annotations

from dataclasses import replace

from app import formats
from app.domain.task import CostAccrual
from app.io.gan import read_gan
from app.io.gan_fields_not_kept import fields_not_kept
from app.io.mspdi import read_mspdi


def _line(lines: list[str], words: str) -> str:
    found = [line for line in lines if words in line]
    assert len(found) == 1, lines
    return found[0]


def test_client_people_and_tasks_fields_named(shared_data, tmp_path):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiresource.xml")
    line = _line(formats.not_kept(plan, ".gan"), ".gan has no place for")
    assert "overtime rates (3 people, first 'Wade Golden'), reopened as 0" in line
    assert "initials (4 people)" in line
    assert "Accrue At (2 people" in line
    assert "Effort Driven (3 tasks), reopened as off" in line
    assert "the project's author ('Wade Golden')" in line
    # and a .gan written and read back does lose them
    path = tmp_path / "back.gan"
    formats.write_plan(plan, path)
    back = read_gan(path)
    assert not any(r.overtime_rate for r in back.resources)
    assert not any(r.initials for r in back.resources)
    assert not back.project.author


def test_do_not_level_priority_named(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "sample.xml")
    line = _line(fields_not_kept(plan), "priority")
    assert "1000 (Do Not Level)" in line
    assert "Do Not Level is lost" in line
    assert "fixed cost accrual Start or End (16 tasks" in _line(fields_not_kept(plan), "no place")


def test_plan_gan_keeps_says_nothing(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiresource.xml")
    plain = replace(
        plan,
        project=replace(plan.project, author="", manager=""),
        resources=[
            replace(r, overtime_rate=0.0, initials="", accrue_at=CostAccrual.PRORATED)
            for r in plan.resources
        ],
        tasks=[replace(t, effort_driven=False, estimated=False, priority=500) for t in plan.tasks],
    )
    assert fields_not_kept(plain) == []
