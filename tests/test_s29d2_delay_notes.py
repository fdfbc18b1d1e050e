"""Converting a plan with a delayed person to a format that keeps no Delay (.gan, .csv), or
an elapsed one to MS Project XML, says so (review s29rv H2, M4, M5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan


def _plan(elapsed: bool) -> Plan:
    plan = Plan(project=Project(start=datetime(2027, 1, 11, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=6 * 480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 24 * 60))
    minutes = 2 * 1440 if elapsed else 3 * 480
    plan.update_assignment(
        replace(plan.assignment(2), delay_minutes=minutes, delay_elapsed=elapsed)
    )
    return plan


@pytest.mark.parametrize("ext", [".gan", ".csv"])
def test_s29d2_a_format_without_delay_names_the_delay_lost(tmp_path, capsys, ext) -> None:
    src = tmp_path / "p.gantry"
    write_plan(_plan(elapsed=False), src)
    assert main(["convert", str(src), str(tmp_path / f"p{ext}")]) == 0
    err = capsys.readouterr().err
    assert f"1 assignment delay not saved (Ben on 'Write' 3d); {ext} has none" in err


def test_s29d2_an_elapsed_delay_to_xml_says_working_time(tmp_path, capsys) -> None:
    src = tmp_path / "p.gantry"
    write_plan(_plan(elapsed=True), src)
    assert main(["convert", str(src), str(tmp_path / "p.xml")]) == 0
    assert (
        "1 elapsed delay (Ben on 'Write' 2ed); written as working time" in capsys.readouterr().err
    )


def test_s29d2_a_working_delay_to_xml_says_nothing(tmp_path, capsys) -> None:
    src = tmp_path / "p.gantry"
    write_plan(_plan(elapsed=False), src)
    assert main(["convert", str(src), str(tmp_path / "p.xml")]) == 0
    assert "delay" not in capsys.readouterr().err
