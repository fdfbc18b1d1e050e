"""How fast the .gantry store writes, opens and saves single edits of a 10,000-task plan."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan

N_TASKS = 10_000


def big_plan(n: int = N_TASKS) -> Plan:
    """Phases of 1 summary + 19 tasks, each task linked to the one before, 20 people."""
    tasks = []
    for i in range(1, n + 1):
        level = 1 if i % 20 == 1 else 2
        tasks.append(Task(uid=i, name=f"Task {i}", outline_level=level, duration_minutes=480))
    plan = Plan(tasks=tasks)
    plan.links = [Link(i - 1, i) for i in range(3, n + 1) if i % 20 not in (1, 2)]
    plan.resources = [Resource(uid=r, name=f"Person {r}", standard_rate=80.0) for r in range(1, 21)]
    plan.assignments = [
        Assignment(uid=i, task_uid=i, resource_uid=i % 20 + 1, work_minutes=480)
        for i in range(1, n + 1)
        if i % 20 != 1
    ]
    return plan


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "big.gantry"
    write_plan(big_plan(), path)
    return path


def test_bench_write_10k(benchmark, tmp_path):
    plan = big_plan()
    counter = itertools.count()
    benchmark(lambda: write_plan(plan, tmp_path / f"w{next(counter)}.gantry"))


def test_bench_open_10k(benchmark, big_file):
    plan = benchmark(lambda: read_plan(big_file))
    assert len(plan.tasks) == N_TASKS


def test_bench_rename_one_task_in_10k(benchmark, big_file):
    with GantryFile.open(big_file) as file:
        plan = file.plan
        names = itertools.count()

        def edit() -> None:
            plan.update_task(replace(plan.task(5000), name=f"renamed {next(names)}"))

        benchmark(edit)


def test_bench_indent_one_task_in_10k(benchmark, big_file):
    with GantryFile.open(big_file) as file:
        plan = file.plan
        # Every task follows the one above it, and a task cannot go under a task it is
        # linked with: unlink the pair this indent puts one under the other.
        plan.remove_link(5002, 5003)

        def indent_and_back() -> None:
            old = plan.indent([5003])
            plan.set_outline_levels(old)

        benchmark(indent_and_back)


def test_bench_insert_at_top_of_10k(benchmark, big_file):
    with GantryFile.open(big_file) as file:
        plan = file.plan
        uids = itertools.count(N_TASKS + 1)

        def insert_and_delete() -> None:
            uid = next(uids)
            plan.insert_tasks(0, [Task(uid=uid, name="new")])
            plan.remove_tasks([uid])

        benchmark(insert_and_delete)
