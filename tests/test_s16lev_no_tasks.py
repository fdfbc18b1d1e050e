"""Leveling a plan with people but no task: nothing to move, said so.

Found comparing `gantry level` on the shared MSPDI files before and after the leveling
split: twelve files that hold only resources and calendars (resource-type-*,
calendar-recurring-exceptions-*, mspdiavailability, mspdicostratetable) ended in
"internal error (ValueError): zip() argument 2 is longer than argument 1": the
progress bar counted leaf rows with a strict zip of the rows against the rows after
them plus one, which is one longer when there is no row.
"""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.leveling import LevelingOptions, level
from app.domain.leveling_bar import Bar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)


def _people_only() -> Plan:
    plan = Plan(project=Project(name="Staff", start=MON))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben", max_units=0.5))
    return plan


def test_a_plan_without_tasks_levels_to_nothing() -> None:
    plan = _people_only()
    heard: list[tuple[int, int]] = []
    for splits in (False, True):
        result = level(
            plan,
            schedule(plan),
            progress=lambda d, t: heard.append((d, t)) or True,
            options=LevelingOptions(split_remaining=splits),
        )
        assert result.delays == {}
        assert result.moves == ()
        assert result.unresolved == ()
    assert heard  # the bar was told where it stands
    assert all(0 <= done <= max(total, 1) for done, total in heard)


def test_the_bar_counts_leaf_rows() -> None:
    plan = Plan(project=Project(name="Rows", start=MON))
    assert Bar.of(plan, None, building=True).leaves == 0
    for uid, level_ in enumerate((1, 2, 2, 1, 2, 3, 1), start=1):
        plan.append_task(Task(uid, f"T{uid}", outline_level=level_))
    bar = Bar.of(plan, None, building=True)
    assert bar.leaves == 4  # T2, T3, T6 and T7: the rows no deeper row follows
    assert bar.total == bar.leaves // 2 + 4 * bar.leaves
    assert Bar.of(plan, None, building=False).total == 4 * bar.leaves


def test_gantry_level_on_a_plan_without_tasks_says_nothing_moved(tmp_path, capsys) -> None:
    source = tmp_path / "staff.gantry"
    write_plan(_people_only(), source)
    assert main(["level", str(source), "-o", str(tmp_path / "out.gantry")]) == 0
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    assert "Nothing had to move" in captured.out
