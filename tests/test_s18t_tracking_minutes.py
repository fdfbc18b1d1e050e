"""Work done counts as the sheet shows it, and finished work stays put, as MS Project has them.

The scheduler's resume point of a task under way and leveling's pause of it sit where its
Actual Duration ends (the exact-half case rounded the other way, a minute off), and a task
at 100 % without an actual finish is finished work: MS Project sets Actual Finish = Finish
when % complete reaches 100, so its late dates are its dates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.domain.leveling_resume import can_pause, done_minutes, with_leveling_delay
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking import reschedule_uncompleted
from app.domain.tracking_edits import actual_duration
from app.io.mspdi import read_mspdi
from tests.conformance.oracle import stored_tasks

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)


def _half_plan() -> Plan:
    """A (1d, not begun) -> B (2d 1m at 50 %: 480.5 minutes done, an exact half)."""
    plan = Plan(project=Project(name="Half", start=MON))
    plan.append_task(Task(1, "A", 1, duration_minutes=DAY))
    plan.append_task(
        Task(2, "B", 1, duration_minutes=2 * DAY + 1, percent_complete=50.0, actual_start=MON)
    )
    plan.links = [Link(1, 2)]
    return plan


def test_s18t_resume_point_is_the_actual_duration_the_sheet_shows():
    plan = _half_plan()
    b = plan.task(2)
    assert actual_duration(b) == 481  # the sheet's Actual Duration (Remaining 480)
    result = schedule(plan)
    # B's work left resumes after 481 working minutes from its actual start: Tue 08:01,
    # so A (out of sequence) may finish by then, not by Monday 17:00
    assert result[1].late_finish == datetime(2027, 3, 2, 8, 1)
    assert result[1].total_slack_minutes == 1


def test_s18t_leveling_pauses_where_the_actual_duration_ends():
    b = _half_plan().task(2)
    assert done_minutes(b) == actual_duration(b) == 481
    assert can_pause(b)
    paused = with_leveling_delay(b, 60)
    assert [(s.after_minutes, s.gap_minutes) for s in paused.splits] == [(481, 60)]
    assert with_leveling_delay(paused, 0).splits == ()


def _without_actual_finish(shared_data: Path, tmp_path: Path) -> Path:
    """mspdiresource.xml with task 4's <ActualFinish> taken out (100 %, started, no finish:
    what a tool that writes % complete and no finish date leaves)."""
    text = (shared_data / "mspdi" / "mspdiresource.xml").read_text(encoding="utf-8")
    tasks_end = text.index("</Tasks>")
    out, count = re.subn(r"<ActualFinish>2006-08-29T17:00:00</ActualFinish>", "", text[:tasks_end])
    assert count == 1  # the task's own (its assignment keeps one)
    out += text[tasks_end:]
    path = tmp_path / "mspdiresource-no-finish.xml"
    path.write_text(out, encoding="utf-8")
    return path


def test_s18t_done_task_without_actual_finish_is_pinned_as_ms_project_has_it(shared_data, tmp_path):
    path = _without_actual_finish(shared_data, tmp_path)
    plan = read_mspdi(path)
    task = plan.task(4)
    assert (task.percent_complete, task.actual_finish) == (100.0, None)
    ours = schedule(plan)[4]
    (theirs,) = [s for s in stored_tasks(shared_data / "mspdi" / "mspdiresource.xml") if s.uid == 4]
    assert (ours.start, ours.finish) == (theirs.start, theirs.finish)
    assert (ours.late_start, ours.late_finish) == (theirs.late_start, theirs.late_finish)
    assert ours.total_slack_minutes == theirs.total_slack == 0
    assert not ours.critical
    # and as the file with its actual finish schedules it
    with_finish = schedule(read_mspdi(shared_data / "mspdi" / "mspdiresource.xml"))[4]
    assert ours == with_finish


def test_s18t_done_task_holds_its_predecessor_to_its_start():
    """Finished work does not move: a predecessor must finish by its start (as with an
    actual finish), not by where 100 % of its duration would resume."""
    plan = Plan(project=Project(name="Done", start=MON))
    plan.append_task(Task(1, "A", 1, duration_minutes=DAY))
    plan.append_task(
        Task(2, "B", 1, duration_minutes=2 * DAY, percent_complete=100.0, actual_start=MON)
    )
    plan.append_task(Task(3, "C", 1, duration_minutes=10 * DAY))
    plan.links = [Link(1, 2)]
    result = schedule(plan)
    assert (result[2].late_start, result[2].late_finish) == (MON, datetime(2027, 3, 2, 17, 0))
    assert result[2].total_slack_minutes == 0
    # A must finish by B's actual start (the work before it), as a finished B holds it
    assert result[1].late_finish == datetime(2027, 2, 26, 17, 0)
    plan.update_tasks([replace(plan.task(2), actual_finish=datetime(2027, 3, 2, 17))])
    again = schedule(plan)
    assert [again[u] for u in (1, 2, 3)] == [result[u] for u in (1, 2, 3)]


def test_s18t_reschedule_uncompleted_splits_where_the_actual_duration_ends():
    """Update Project's "reschedule uncompleted work to start after": B's work left resumes
    after Wednesday from where its 481 minutes done end (Tue 08:01), not a minute earlier."""
    plan = _half_plan()
    result = schedule(plan)
    (update,) = [
        u for u in reschedule_uncompleted(plan, result, datetime(2027, 3, 3, 17, 0)) if u.uid == 2
    ]
    assert update.splits is not None
    (split,) = update.splits
    assert split.after_minutes == actual_duration(plan.task(2)) == 481
    # the pause runs from Tue 08:01 to Thursday 08:00: the rest of Tuesday and Wednesday
    assert split.gap_minutes == 2 * DAY - 1
