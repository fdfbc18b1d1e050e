"""After an undone paste the sheet's selection still names the rows pasted, now gone: it
asks the plan whether each task exists by a look-up, not by an error raised and caught per
task (4,000 of them cost ~0.13 s after undoing a paste of 2,000 rows)."""

from __future__ import annotations

import pytest

from app.domain import plan as plan_module
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.task import Task
from tests.gui.test_s22fd_fill_down import opened
from tests.gui.test_s22fd_undo_rows import _paste_at_end


@pytest.fixture
def window(qtbot, tmp_path):
    yield from opened(qtbot, tmp_path)


@pytest.fixture
def raised(monkeypatch):
    """Every PlanError app/domain/plan.py raises, caught or not."""
    seen: list[str] = []

    class CountedError(PlanError):
        def __init__(self, *args: object) -> None:
            seen.append(str(args[0]) if args else "")
            super().__init__(*args)

    monkeypatch.setattr(plan_module, "PlanError", CountedError)
    return seen


def test_s23su_has_task_answers_without_raising(raised):
    plan = Plan(tasks=[Task(uid=uid, name=f"T{uid}") for uid in (3, 5)])
    assert [plan.has_task(uid) for uid in (3, 4, 5, 99)] == [True, False, True, False]
    assert raised == []
    with pytest.raises(PlanError, match="no task with id 4"):
        plan.index_of(4)  # an unknown task asked for by row still says so


def test_s23su_undoing_a_paste_checks_the_removed_rows_without_errors(window, raised):
    plan = window.document.plan
    before = [t.uid for t in plan.tasks]
    _paste_at_end(window, 150)
    pasted = window.tree.selected_uids()
    assert len(pasted) >= 150  # with the subtasks of the summaries copied
    assert not set(pasted) & set(before)
    window.document.undo_stack.undo()
    assert [t.uid for t in plan.tasks] == before
    assert raised == []
    assert all(plan.has_task(uid) for uid in window.tree.selected_uids())
