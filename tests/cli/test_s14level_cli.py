"""``gantry level FILE [-o OUT] [--order ...] [--no-splits]``: Level All from the command line."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.store.document import read_plan, write_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """'Build' half done (Mon-Thu) and 'Audit' (Wed-Thu, priority 900): both Ana's."""
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


def test_level_writes_out_with_the_work_left_split(tmp_path, capsys):
    source = tmp_path / "split.gantry"
    write_plan(_plan(), source)
    out = tmp_path / "leveled.gantry"
    assert main(["level", str(source), "-o", str(out), "--order", "priority"]) == 0
    text = capsys.readouterr().out
    assert "Delayed 1 task (1 started, split: its work left" in text
    assert "Order: Priority, Standard; splits in remaining work on" in text
    assert "Finishes 2026-01-12 17:00 (unleveled 2026-01-08 17:00)" in text
    assert "Still over-allocated" not in text
    assert read_plan(source).task(1).splits == ()  # the input is untouched with -o
    leveled = read_plan(out)
    assert leveled.task(1).splits == (Split(2 * DAY, 2 * DAY),)
    assert leveled.task(1).leveling_delay_minutes == 2 * DAY


def test_no_splits_leaves_the_started_task_and_levels_in_place(tmp_path, capsys):
    source = tmp_path / "split.gantry"
    write_plan(_plan(), source)
    assert main(["level", str(source), "--no-splits"]) == 0
    assert "splits in remaining work off" in capsys.readouterr().out
    leveled = read_plan(source)
    assert leveled.task(1).splits == ()
    assert leveled.task(2).leveling_delay_minutes == 2 * DAY
    assert leveled.project.leveling.split_remaining is False  # kept, as Level All keeps it
    # Leveling again, with splits, starts from the plan without its delays.
    assert main(["level", str(source), "--splits"]) == 0
    capsys.readouterr()
    again = read_plan(source)
    assert again.task(2).leveling_delay_minutes == 0
    assert again.task(1).splits == (Split(2 * DAY, 2 * DAY),)


def test_what_cannot_be_cleared_is_named(tmp_path, capsys):
    plan = _plan()
    plan.update_task(Task(2, "Audit", duration_minutes=2 * DAY, priority=1000))
    source = tmp_path / "stuck.gantry"
    write_plan(plan, source)
    assert main(["level", str(source), "--no-splits"]) == 0
    text = capsys.readouterr().out
    assert "Split: Nothing could move." in text
    assert (
        "Still over-allocated: Ana. Gantry cannot resolve the overallocation of Ana on "
        "Mon 2026-01-05 08:00: 'Audit' has priority 1000 (do not level), and 'Build' holds "
        "Ana then (started, and splits in remaining work are off)."
    ) in text


def test_a_wrong_order_is_bad_usage_in_one_line(tmp_path, capsys):
    source = tmp_path / "split.gantry"
    write_plan(_plan(), source)
    before = source.read_bytes()
    assert main(["level", str(source), "--order", "random"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--order 'random' is not a leveling order (use standard, id, priority)" in err
    assert source.read_bytes() == before
