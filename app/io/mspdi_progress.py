"""A task's progress as MS Project writes it in MSPDI: Actual and Remaining Duration and Work.

MS Project writes, besides <PercentComplete>, the time done and left of every
task (<ActualDuration>, <RemainingDuration>) and its work done and left
(<ActualWork>, <RemainingWork>), between <ActualFinish> and <ConstraintType>
in the schema's order (with the cost and overtime fields Gantry does not
write between them). They are worked out as the task sheet's Tracking
columns show them (app/domain/cost_tracking.py): Actual Duration = Duration
x % Complete, a summary's from its rolled-up span and %; work from the cost
report. Our reader takes progress from <PercentComplete> and the actual
dates and does not read these back, so a file we wrote reads as it did.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from app.domain.costs import CostReport
from app.domain.schedule import TaskTimes
from app.domain.task import Task
from app.io.mspdi_values import NS, format_duration
from app.io.mspdi_write_resources import money

_BEFORE = "{" + NS + "}ConstraintType"  # they go right before it


def task_progress(
    task: Task, times: TaskTimes | None, summary: bool, costs: CostReport | None
) -> list[tuple[str, str]]:
    """The progress elements of ``task`` (tag, text) in the schema's order.

    ``times``: its scheduled dates (None: not scheduled, its own duration and %
    are used); ``costs``: the plan's cost report (None: no work elements).
    """
    rolled = summary and not task.manual and times is not None
    minutes = times.duration_minutes if rolled and times is not None else task.duration_minutes
    percent = times.percent_complete if rolled and times is not None else task.percent_complete
    percent = min(max(percent, 0.0), 100.0)
    done = minutes - round(minutes * (100 - percent) / 100)
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
