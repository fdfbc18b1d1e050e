"""% Work Complete typed, as in MS Project's Tracking table: the work done becomes that share
of the task's work, % complete follows, the task starts at its scheduled start.

The sample plan (tests/gui/conftest.py) with Ana (100 %) and Bob (50 %) on Code (uid 5,
5 days from Fri 2026-03-06 08:00): 40h + 20h = 60h of work. Test (uid 6, 2 days after
Code) has no people unless a test gives it some; Build (uid 4) is their summary; Go-live
(uid 7) is a milestone.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main
from app.domain.assignment_work import apply_edit
from app.domain.errors import InputError
from app.domain.percent_work_entry import typed_percent_work, typed_summary_percent_work
from app.domain.resource import Assignment, Resource
from app.domain.tracking_edits import task_clock
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile, read_plan
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model_tracking import TrackingCells
from tests.gui.conftest import build_plan

CODE_START = datetime(2026, 3, 6, 8, 0)
CODE_FINISH = datetime(2026, 3, 12, 17, 0)
FIGURES = (Column.ACTUAL_WORK, Column.REMAINING_WORK, Column.PERCENT_WORK_COMPLETE)


def _plan(test_people: bool = False):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    if test_people:
        plan.add_assignment(Assignment(3, 6, 1, 1.0))  # Test: 2d x 8h = 16h
    return plan


def _typed(plan, uid: int, percent: float):
    document = Document(plan)
    task = plan.task(uid)
    edit = typed_percent_work(
        plan, uid, document.schedule.get(uid), percent, task_clock(plan, task)
    )
    apply_edit(plan, edit)
    return Document(plan)


def _figures(document: Document, uid: int) -> tuple[str | None, ...]:
    cells = TrackingCells(document)
    return tuple(cells.text(uid, column) for column in FIGURES)


def test_s27wc_a_task_with_people_gets_that_share_of_its_work_done():
    plan = _plan()
    document = _typed(plan, 5, 25)
    task = plan.task(5)
    # 25 % of 60h = 15h: Ana 40h -> 10h, Bob 20h -> 5h; 45h left; started as scheduled
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (
        25.0,
        CODE_START,
        None,
    )
    assert _figures(document, 5) == ("15h", "45h", "25%")
    done = document.costs.assignments
    assert (done[1].actual_work_minutes, done[2].actual_work_minutes) == (600, 300)


def test_s27wc_all_of_the_work_finishes_the_task_and_zero_takes_it_back():
    plan = _plan()
    document = _typed(plan, 5, 100)
    task = plan.task(5)
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (
        100.0,
        CODE_START,
        CODE_FINISH,
    )
    assert _figures(document, 5) == ("60h", "0h", "100%")
    _typed(plan, 5, 0)
    task = plan.task(5)
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (0.0, None, None)


def test_s27wc_people_with_their_own_actual_work_follow_the_share_typed():
    plan = _plan()
    plan.update_assignments([Assignment(1, 5, 1, 1.0, actual_work_minutes=30 * 60)])
    document = _typed(plan, 5, 10)  # 6h of 60h, whatever Ana had entered
    assert _figures(document, 5) == ("6h", "54h", "10%")
    assert plan.assignment(1).actual_work_minutes == 0  # she reads 10 % of her 40h now
    assert document.costs.assignments[1].actual_work_minutes == 240


def test_s27wc_a_milestone_takes_it_as_its_percent_complete():
    plan = _plan()
    document = _typed(plan, 7, 100)
    times = document.schedule.get(7)
    task = plan.task(7)
    assert (task.percent_complete, task.actual_start, task.actual_finish) == (
        100.0,
        times.start,
        times.finish,
    )
    assert _figures(document, 7)[2] == "100%"  # as MS Project writes a milestone's


def test_s27wc_a_task_without_people_is_refused_and_left_as_it_was():
    plan = _plan()
    before = plan.task(6)
    with pytest.raises(InputError, match=r"'Test' has no people.*% Complete"):
        _typed(plan, 6, 50)
    assert plan.task(6) == before
    with pytest.raises(InputError, match="not between 0 and 100"):
        _typed(plan, 5, 101)


def test_s27wc_a_summary_hands_the_work_done_to_its_subtasks_in_schedule_order():
    plan = _plan(test_people=True)  # Build: Code 60h then Test 16h = 76h
    document = Document(plan)
    fields = typed_summary_percent_work(plan, document.schedule, 4, 50)
    # 38h done: all of it on Code (38h of 60h, 63.33 %), none left for Test
    assert set(fields) == {5}
    assert fields[5]["percent_complete"] == pytest.approx(100 * 38 / 60)
    assert fields[5]["actual_start"] == CODE_START
    fields = typed_summary_percent_work(plan, document.schedule, 4, 90)
    # 68.4h done: Code's 60h (finished), 8.4h of Test's 16h (52.5 %)
    assert fields[5]["percent_complete"] == 100.0
    assert fields[5]["actual_finish"] == CODE_FINISH
    assert fields[6]["percent_complete"] == pytest.approx(52.5)


def test_s27wc_a_summary_typed_in_the_sheet_reads_the_percent_typed():
    plan = _plan(test_people=True)
    document = Document(plan)
    command = command_for_cell(document, 4, Column.PERCENT_WORK_COMPLETE, "95%")
    document.undo_stack.push(command)
    assert document.undo_stack.count() == 1
    # 72.2h of 76h: Code's 60h, then 12.2h of Test's 16h (76.25 %)
    assert _figures(document, 4) == ("72.2h", "3.8h", "95%")
    assert _figures(document, 6) == ("12.2h", "3.8h", "76%")
    document.undo_stack.undo()
    assert [plan.task(uid).percent_complete for uid in (5, 6)] == [0.0, 0.0]


def test_s27wc_a_summary_without_work_is_refused():
    document = Document(build_plan())
    with pytest.raises(InputError, match="holds no work"):
        command_for_cell(document, 4, Column.PERCENT_WORK_COMPLETE, "50")


def _stored(path: Path, name: str) -> dict[str, str]:
    """A task's fields as MS Project wrote them in an MSPDI file."""
    text = path.read_text(encoding="utf-8")
    for block in re.findall(r"<Task>(.*?)</Task>", text, re.S):
        if f"<Name>{name}</Name>" in block:
            return dict(re.findall(r"<(\w+)>([^<]*)</\1>", block))
    raise AssertionError(name)


