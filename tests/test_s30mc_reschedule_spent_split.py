"""Reschedule Uncompleted Work no longer repeats a weather stop that is already past
(s30xc): Pile foundations, half done, had 2 days of rain before the status date; after
``gantry update --reschedule`` its remaining work resumed after the date, ran a day and
paused 2 days again (when it did not rain), finishing 2 days late. A pause wholly before
the date is spent: the remaining work resumes after it as one block."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan

DAY = 480


def _plan_file(tmp_path: Path) -> Path:
    plan = Plan(project=Project(name="Site", start=datetime(2027, 9, 20, 8)))
    plan.append_task(Task(1, "Pile foundations", 1, duration_minutes=10 * DAY))
    path = tmp_path / "site.gantry"
    write_plan(plan, path)
    return path


def _finish(path: Path) -> datetime:
    plan = read_plan(path)
    return schedule(plan)[1].finish


def _run(path: Path, *args: str) -> None:
    assert main([args[0], str(path), *args[1:]]) == 0


def test_s30mc_a_pause_before_the_status_date_is_not_repeated(tmp_path: Path, capsys) -> None:
    path = _plan_file(tmp_path)
    _run(path, "progress", "--task", "1", "--percent", "50")  # Mon 20 .. Fri 24 done
    # rain on Tue 28 and Wed 29 September, in the work not done yet
    _run(path, "split", "--task", "1", "--at", "2027-09-28 08:00", "--for", "2d")
    _run(path, "update", "--reschedule", "--through", "2027-10-08")
    # the 40h left run from Mon 11 October as one block: Fri 15 October 17:00
    assert _finish(path) == datetime(2027, 10, 15, 17, 0)
    plan = read_plan(path)
    assert len(plan.task(1).splits) == 1  # the progress split only


def test_s30mc_a_pause_after_the_status_date_still_moves_with_the_work(
    tmp_path: Path, capsys
) -> None:
    path = _plan_file(tmp_path)
    _run(path, "progress", "--task", "1", "--percent", "50")
    # a planned stop after the date (a crane inspection): it is no past day, it stays
    _run(path, "split", "--task", "1", "--at", "2027-09-28 08:00", "--for", "2d")
    _run(path, "update", "--reschedule", "--through", "2027-09-28")
    plan = read_plan(path)
    assert len(plan.task(1).splits) == 2
