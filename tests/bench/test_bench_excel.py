"""Excel speed on generated plans: export of 10k tasks, import of 10k rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.excel_export import write_workbook
from app.io.excel_import import read_workbook

N = 10_000


def generated_plan(n: int = N) -> Plan:
    """Phases of 20 tasks in a chain, two people, a few assignments."""
    tasks: list[Task] = []
    links: list[Link] = []
    for i in range(n):
        uid = i + 1
        if i % 20 == 0:
            tasks.append(Task(uid, f"Phase {uid // 20 + 1}", 1))
            continue
        tasks.append(Task(uid, f"Task {uid}", 2, duration_minutes=480 * (1 + i % 5)))
        if i % 20 > 1:
            links.append(Link(uid - 1, uid))
    resources = [Resource(1, "Ana", standard_rate=50.0), Resource(2, "Ben", standard_rate=40.0)]
    assignments = [Assignment(k + 1, t.uid, 1 + k % 2) for k, t in enumerate(tasks[1::20])]
    return Plan(tasks=tasks, links=links, resources=resources, assignments=assignments)


@pytest.fixture(scope="module")
def client_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "client.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["Project status"])
    ws.append(["ID", "WBS", "Task", "Duration", "Predecessors", "Owner"])
    for i in range(N):
        phase, step = divmod(i, 20)
        if step == 0:
            ws.append([i + 1, f"{phase + 1}", f"Phase {phase + 1}", None, None, None])
        else:
            pred = f"{i}fs" if step > 1 else None
            ws.append([i + 1, f"{phase + 1}.{step}", f"Task {i + 1}", f"{1 + i % 5}d", pred, "Ana"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def plain_client_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """No WBS column and no leading spaces: the outline comes from section rows."""
    path = tmp_path_factory.mktemp("bench") / "plain.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Plan")
    ws.append(["ID", "Task", "Duration", "Predecessors", "Owner"])
    for i in range(N):
        if i % 20 == 0:
            ws.append([i + 1, f"Phase {i // 20 + 1}", None, None, None])
        else:
            pred = f"{i}fs" if i % 20 > 1 else None
            ws.append([i + 1, f"Task {i + 1}", f"{1 + i % 5}d", pred, "Ana"])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def indented_client_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outline as cell indents of the name column (as MS Project's Excel export does)."""
    path = tmp_path_factory.mktemp("bench") / "indented.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["ID", "Task", "Duration", "Predecessors", "Owner"])
    step = Alignment(indent=1)
    for i in range(N):
        if i % 20 == 0:
            ws.append([i + 1, f"Phase {i // 20 + 1}", None, None, None])
        else:
            pred = f"{i}fs" if i % 20 > 1 else None
            ws.append([i + 1, f"Task {i + 1}", f"{1 + i % 5}d", pred, "Ana"])
            ws.cell(row=i + 2, column=2).alignment = step
    wb.save(path)
    return path


def test_bench_export_10k_tasks(benchmark, tmp_path: Path) -> None:
    plan = generated_plan()
    out = tmp_path / "big.xlsx"
    benchmark.pedantic(write_workbook, args=(plan, out), rounds=3, iterations=1)
    assert out.stat().st_size > 0


def test_bench_import_10k_rows(benchmark, client_sheet: Path) -> None:
    plan = benchmark.pedantic(read_workbook, args=(client_sheet,), rounds=5, iterations=1)
    assert len(plan.tasks) == N
    assert len(plan.links) == N // 20 * 18


def test_bench_import_10k_rows_without_wbs(benchmark, plain_client_sheet: Path) -> None:
    plan = benchmark.pedantic(read_workbook, args=(plain_client_sheet,), rounds=5, iterations=1)
    assert len(plan.tasks) == N
    assert [t.outline_level for t in plan.tasks[:3]] == [1, 2, 2]


def test_bench_import_10k_indented_rows(benchmark, indented_client_sheet: Path) -> None:
    plan = benchmark.pedantic(read_workbook, args=(indented_client_sheet,), rounds=5, iterations=1)
    assert len(plan.tasks) == N
    assert [t.outline_level for t in plan.tasks[:3]] == [1, 2, 2]