def _hours(text: str) -> float:
    h, m, s = re.fullmatch(r"PT(\d+)H(\d+)M(\d+)S", text).groups()
    return int(h) + int(m) / 60 + int(s) / 3600


def test_s27wc_typed_as_ms_project_stored_it_in_a_real_file(shared_data):
    path = shared_data / "mspdi" / "mspditimephasedsegments.xml"
    stored = _stored(path, "Task Three")
    work, actual = _hours(stored["Work"]), _hours(stored["ActualWork"])
    percent = int(stored["PercentWorkComplete"])
    assert (work, actual, percent) == (40, 20, 50)
    assert actual == percent / 100 * work  # MS Project: ActualWork = % Work Complete x Work
    plan = read_mspdi(path)
    uid = next(t.uid for t in plan.tasks if t.name == "Task Three")
    document = Document(plan)
    assert _figures(document, uid) == ("20h", "20h", "50%")
    _typed(plan, uid, 0)  # its progress taken back, then typed again as MS Project had it
    document = _typed(plan, uid, percent)
    task = plan.task(uid)
    assert _figures(document, uid) == ("20h", "20h", "50%")
    assert task.percent_complete == float(stored["PercentComplete"])
    assert task.actual_start == datetime.fromisoformat(stored["ActualStart"])


def test_s27wc_a_real_files_rounded_percent_typed_back_changes_nothing(shared_data):
    # Task One: 7h of 103h is 6.8 %, which MS Project stores (and the cell shows) as 7
    path = shared_data / "mspdi" / "mspdiassignmentfields.xml"
    stored = _stored(path, "Task One")
    assert (_hours(stored["Work"]), _hours(stored["ActualWork"])) == (103, 7)
    assert stored["PercentWorkComplete"] == "7"
    plan = read_mspdi(path)
    uid = next(t.uid for t in plan.tasks if t.name == "Task One")
    document = Document(plan)
    assert _figures(document, uid)[2] == "7%"
    assert command_for_cell(document, uid, Column.PERCENT_WORK_COMPLETE, "7") is None
    document.undo_stack.push(command_for_cell(document, uid, Column.PERCENT_WORK_COMPLETE, "50"))
    assert _figures(document, uid) == ("51.5h", "51.5h", "50%")


def _saved(tmp_path: Path, plan) -> Path:
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, plan).close()
    return path


def test_s27wc_gantry_progress_percent_work(tmp_path, capsys):
    path = _saved(tmp_path, _plan())
    assert main(["progress", str(path), "--task", "5", "--percent-work", "25"]) == 0
    said = capsys.readouterr().out
    assert "'Code': 25 % complete, actual start Fri 2026-03-06 08:00, actual work 15h" in said
    task = read_plan(path).task(5)
    assert (task.percent_complete, task.actual_start) == (25.0, CODE_START)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--task", "5", "--percent-work", "120"], "--percent-work '120' is not a % work"),
        (["--task", "6", "--percent-work", "50"], "'Test' has no people"),
    ],
)
def test_s27wc_gantry_progress_refuses_in_one_line_and_writes_nothing(
    tmp_path, capsys, args, message
):
    path = _saved(tmp_path, _plan())
    before = path.read_bytes()
    assert main(["progress", str(path), *args]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_s27wc_a_task_with_work_complete_typed_stays_where_it_began_when_its_predecessor_slips():
    # Review (uid 3) precedes Code: made a week longer after Code's progress, Code stays put
    # (its Actual Start is stored, as every way progress arrives stores it: s27pr)
    document = Document(_plan())
    document.undo_stack.push(command_for_cell(document, 5, Column.PERCENT_WORK_COMPLETE, "25"))
    document.undo_stack.push(command_for_cell(document, 3, Column.DURATION, "6d"))
    assert document.schedule.get(5).start == CODE_START
    document.undo_stack.undo()  # the slip
    document.undo_stack.undo()  # the progress: no actual start, so it would move again
    assert document.plan.task(5).actual_start is None
    document.undo_stack.push(command_for_cell(document, 3, Column.DURATION, "6d"))
    assert document.schedule.get(5).start > CODE_START
