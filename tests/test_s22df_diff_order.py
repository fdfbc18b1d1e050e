"""``gantry diff`` says when a task moved up or down within its summary, without flooding:
one task inserted changes the IDs below it, yet none of those tasks moved relative to its
siblings.

Found by a tester: a task dragged from row 12 to row 14 under the same summary was
"no changes" (only each task's summary was compared).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.diff_order import order_moves
from app.domain.plan import Plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _demo() -> Plan:
    return formats.read_plan(DEMO)


def _row(plan: Plan, uid: int) -> int:
    return next(i for i, t in enumerate(plan.tasks) if t.uid == uid)


def _moved(plan: Plan, uid: int, to_row: int) -> Plan:
    """``plan`` with task ``uid`` (a leaf) taken out and put at row index ``to_row``."""
    task = plan.tasks.pop(_row(plan, uid))
    plan.tasks.insert(to_row, task)
    return plan


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], new: Plan, *opts: str) -> str:
    b = tmp_path / "new.gantry"
    formats.write_plan(new, b)
    capsys.readouterr()
    assert main(["diff", str(DEMO), str(b), *opts]) == 0
    return capsys.readouterr().out


def _lines(out: str, kind: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(kind)]


def test_s22df_a_task_moved_down_within_its_summary_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _demo()
    name, below = plan.task(12).name, plan.task(14).name
    out = _run(tmp_path, capsys, _moved(plan, 12, _row(plan, 14)))
    assert _lines(out, "reordered") == [
        # s27di: by its ID now, the UID beside it as its ID changed
        f"reordered ID 14 '{name}' (UID 12): ID 12 -> 14, now after '{below}'"
    ]
    assert _lines(out, "changed") == []
    data = json.loads(_run(tmp_path, capsys, _moved(_demo(), 12, 13), "--json"))
    assert data["changes"] == []
    assert data["reordered"] == [
        {
            "uid": 12,
            "name": name,
            "old_id": 12,
            "new_id": 14,
            "summary_uid": 10,
            "after_uid": 14,
        }
    ]


def test_s22df_a_task_moved_to_the_top_of_its_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _demo()
    first = _row(plan, 11)  # the first task under 'Solution design' (uid 10)
    out = _run(tmp_path, capsys, _moved(plan, 15, first))
    assert _lines(out, "reordered") == [
        f"reordered ID 11 '{plan.task(15).name}' (UID 15): ID 15 -> 11, "
        f"now first under '{plan.task(10).name}'"
    ]


def test_s22df_a_task_inserted_reorders_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _demo()
    plan.tasks.insert(4, replace(plan.tasks[4], uid=999, name="Inserted"))
    del plan.tasks[_row(plan, 7)]  # and one removed further down
    out = _run(tmp_path, capsys, plan)
    assert _lines(out, "reordered") == []
    assert "added    ID 5 'Inserted' (UID 999)" in out.splitlines()  # s27di: its row, its UID
    assert "reordered" not in json.loads(_run(tmp_path, capsys, plan, "--json"))


def test_s22df_a_summary_moved_with_its_subtasks_is_the_only_move() -> None:
    old = _demo()
    new = _demo()
    start, end = _row(new, 10), _row(new, 19)  # 'Solution design' and its subtasks
    block = new.tasks[start:end]
    del new.tasks[start:end]
    new.tasks[0:0] = block  # now the first phase: its subtasks' IDs change, their order not
    moves = order_moves(old, new)
    assert [(m.uid, m.old_id, m.new_id, m.summary, m.after) for m in moves] == [
        (10, 10, 1, None, None)
    ]


def test_s22df_a_task_put_under_another_summary_is_a_summary_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _demo()
    out = _run(tmp_path, capsys, _moved(plan, 8, _row(plan, 11)))  # into 'Solution design'
    assert _lines(out, "reordered") == []
    name, design = plan.task(8).name, plan.task(10).name
    # s27di: the task and both summaries by their IDs (the task's UID as its ID changed)
    said = f"Summary task ID 1 '{plan.task(1).name}' -> ID 9 '{design}'"
    assert f"changed  ID 11 '{name}' (UID 8): {said}" in out.splitlines()


def test_s22df_shared_files_against_themselves_and_reversed(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in (
        shared_data / "mspdi" / "sample.xml",
        shared_data / "gan" / "ganttproject-HouseBuildingSample.gan",
    ):
        capsys.readouterr()
        assert main(["diff", str(path), str(path)]) == 0
        assert capsys.readouterr().out == "no changes\n"
        old = formats.read_plan(path)
        new = formats.read_plan(path)
        top = [t for t in new.tasks if t.outline_level == new.tasks[0].outline_level]
        if len(top) < 2:
            continue
        # the last top-level block (a task and its subtasks) moved to the very top
        start = _row(new, top[-1].uid)
        end = next(
            (i for i in range(start + 1, len(new.tasks)) if new.tasks[i].outline_level <= 1),
            len(new.tasks),
        )
        block = new.tasks[start:end]
        del new.tasks[start:end]
        new.tasks[0:0] = block
        assert [m.uid for m in order_moves(old, new)] == [top[-1].uid]


def test_s22df_the_summary_counts_the_tasks_reordered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _moved(_demo(), 12, 13)
    row = _row(plan, 4)
    plan.tasks[row] = replace(
        plan.tasks[row], duration_minutes=plan.tasks[row].duration_minutes * 2
    )
    out = _run(tmp_path, capsys, plan)
    assert out.splitlines()[-1].startswith("summary: 1 change; 1 task reordered; ")
    data = json.loads(_run(tmp_path, capsys, plan, "--json"))
    assert data["summary"]["tasks_reordered"] == 1
