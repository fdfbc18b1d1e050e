"""Leveling starts by taking out the earlier leveling (MS Project's "clear leveling values
before leveling"). When nothing has to move now, saying only "Nothing had to move" hid
that earlier delays were gone (found: Level All with splits, then again without)."""

from __future__ import annotations

from datetime import datetime

from app import formats
from app.cli import main
from app.domain.leveling_result import cleared_text
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan

DAY = 480


def _plan(delay: int) -> Plan:
    """Ana on 'Build' only; 'Audit' carries a delay an earlier leveling left."""
    plan = Plan(project=Project(name="Cleared", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Build", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY, leveling_delay_minutes=delay))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    return plan


def test_level_says_the_earlier_delays_it_took_out(tmp_path, capsys):
    source = tmp_path / "cleared.gantry"
    write_plan(_plan(2 * DAY), source)
    out = tmp_path / "again.gantry"
    assert main(["level", str(source), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Earlier leveling delays of 1 task cleared. Nothing had to move" in said
    assert formats.read_plan(out).task(2).leveling_delay_minutes == 0


def test_nothing_cleared_says_nothing_of_it(tmp_path, capsys):
    source = tmp_path / "plain.gantry"
    write_plan(_plan(0), source)
    assert main(["level", str(source), "-o", str(tmp_path / "out.gantry")]) == 0
    said = capsys.readouterr().out
    assert "Nothing had to move" in said
    assert "Earlier" not in said


def test_cleared_text_counts_only_delays_taken_out():
    assert cleared_text({1: 480, 2: 960}, {1: 480, 2: 0}) == (
        "Earlier leveling delays of 1 task cleared. "
    )
    assert cleared_text({1: 480}, {1: 240}) == ""  # changed, not taken out
    assert cleared_text({}, {1: 0}) == ""
