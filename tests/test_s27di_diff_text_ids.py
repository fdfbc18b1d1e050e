"""gantry diff's text (s27di): tasks by the ID the sheet shows, the UID only where the ID
alone could mislead; a task's progress on one line in a section after the moves; --json
keeps uid and gives id beside it; "no changes" and the exit codes as before."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.task import Task
from tests.test_s27dx_diff_sections import DAY, MON, _plan


def _diff(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["diff", *map(str, args)])
    return code, capsys.readouterr().out.splitlines()


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    """UIDs 10-40 at IDs 1-4; the new plan: Dig 3d and under way, Paint (UID 50) added at ID 2."""
    old, new = _plan(), _plan()
    new.update_tasks([replace(new.task(10), duration_minutes=3 * DAY, percent_complete=40.0)])
    new.update_tasks([replace(new.task(10), actual_start=MON)])
    new.insert_tasks(1, [Task(50, "Paint", duration_minutes=DAY)])
    a, b = tmp_path / "week1.gantry", tmp_path / "week2.gantry"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    return a, b


def test_s27di_text_names_tasks_by_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = _diff(capsys, *_pair(tmp_path))
    assert code == 0
    assert lines[0].startswith("project: Finish ")
    # the same row in both files: the ID alone, as the sheet shows it
    assert "changed  ID 1 'Dig': Duration 2d -> 3d" in lines
    # added: its row in the new plan and its UID
    assert "added    ID 2 'Paint' (UID 50)" in lines
    # Pour is ID 3 now (2 before): its UID beside the ID
    moved = [ln for ln in lines if ln.startswith("moved ")]
    assert any(ln.startswith("moved    ID 3 'Pour' (UID 20): ") for ln in moved), moved
    assert not any(" task 10 " in ln or "task 20 " in ln for ln in lines)


def test_s27di_progress_is_one_line_per_task_after_the_moves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, lines = _diff(capsys, *_pair(tmp_path))
    changed = [ln for ln in lines if ln.startswith("changed ")]
    assert not any("% Complete" in ln or "Actual Start" in ln for ln in changed)  # no field lines
    head = lines.index("progress: 1 task")
    assert lines[head + 1] == "  ID 1 'Dig': 0% -> 40%, Actual Start 2027-01-04 08:00"
    last_move = max(i for i, ln in enumerate(lines) if ln.startswith("moved "))
    assert last_move < head  # after the moves
    assert lines[-1].startswith("summary: ")  # the summary still closes the text


def test_s27di_json_keeps_uid_and_gives_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _diff(capsys, *_pair(tmp_path), "--json")
    assert code == 0
    data = json.loads("\n".join(out))
    by_field = {(c["uid"], c.get("field")): c for c in data["changes"] if c["entity"] == "task"}
    assert by_field[(10, "duration_minutes")]["id"] == 1
    assert by_field[(10, "percent_complete")]["id"] == 1  # one change per field, as before
    assert by_field[(50, None)] | {"kind": "added"} == by_field[(50, None)]
    assert by_field[(50, None)]["id"] == 2
    pour = next(m for m in data["moved"] if m["uid"] == 20)
    assert pour["id"] == 3


def test_s27di_no_changes_and_exit_codes_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = _pair(tmp_path)
    assert _diff(capsys, a, a) == (0, ["no changes"])
    capsys.readouterr()
    assert main(["diff", str(a), str(tmp_path / "missing.gantry")]) == 1
