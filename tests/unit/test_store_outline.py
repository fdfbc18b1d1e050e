"""Random outline edits, saved change by change, always reopen as the plan in memory."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import OutlineError
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

N = 90  # big enough for the writer's range updates (32 rows and more)

edits = st.lists(
    st.tuples(
        st.sampled_from(["insert", "delete", "indent", "outdent", "move", "batch_move"]),
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=0, max_value=10_000),
    ),
    min_size=1,
    max_size=12,
)


def _apply(plan: Plan, op: str, a: int, b: int, next_uid: list[int]) -> None:
    if not plan.tasks and op != "insert":
        return
    uid = plan.tasks[a % len(plan.tasks)].uid if plan.tasks else 0
    try:
        if op == "insert":
            index = a % (len(plan.tasks) + 1)
            level = 1 if index == 0 else plan.tasks[index - 1].outline_level
            count = 1 + b % 40
            new = [
                Task(uid=next_uid[0] + k, name=f"n{next_uid[0] + k}", outline_level=level)
                for k in range(count)
            ]
            next_uid[0] += count
            plan.insert_tasks(index, new)
        elif op == "delete":
            plan.remove_tasks([uid])
        elif op == "indent":
            plan.indent([uid])
        elif op == "outdent":
            plan.outdent([uid])
        elif op == "move":
            target = plan.tasks[b % len(plan.tasks)].uid
            plan.move_tasks([uid], None if target == uid else target)
        else:
            target = plan.tasks[b % len(plan.tasks)].uid
            with plan.batch():
                plan.insert_tasks(0, [Task(uid=next_uid[0], name="top")])
                next_uid[0] += 1
                plan.move_tasks([uid], None if target == uid else target)
    except OutlineError:
        pass


@settings(max_examples=15, deadline=None)
@given(edits)
def test_random_outline_edits_round_trip(ops):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.gantry"
        plan = Plan()
        plan.insert_tasks(
            0,
            [Task(uid=i, name=f"T{i}", outline_level=1 if i % 10 == 1 else 2) for i in range(1, N)],
        )
        next_uid = [1000]
        with GantryFile.create(path, plan):
            for op, a, b in ops:
                _apply(plan, op, a, b, next_uid)
                got = read_plan(path)
                assert [(t.uid, t.outline_level) for t in got.tasks] == [
                    (t.uid, t.outline_level) for t in plan.tasks
                ]
            assert read_plan(path) == plan


def test_swapping_two_big_blocks_moves_each_row_once(tmp_path):
    """Both blocks shift as ranges; one lands on the other's old positions."""
    plan = Plan()
    for phase, first in ((1, 1), (2, 101)):
        plan.append_task(Task(uid=first, name=f"Phase {phase}"))
        plan.insert_tasks(
            len(plan.tasks),
            [Task(uid=first + k, name=f"P{phase}.{k}", outline_level=2) for k in range(1, 50)],
        )
    path = tmp_path / "p.gantry"
    with GantryFile.create(path, plan):
        plan.move_tasks([1], None)  # phase 1 with its 49 tasks after phase 2
        assert [t.uid for t in read_plan(path).tasks] == [t.uid for t in plan.tasks]
        with plan.batch():
            plan.insert_tasks(0, [Task(uid=500 + k, name="new") for k in range(40)])
            plan.move_tasks([101], None)
        assert read_plan(path) == plan
