"""% Work Complete (and Act. Work) typed on a task whose people do not all span it: the work
done is exactly that share of the task's Work, and the Work stays.

'Review' lasts 7 days from Mon 2027-01-04: Ana 40h at 100 % (her work ends on day 5) and
Ben 8h at 100 % after a Delay of 6 days (day 7): 48h of work. MS Project lays the work done
along the task's span, so 50 % work complete (24h) is Ana's first 24h and none of Ben's.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import read_plan, write_plan
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model_tracking import TrackingCells

H = 60
FIGURES = (Column.ACTUAL_WORK, Column.REMAINING_WORK, Column.PERCENT_WORK_COMPLETE)


def _document() -> Document:
    plan = Plan(project=Project(start=datetime(2027, 1, 4, 8), name="Delayed review"))
    plan.append_task(Task(1, "Review", duration_minutes=7 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100))
    plan.add_resource(Resource(2, "Ben", standard_rate=80))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 8 * H, delay_minutes=6 * 480))
    return Document(plan)


def _figures(document: Document) -> tuple[str | None, ...]:
    cells = TrackingCells(document)
    return tuple(cells.text(1, column) for column in FIGURES)


@pytest.mark.parametrize(
    ("column", "text"), [(Column.PERCENT_WORK_COMPLETE, "50"), (Column.ACTUAL_WORK, "24h")]
)
def test_s30fk_half_the_work_done_is_half_the_work(column, text):
    document = _document()
    assert document.schedule.get(1).duration_minutes == 7 * 480
    assert _figures(document)[:2] == ("0h", "48h")
    command = command_for_cell(document, 1, column, text)
    assert command is not None
    document.undo_stack.push(command)
    assert _figures(document) == ("24h", "24h", "50%")
    people = document.plan.assignments_of_task(1)
    assert [a.work_minutes for a in people] == [40 * H, 8 * H]  # the Work stays 48h
    document.undo_stack.undo()
    assert _figures(document) == ("0h", "48h", "0%")


def test_s30fk_all_the_work_done_finishes_it():
    document = _document()
    command = command_for_cell(document, 1, Column.PERCENT_WORK_COMPLETE, "100")
    document.undo_stack.push(command)
    assert _figures(document) == ("48h", "0h", "100%")
    assert document.plan.task(1).percent_complete == 100.0


def test_s30fk_gantry_progress_percent_work_does_the_same(tmp_path, capsys):
    path = tmp_path / "review.gantry"
    write_plan(_document().plan, path)
    assert main(["progress", str(path), "--task", "1", "--percent-work", "50"]) == 0
    assert "actual work 24h" in capsys.readouterr().out
    document = Document(read_plan(path))
    assert _figures(document) == ("24h", "24h", "50%")
