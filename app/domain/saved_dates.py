"""Tasks a schedule from scratch places elsewhere than the dates their file saved.

An MS Project file states every task's Start and Finish as MS Project scheduled them.
When Gantry's schedule of the same plan moves tasks that have no progress, something the
file did not carry moved them there (a split or a leveling delay lost when the .xml was
made from an .mpp: tester s31xm, SplitTaskFinishDate.xml finished 5 days early), and the
PM would report other dates than the client sees. One note says how many and the first.
"""

from __future__ import annotations

from itertools import pairwise

from app.domain.day_table import MINUTES_PER_DAY
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.schedule_times import ScheduleTimes
from app.domain.task import Task
from app.domain.worktime import from_minutes, to_minutes

NOTE_WORDS = "scheduled differently from the dates saved in the file"


def saved_dates_note(plan: Plan, schedule: Schedule, file_name: str) -> str | None:
    """The note when tasks without progress get other dates than ``file_name`` saved for
    them (None when every such task keeps its dates, or the file saved none).

    Compared to the minute: a task scheduled automatically, active, not a summary (its
    subtasks say it), not started, with both dates saved in the file (``Task.start`` and
    ``Task.finish`` as the reader kept them).
    """
    tasks = plan.tasks
    levels = [t.outline_level for t in tasks]
    # a summary: the row after it is deeper (its dates are its subtasks')
    summary = [b > a for a, b in pairwise(levels)] + [False]
    # automatic, active, not started, both dates saved (tested inline: a call a row costs more)
    saved = [
        i
        for i, t in enumerate(tasks)
        if t.start is not None
        and t.finish is not None
        and not t.manual
        and t.active
        and t.actual_start is None
        and t.actual_finish is None
        and not t.percent_complete
        and not summary[i]
    ]
    if not saved:
        return None
    times = schedule.times
    spans = times.spans() if isinstance(times, ScheduleTimes) else None
    if spans is not None and spans.uids == [t.uid for t in tasks]:
        starts, finishes = spans.start, spans.finish
    else:  # any other mapping: each task's times
        got = [schedule.get(t.uid) for t in tasks]
        starts = [0 if g is None else to_minutes(g.start) for g in got]
        finishes = [0 if g is None else to_minutes(g.finish) for g in got]
    moved: list[tuple[Task, int, int]] = []
    day = MINUTES_PER_DAY
    for i in saved:
        t = tasks[i]
        s, f = t.start, t.finish
        if s is None or f is None:  # none: saved has both
            continue
        # to_minutes written out: its call a task cost more than the comparing (10k tasks)
        if (
            starts[i] != s.toordinal() * day + s.hour * 60 + s.minute
            or finishes[i] != f.toordinal() * day + f.hour * 60 + f.minute
        ):
            moved.append((t, starts[i], finishes[i]))
    if not moved:
        return None
    first, start, finish = moved[0]
    assert first.start is not None
    assert first.finish is not None
    if finish != to_minutes(first.finish):
        what = f"finishes {from_minutes(finish):%Y-%m-%d %H:%M}, the file says {first.finish:%Y-%m-%d %H:%M}"
    else:
        what = f"starts {from_minutes(start):%Y-%m-%d %H:%M}, the file says {first.start:%Y-%m-%d %H:%M}"
    ends = [t.finish for t in tasks if t.finish is not None and t.active]
    if ends and max(ends) != schedule.finish:
        what += (
            f"; the project finishes {schedule.finish:%Y-%m-%d}, the file says {max(ends):%Y-%m-%d}"
        )
    return (
        f"{file_name}: {counted(len(moved), 'task')} {NOTE_WORDS}, first: "
        f"{quoted(first.name, NAME_LIMIT)} {what}. The file may hold splits or leveling "
        "that did not come with it (an .xml saved from an .mpp keeps no split)"
    )
