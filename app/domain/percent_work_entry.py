"""% Work Complete typed, as MS Project's Tracking and Work tables take it.

MS Project keeps % Work Complete = Actual Work / Work; typing it sets the task's
Actual Work to that share of its Work (Remaining Work the rest), and the task's
progress follows from the work done. Gantry follows these rules:

- **A task with people**: its actual work becomes % x Work (whole minutes), which is
  then taken as the Act. Work cell takes it (app/domain/actual_work_entry.py): spread
  over the people by their work, the task's % complete exactly Actual Work / Work (the
  point along its span by which that work is done when someone is delayed), its
  actual start its scheduled start when it had none; 100 % finishes it, 0 % takes its
  progress back. 25 % of a 40h task (Ann 24h, Bob 16h) is 10h done: Ann 6h, Bob 4h,
  Remaining Work 30h, 25 % complete.
- **A milestone** has no work; MS Project keeps its % Work Complete at its % complete
  (a file it saved writes the milestone's % in PercentWorkComplete), so the % typed is
  its % complete (100 % reaches it).
- **A task without people** (no work) is refused: MS Project records work done on
  assignments only, and shows 0 % Work Complete on such a task whatever its progress;
  the message points to % Complete.
- **A summary**: MS Project hands a summary's actuals to its subtasks. The summary's
  work done (% x its Work) is handed out in schedule order (earliest start first),
  each subtask with work made 100 % while the work left covers its work, the one where
  it runs out getting the rest exactly (its % complete that share of its work), those
  after it 0 %; a subtask without work is reached when work done goes past it. So the
  summary then reads the % typed. A summary whose subtasks hold no work is refused.

Any value outside 0..100 is refused; nothing changes on a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from app.domain.actual_work_entry import people_work, typed_task_actual_work
from app.domain.assignment_work import Edit
from app.domain.errors import InputError
from app.domain.percent_shown import exact_percent
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule, TaskTimes
from app.domain.task import Task
from app.domain.tracking import typed_progress
from app.domain.worktime import WorkTime

_NO_WORK_HINT = "type its % Complete instead"


def check_percent_work(percent: float) -> None:
    """InputError for a % Work Complete outside 0..100."""
    if not 0 <= percent <= 100:
        raise InputError(f"% Work Complete: {percent:g}% is not between 0 and 100")


def task_work(plan: Plan, task: Task, times: TaskTimes | None) -> int:
    """The work of ``task``'s people (its Work column, in minutes; 0 without people)."""
    return sum(work for _a, work in people_work(plan, task, times))


def typed_percent_work(
    plan: Plan, uid: int, times: TaskTimes | None, percent: float, worktime: WorkTime
) -> Edit:
    """The task and assignments as ``percent`` % Work Complete typed for leaf task ``uid``
    leaves them (see the module's rules). ``worktime``: the calendar the task runs on."""
    check_percent_work(percent)
    task = plan.task(uid)
    name = quoted(task.name, NAME_LIMIT)
    if plan.is_summary(uid):
        raise InputError(f"summary task {name}: its % Work Complete is handed to its subtasks")
    if task.milestone:
        return replace(task, **typed_progress(task, times, percent)), []
    work = task_work(plan, task, times)
    if work <= 0:
        why = "has no people" if not people_work(plan, task, times) else "has no work"
        raise InputError(
            f"% Work Complete: {name} {why}: work done is recorded on its people's "
            f"assignments, as in MS Project ({_NO_WORK_HINT})"
        )
    done = round(work * percent / 100)
    return typed_task_actual_work(plan, uid, times, done, worktime)


def typed_summary_percent_work(
    plan: Plan, schedule: Schedule, uid: int, percent: float
) -> dict[int, dict[str, Any]]:
    """The fields ``percent`` % Work Complete typed for summary ``uid`` sets on each of its
    subtasks, by task uid; only tasks that change are listed (see the module's rules).
    Inactive subtasks are left out, as the roll-up leaves them out."""
    check_percent_work(percent)
    leaves: list[tuple[datetime, int, Task, int]] = []
    for row, task in enumerate(plan.descendants(uid)):
        if not task.active or plan.is_summary(task.uid):
            continue
        times = schedule.get(task.uid)
        start = times.start if times is not None else (task.start or plan.project.start)
        leaves.append((start, row, task, task_work(plan, task, times)))
    leaves.sort(key=lambda leaf: leaf[:2])
    total = sum(leaf[3] for leaf in leaves)
    if total <= 0:
        name = quoted(plan.task(uid).name, NAME_LIMIT)
        raise InputError(
            f"% Work Complete: summary task {name} holds no work (no people on its "
            f"subtasks): {_NO_WORK_HINT}"
        )
    left = round(total * percent / 100)
    out: dict[int, dict[str, Any]] = {}
    for _start, _row, task, work in leaves:
        if work <= 0:
            share = 100.0 if percent >= 100 or left > 0 else 0.0
        elif left >= work:
            share = 100.0
        elif left <= 0:
            share = 0.0
        else:
            share = exact_percent(left, work)
        left -= work
        fields = typed_progress(task, schedule.get(task.uid), share)
        changed = {k: v for k, v in fields.items() if getattr(task, k) != v}
        if changed:
            out[task.uid] = changed
    return out
