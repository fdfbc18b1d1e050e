"""Edit > Find on 10k tasks: a search that matches nothing reads every row (the slowest Find
Next), by name, by a date ordering and on a grouped sheet; Replace All on a tenth of them.
No timing is asserted."""

from __future__ import annotations

import pytest

from app.domain.grouping import GroupBy, GroupField, GroupKey
from app.ui.document import Document
from app.ui.find_query import FindQuery, FindTest
from app.ui.group_menu import controller_of as groups_of
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.bench.generate import make_plan

N = 10_000


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(make_plan(N, N * 3 // 2, 3)), settings=Settings())
    qtbot.addWidget(win)
    win.show_view("gantt")
    return win


@pytest.mark.parametrize(
    "query",
    [
        FindQuery("no such task"),
        FindQuery("2099-01-01", int(Column.START), FindTest.GREATER),
        FindQuery("zzz", int(Column.PREDECESSORS)),
    ],
    ids=["name", "start-after", "predecessors"],
)
def test_bench_s18f_find_nothing_in_10k(benchmark, window, query):
    said = benchmark.pedantic(window.find_with, args=(query,), rounds=3)
    assert said is not None


def test_bench_s18f_find_nothing_grouped(benchmark, window):
    groups_of(window).apply(GroupBy((GroupKey(GroupField.DURATION),)))
    said = benchmark.pedantic(window.find_with, args=(FindQuery("no such task"),), rounds=3)
    assert said is not None


def test_bench_s18f_replace_all_a_tenth(benchmark, window):
    plan = window.document.plan

    def replace_all() -> None:
        window.replace_with(FindQuery("1", test=FindTest.NOT_CONTAINS), "Job", every=True)
        window.document.undo_stack.undo()

    benchmark.pedantic(replace_all, rounds=1)
    assert plan.tasks[1].name == "Task 2"
