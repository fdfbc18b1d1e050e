"""A task's progress as MS Project writes it in MSPDI: Actual and Remaining Duration and Work.

MS Project writes, besides <PercentComplete>, the time done and left of every
task (<ActualDuration>, <RemainingDuration>) and its work done and left
(<ActualWork>, <RemainingWork>), between <ActualFinish> and <ConstraintType>
in the schema's order (with the cost and overtime fields Gantry does not
write between them). They are worked out as the task sheet's Tracking
columns show them (app/domain/cost_tracking.py): Actual Duration = Duration
x % Complete, a summary's from its rolled-up % (and span, an automatic one's);
work from the cost report.

MS Project keeps an Actual or Remaining Duration the user typed exactly and
writes <PercentComplete> rounded (2d done of 9d: 22, with <ActualDuration>
16 hours). Gantry keeps the unrounded % behind it (app/domain/percent_shown.py):
the writer writes the actual duration it gives, to the minute, and the reader
takes it back (:func:`file_percent`) where the whole <PercentComplete> would
give another actual duration and the row's figures agree with each other; any
other row keeps its <PercentComplete>, so a file we wrote reads as it did.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from xml.etree.ElementTree import Element

from app.domain.costs import CostReport
from app.domain.percent_shown import done_minutes, exact_percent, shown_percent
from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.io.mspdi_values import NS, format_duration, money, parse_duration

_BEFORE = "{" + NS + "}ConstraintType"  # they go right before it


def task_progress(
    task: Task, times: TaskTimes | None, summary: bool, costs: CostReport | None
) -> list[tuple[str, str]]:
    """The progress elements of ``task`` (tag, text) in the schema's order.

    ``times``: its scheduled dates (None: not scheduled, its own duration and %
    are used); ``costs``: the plan's cost report (None: no work elements).
    """
    # a summary's % rolled up from its subtasks, as written in <PercentComplete>; its
    # duration the one written in <Duration>: an automatic one's span, a manual one's own
    rolled = summary and times is not None
    spans = rolled and not task.manual
    minutes = times.duration_minutes if spans and times is not None else task.duration_minutes
    percent = times.percent_complete if rolled and times is not None else task.percent_complete
    done = done_minutes(minutes, percent)
    lines = [("ActualDuration", format_duration(done))]
    if costs is not None:
        work = costs.task_work_minutes.get(task.uid, 0)
        actual = costs.task_actual_work_minutes.get(task.uid, 0)
        lines.append(("ActualCost", money(costs.task_actual_cost.get(task.uid, 0.0))))
        lines.append(("ActualWork", format_duration(actual)))
        lines.append(("RemainingDuration", format_duration(minutes - done)))
        lines.append(("RemainingCost", money(costs.remaining_cost(task.uid))))
        lines.append(("RemainingWork", format_duration(max(0, work - actual))))
    else:
        lines.append(("RemainingDuration", format_duration(minutes - done)))
    return lines


def insert_progress(element: Element, lines: list[tuple[str, str]]) -> None:
    """Put ``lines`` into the written <Task> ``element`` right before its <ConstraintType>."""
    children = list(element)
    at = next((i for i, c in enumerate(children) if c.tag == _BEFORE), len(children))
    for offset, (tag, text) in enumerate(lines):
        child = Element("{" + NS + "}" + tag)
        child.text = text
        element.insert(at + offset, child)


# A task row's <ActualDuration> and <RemainingDuration> texts (None: absent), by UID.
Actuals = Mapping[int, tuple[str | None, str | None]]


def file_percent(minutes: int, percent: float, actual: str | None, remaining: str | None) -> float:
    """The % complete of a task row of ``minutes`` duration: its <PercentComplete>
    (``percent``), or the unrounded one its <ActualDuration> gives (``actual``) when the
    whole percent would give another actual duration.

    Only a task under way whose figures agree: the actual duration between none and the
    duration, shown as the same whole percent, and the remaining duration (when given)
    the rest of the duration (to a minute: MS Project keeps tenths of minutes).
    """
    if not 0 < percent < 100 or minutes <= 0 or actual is None:
        return percent
    done = parse_duration(actual)
    if done is None or not 0 < done < minutes or done == done_minutes(minutes, percent):
        return percent
    if remaining is not None:
        left = parse_duration(remaining)
        if left is None or abs(done + left - minutes) > 1:
            return percent
    exact = exact_percent(done, minutes)
    return exact if shown_percent(exact) == shown_percent(percent) else percent


def with_file_actuals(tasks: list[Task], actuals: Actuals) -> list[Task]:
    """``tasks`` (in file order) with the % complete :func:`file_percent` reads from the
    rows' ``actuals``; summaries keep theirs (their progress rolls up from their subtasks)."""
    if not actuals:
        return tasks
    out = list(tasks)
    last = len(tasks) - 1
    for i, task in enumerate(tasks):
        texts = actuals.get(task.uid)
        if texts is None:
            continue
        if i < last and tasks[i + 1].outline_level > task.outline_level:
            continue  # a summary
        percent = file_percent(task.duration_minutes, task.percent_complete, *texts)
        if percent != task.percent_complete:
            out[i] = replace(task, percent_complete=percent)
    return out
