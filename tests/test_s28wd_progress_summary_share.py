"""``gantry progress --task SUMMARY --percent-work N`` hands the summary's work done to its
subtasks as the window's sheet does when N is typed on the summary's % Work Complete cell
(it was refused: "the progress of summary task ... comes from its subtasks"), and says in
one line how many subtasks got what."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.store.document import read_plan
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"
PHASE = 1  # 'Initiation and discovery': 8 subtasks, the kick-off a milestone


def _progress(plan):
    tasks = [(t.uid, t.percent_complete, t.actual_start, t.actual_finish) for t in plan.tasks]
    people = [(a.uid, a.actual_work_minutes) for a in plan.assignments]
    return tasks, people


def test_s28wd_a_summarys_percent_work_is_shared_out_as_the_sheet_does(tmp_path, capsys):
    path = tmp_path / "plan.gantry"
    shutil.copy(DEMO, path)
    out = tmp_path / "out.gantry"
    capsys.readouterr()
    assert main(["progress", str(path), "--task", str(PHASE), "--percent-work", "40",
                 "-o", str(out)]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert said == (
        "'Initiation and discovery': 40 % work complete handed to its 8 subtasks "
        f"(3 at 100 %, 'Risk workshop' at 66.7 %, 4 at 0 %); written to {out}\n"
    )
    document = Document(read_plan(path))
    document.undo_stack.push(command_for_cell(document, PHASE, Column.PERCENT_WORK_COMPLETE, "40"))
    assert _progress(read_plan(out)) == _progress(document.plan)


def test_s28wd_other_fields_of_a_summary_are_still_refused(tmp_path, capsys):
    path = tmp_path / "plan.gantry"
    shutil.copy(DEMO, path)
    before = path.read_bytes()
    capsys.readouterr()
    code = main(["progress", str(path), "--task", str(PHASE), "--percent-work", "40",
                 "--actual-start", "2026-01-05"])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "comes from its subtasks: give one of them, or --percent-work alone" in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize("given", [None, "out.gantry"])
def test_s28wd_nothing_to_share_leaves_the_file(tmp_path, capsys, given):
    path = tmp_path / "plan.gantry"
    shutil.copy(DEMO, path)
    before = path.read_bytes()
    args = ["progress", str(path), "--task", str(PHASE), "--percent-work", "0"]
    capsys.readouterr()
    assert main(args + (["-o", str(tmp_path / given)] if given else [])) == 0
    said = capsys.readouterr().out
    assert "handed to its 8 subtasks (8 at 0 %)" in said
    assert ("left as it was" in said) is (given is None)
    assert path.read_bytes() == before
