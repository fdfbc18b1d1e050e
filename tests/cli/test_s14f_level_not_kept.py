"""``gantry level -o OUT.gan/.csv`` says what the written format does not keep, as
``gantry convert`` and ``gantry move`` do (a value list, recurring patterns...)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app import formats
from app.cli import main
from app.domain.custom_fields import ListValue, value_list
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Listed", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Build", duration_minutes=2 * DAY, custom=(("Text1", "Ana"),)))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    plan.set_custom_field(value_list("Text1", [ListValue("Ana"), ListValue("Cy")], True))
    return plan


@pytest.mark.parametrize("ext", [".gan", ".csv"])
def test_level_to_a_format_without_value_lists_says_so(tmp_path, capsys, ext):
    source = tmp_path / "listed.gantry"
    plan = _plan()
    write_plan(plan, source)
    out = tmp_path / f"leveled{ext}"
    expected = formats.not_kept(plan, ext)
    assert expected  # the value list is one thing these formats leave out
    assert main(["level", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    for line in expected:
        assert f"gantry: note: {line}" in err
    assert out.exists()


def test_level_in_place_says_nothing_of_the_kind(tmp_path, capsys):
    source = tmp_path / "listed.gantry"
    write_plan(_plan(), source)
    assert main(["level", str(source)]) == 0
    assert "note" not in capsys.readouterr().err
