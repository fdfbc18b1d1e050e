"""Outline numbers are remembered for the last rows' levels (a file's read numbers its rows
twice: mspdi_tasks.file_numbering and the plan's WBS); what they give stays each call's own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.plan_outline import outline_numbers
from app.domain.task import Task


def _tasks(levels: list[int]) -> list[Task]:
    return [Task(uid=n, name=f"T{n}", outline_level=level) for n, level in enumerate(levels, 1)]


def test_same_levels_give_same_numbers_each_call_its_own_list() -> None:
    tasks = _tasks([1, 2, 2, 3, 1])
    first = outline_numbers(tasks)
    assert first == ["1", "1.1", "1.2", "1.2.1", "2"]
    first[0] = "changed by its caller"
    again = outline_numbers(_tasks([1, 2, 2, 3, 1]))
    assert again == ["1", "1.1", "1.2", "1.2.1", "2"]


def test_an_indent_after_numbering_is_numbered_afresh() -> None:
    tasks = _tasks([1, 2, 2, 3, 1])
    assert outline_numbers(tasks)[-1] == "2"
    tasks[-1] = replace(tasks[-1], outline_level=2)  # indented under task 1
    assert outline_numbers(tasks) == ["1", "1.1", "1.2", "1.2.1", "1.3"]
    assert outline_numbers(iter(tasks[:2])) == ["1", "1.1"]  # any iterable, fewer rows
