"""Leveling's changed tasks made without dataclasses.replace (task s25sp): the same tasks.

:func:`app.domain.bulk.replaced` builds the task leveling delays or pauses in one call
a value; what it gives must be the Task ``replace`` gives, field for field.
"""

from __future__ import annotations

from dataclasses import fields, replace

from app.domain.bulk import replaced
from app.domain.leveling_resume import LevelingDelay, leveling_of, with_leveling_delay
from app.domain.splits import Split
from app.domain.task import Task
from tests.bench.generate import make_plan


def test_s25sp_replaced_is_the_task_replace_gives() -> None:
    task = make_plan(10, 10, 3, n_resources=2).tasks[3]
    made = replaced(task, leveling_delay_minutes=480, splits=(Split(240, 60),))
    expected = replace(task, leveling_delay_minutes=480, splits=(Split(240, 60),))
    assert type(made) is Task
    assert made == expected
    assert hash(made) == hash(expected)
    assert [getattr(made, f.name) for f in fields(Task)] == [
        getattr(expected, f.name) for f in fields(Task)
    ]
    assert task.leveling_delay_minutes == 0  # the task handed in is left as it was


def test_s25sp_leveling_pauses_applied_and_taken_out() -> None:
    task = next(t for t in make_plan(20, 20, 3, n_resources=2).tasks if t.duration_minutes > 960)
    own = replace(task, splits=(Split(720, 60),))
    delayed = with_leveling_delay(own, LevelingDelay(120, (Split(240, 480),)))
    assert delayed.leveling_delay_minutes == 120
    assert delayed.splits == (Split(240, 480, leveling=True), Split(720, 60))
    assert leveling_of(delayed) == 120
    cleared = with_leveling_delay(delayed, 0)
    assert cleared == own
    assert with_leveling_delay(cleared, 0) is cleared  # nothing to change: the same task
