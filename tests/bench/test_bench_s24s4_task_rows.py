"""The first question of a task's assignments after a big plan opens: make_plan's 100k tasks
hold 66,666 assignments, and the plan's index of each task's rows
(app/domain/task_assignments.py) is read on the GUI thread the first time one is asked
(the first edit). ``first``: that read and one answer; ``every``: then every task asked,
as pricing or Update Project do. No timing is asserted; compare runs made in the same
minute (numbers in the commit that added this file)."""

from __future__ import annotations

import pytest

from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def big():
    return make_plan(100_000, 150_000, 3, n_resources=1000)


def _cleared():
    return (), {}


def test_bench_s24s4_first_question_after_opening(benchmark, big):
    task = big.assignments[len(big.assignments) // 2].task_uid

    def setup():
        big._assigned_rows.forget()  # as a plan just opened: nothing read yet
        return _cleared()

    found = benchmark.pedantic(
        lambda: big.assignments_of_task(task), setup=setup, rounds=5, iterations=1
    )
    assert [a.task_uid for a in found] == [task]


def test_bench_s24s4_every_task_after_opening(benchmark, big):
    uids = [t.uid for t in big.tasks]

    def setup():
        big._assigned_rows.forget()
        return _cleared()

    def ask() -> int:
        of = big.assignments_of_task
        return sum(len(of(u)) for u in uids)

    assert benchmark.pedantic(ask, setup=setup, rounds=3, iterations=1) == len(big.assignments)
