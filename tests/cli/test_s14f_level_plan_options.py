"""``gantry level`` levels with the plan's own Leveling Options; ``--order``, ``--splits``
and ``--no-splits`` override them, and the plan written keeps the options used (as the
window's Level All does; since session 15)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.store.document import read_plan, write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
NO_SPLITS_BY_ID = LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False)


def split_plan() -> Plan:
    """'Build' half done (Mon-Thu) and 'Audit' (from Wed, priority 900): both Ana's."""
    plan = Plan(project=Project(name="Split", start=MON))
    plan.append_task(
        Task(1, "Build", duration_minutes=4 * DAY, actual_start=MON, percent_complete=50.0)
    )
    plan.append_task(
        Task(
            2,
            "Audit",
            duration_minutes=2 * DAY,
            priority=900,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


def _source(tmp_path, options: LevelingOptions):
    plan = split_plan()
    plan.set_project(replace(plan.project, leveling=options))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    return path


def test_without_flags_the_plans_options_are_used(tmp_path, capsys):
    source = _source(tmp_path, NO_SPLITS_BY_ID)
    assert main(["level", str(source)]) == 0
    assert "Order: ID Only; splits in remaining work off" in capsys.readouterr().out
    leveled = read_plan(source)
    assert leveled.task(1).splits == ()  # the started task was not split
    assert leveled.task(2).leveling_delay_minutes == 2 * DAY
    assert leveled.project.leveling == NO_SPLITS_BY_ID


def test_flags_override_the_plan_and_are_kept(tmp_path, capsys):
    source = _source(tmp_path, NO_SPLITS_BY_ID)
    out = tmp_path / "out.gantry"
    assert main(["level", str(source), "-o", str(out), "--splits", "--order", "priority"]) == 0
    assert "Order: Priority, Standard; splits in remaining work on" in capsys.readouterr().out
    leveled = read_plan(out)
    assert leveled.task(1).splits == (Split(2 * DAY, 2 * DAY),)
    # Kept with the delays they made, as Leveling Options > Level All keeps them.
    assert leveled.project.leveling == LevelingOptions(LevelingOrder.PRIORITY_STANDARD, True)
    assert read_plan(source).project.leveling == NO_SPLITS_BY_ID  # the input is untouched


def test_one_flag_keeps_the_plans_other_option(tmp_path, capsys):
    source = _source(tmp_path, LevelingOptions(LevelingOrder.PRIORITY_STANDARD, False))
    assert main(["level", str(source), "--order", "id"]) == 0
    assert "Order: ID Only; splits in remaining work off" in capsys.readouterr().out
    source = _source(tmp_path, LevelingOptions(LevelingOrder.PRIORITY_STANDARD, True))
    assert main(["level", str(source), "--no-splits"]) == 0
    assert "Order: Priority, Standard; splits in remaining work off" in capsys.readouterr().out


def test_splits_and_no_splits_together_are_bad_usage(tmp_path, capsys):
    source = _source(tmp_path, LevelingOptions())
    before = source.read_bytes()
    assert main(["level", str(source), "--splits", "--no-splits"]) == 2
    assert "not allowed with" in capsys.readouterr().err
    assert source.read_bytes() == before
