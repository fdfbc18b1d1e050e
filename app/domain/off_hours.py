"""Which tasks may run in their people's non-working time, so that work there is
over-allocation (the sweep's :class:`~app.domain.overallocation_sweep.OffTime`) and the
daily workload's night flag (:func:`app.domain.workload.workload`) agree on it.

The scheduler lays an automatic task on its people's calendars. A manual task stays where it
was put, one that ignores their calendars runs on its own, an elapsed one on none; and a
finished task keeps the actual dates typed (a Saturday's work done on a Saturday). Kept apart
from :mod:`~app.domain.overallocation_spans` so that the workload, which that module builds
on, reads the same rule."""

from __future__ import annotations

from app.domain.task import Task


def may_lie_off_hours(task: Task) -> bool:
    """Whether a task's span may hold none of its people's working time whatever their
    calendars: a manual task, one ignoring their calendars, an elapsed one. Their people's flat
    spans are looked at in the calendar, and the quick sweeps send those people to the full one."""
    return task.manual or task.ignore_resource_calendar or task.elapsed


def keeps_actual_dates(task: Task) -> bool:
    """Whether a task runs from its actual start to its actual finish as typed (finished, both
    dates known), not where its people's calendars would lay it: its span may hold none of a
    person's working time (:func:`app.domain.overallocation_spans.finished_off_hours` finds
    which do, so only their people take the full sweep)."""
    return task.actual_finish is not None and task.actual_start is not None


def off_hours_work(task: Task) -> bool:
    """Whether work on ``task`` in a person's non-working time is theirs to answer for: it
    :func:`may_lie_off_hours` or :func:`keeps_actual_dates`."""
    return may_lie_off_hours(task) or keeps_actual_dates(task)
