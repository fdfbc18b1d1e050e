"""Typed days keep the task's span right after later edits (task s30ga): raising a person's
Work or typing their Remaining Work re-stretches the task over their typed days and the work
they have left, the stretch's % complete reads the stretched task, and actual work set to 0
by the CLI clears the days kept."""

from __future__ import annotations

from datetime import date, datetime

from app.cli import main
from app.domain.assignment_work import apply_edit, work_edit
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan
from tests.test_s30fa_typed_days_finish import WED, _finish, _type, _with_report
from tests.test_s30ta_actual_days import H


def _typed_wednesday():
    """Maria typed Monday, Aisha only Wednesday: Interviews runs Mon 4 to Tue 12."""
    plan = _with_report()
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 2, WED, 8 * H)
    assert _finish(plan) == datetime(2027, 1, 12, 17, 0)
    return plan


def test_s30ga_raising_aishas_work_stretches_the_task_again_and_undo_restores():
    plan = _typed_wednesday()
    was = (plan.task(1), list(plan.assignments_of_task(1)))
    undo = apply_edit(plan, work_edit(plan, 2, 48 * H))  # her 40h left from Thu 7: to Wed 13
    result = schedule(plan)
    assert result[1].finish == datetime(2027, 1, 13, 17, 0)
    assert result[2].start == datetime(2027, 1, 14, 8, 0)  # Report waits for her
    apply_edit(plan, undo)
    assert (plan.task(1), list(plan.assignments_of_task(1))) == was
    assert _finish(plan) == datetime(2027, 1, 12, 17, 0)


def test_s30ga_cli_assign_work_and_remaining_work_stretch_the_task(tmp_path, capsys):
    path = tmp_path / "iv.gantry"
    write_plan(_typed_wednesday(), path)
    assert main(["assign", str(path), "--task", "1", "--person", "Aisha", "--work", "48h"]) == 0
    assert schedule(read_plan(path))[1].finish == datetime(2027, 1, 13, 17, 0)
    args = ["progress", str(path), "--task", "1", "--remaining-work", "96h"]
    assert main(args) == 0  # shared as left: Aisha's 53h20 from Thu 7 end Fri 15 14:20
    back = read_plan(path)
    assert [a.work_minutes for a in back.assignments_of_task(1)] == [3040, 3680]
    assert schedule(back)[1].finish == datetime(2027, 1, 15, 14, 20)  # not Mon 18 09:27
    capsys.readouterr()


def test_s30ga_percent_zero_from_the_cli_clears_the_typed_days(tmp_path, capsys):
    path = tmp_path / "iv.gantry"
    write_plan(_typed_wednesday(), path)
    assert main(["progress", str(path), "--task", "1", "--percent", "0"]) == 0
    back = read_plan(path)
    assert [a.actual_days for a in back.assignments_of_task(1)] == [(), ()]
    assert [a.actual_work_minutes for a in back.assignments_of_task(1)] == [0, 0]
    capsys.readouterr()


def test_s30ga_percent_complete_is_read_on_the_stretched_task():
    from dataclasses import replace

    from app.domain.actual_work_entry import done_by_person, people_work
    from app.domain.assignment_delay import delay_edit

    plan = _with_report()
    apply_edit(plan, delay_edit(plan, 2, 2 * 480))  # Aisha from Wed 6: the task lasts 7d
    _type(plan, 1, date(2027, 1, 4), 8 * H)
    _type(plan, 2, date(2027, 1, 8), 8 * H)  # Aisha's Friday: her 32h left run to Thu 14
    assert _finish(plan) == datetime(2027, 1, 14, 17, 0)
    task, times = plan.task(1), schedule(plan)[1]
    assert task.duration_minutes == 9 * 480
    laid = [(replace(a, actual_work_minutes=0), w) for a, w in people_work(plan, task, times)]
    # the task's % complete is where its people, laid on the 9d span, have done the 16h typed
    assert sum(done_by_person(plan, task, laid, times).values()) == 16 * H  # not 14.4h (20 %)
    assert 20 < task.percent_complete < 23
